import { describe, expect, it } from 'vitest';
import { chosenFolder, folderDialogOptions, titleOfFolder } from '../../../electron/main/folder-dialog';

describe('the notebook folder dialogs', () => {
  it('pick a folder in the notebooks folder, and may make a new one', () => {
    const open = folderDialogOptions('open', '/home/ada/Documents/Parley');
    expect(open).toMatchObject({ title: 'Open Notebook', defaultPath: '/home/ada/Documents/Parley' });
    expect(open.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory']));
    expect(open.properties).not.toContain('openFile');
    const create = folderDialogOptions('create', '/home/ada/Documents/Parley');
    expect(create).toMatchObject({ title: 'New Notebook', buttonLabel: 'Create Notebook Here' });
    // Windows has no new-folder button: typing a new name must be allowed.
    expect(create.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory', 'promptToCreate']));
  });

  it('read a cancelled dialog as no choice', () => {
    expect(chosenFolder({ canceled: true, filePaths: ['/tmp/x'] })).toBeNull();
    expect(chosenFolder({ canceled: false, filePaths: [] })).toBeNull();
    expect(chosenFolder({ canceled: false, filePaths: ['/data/Talks.parley'] })).toBe('/data/Talks.parley');
  });

  it('name a new notebook after its folder, without the .parley ending', () => {
    expect(titleOfFolder('/data/Harbour talks.parley')).toBe('Harbour talks');
    expect(titleOfFolder('C:\\Users\\ada\\Rivers\\')).toBe('Rivers');
    expect(titleOfFolder('/')).toBe('Notebook');
  });
});
