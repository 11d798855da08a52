import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedIndex, savedIndexPath, writeSavedIndex } from '../../../electron/core/search/saved-index';
import { must, newNotebook, reopen } from '../core/support/notebook';
import { CORRIDOR, found, importSource, talksNotebook } from './corpus';

const indexFile = (folder: string) => savedIndexPath(folder);

/** Renames a word in the saved index, so a search shows whether the saved index was read or the text re-read. */
async function plantWord(folder: string, word: string, planted: string): Promise<void> {
  const notebookId = JSON.parse(await readFile(join(folder, 'notebook.json'), 'utf8')).id;
  const saved = await readSavedIndex(folder, notebookId);
  const at = saved?.words.terms.indexOf(word) ?? -1;
  if (!saved || at < 0) throw new Error(`the saved index has no ${word}`);
  saved.words.terms[at] = planted;
  await writeSavedIndex(folder, notebookId, saved);
}

describe('the saved index', () => {
  it('is written when the notebook closes after a search, and read back on the next open', async () => {
    const first = await talksNotebook();
    await expect(stat(indexFile(first.notebook.path))).rejects.toThrow(); // opening alone builds nothing
    expect(await found(first.notebook, 'ceasefire', { kind: ['source'] })).toEqual([first.corridor]);
    const notebook = await reopen(first.notebook);
    await plantWord(notebook.path, 'ceasefire', 'plantedword');
    const again = await reopen(notebook);
    expect(await found(again, 'plantedword', { kind: ['source'] })).toEqual([first.corridor]);
    expect(await found(again, 'ceasefire', { kind: ['source'] })).toEqual([]);
  });

  it('is left alone when nothing changed, and caught up with what changed while it was not loaded', async () => {
    const { notebook: opened, corridor, convoy, doha, haddad, negotiators } = await talksNotebook();
    await found(opened, 'talks');
    let notebook = await reopen(opened);
    const written = await stat(indexFile(notebook.path));
    await found(notebook, 'talks');
    notebook = await reopen(notebook);
    expect((await stat(indexFile(notebook.path))).ino).toBe(written.ino);

    // Changes made while no search has loaded the index.
    await plantWord(notebook.path, 'ceasefire', 'plantedword');
    notebook = await reopen(notebook);
    await must(notebook, 'sources.editText', { id: corridor, text: CORRIDOR.replace('The ceasefire held', 'The truce held') });
    await must(notebook, 'entities.update', { id: haddad.id, fields: { name: 'Rami Khoury' } });
    await must(notebook, 'annotations.delete', { id: doha.id });
    const lighthouse = await importSource(notebook, 'Lighthouse keepers strike', 'Keepers of the northern lighthouse walked out.');
    notebook = await reopen(notebook);

    expect(await found(notebook, 'plantedword')).toEqual([]); // the edited source was indexed again
    expect(await found(notebook, 'truce', { kind: ['source'] })).toEqual([corridor]);
    expect(new Set(await found(notebook, 'khoury'))).toEqual(new Set([haddad.id, negotiators.id]));
    expect(await found(notebook, 'doha')).toEqual([convoy]);
    expect(await found(notebook, 'lighthouse')).toEqual([lighthouse]);
  });

  it('is rebuilt when much of the notebook changed since it was saved', async () => {
    let notebook = await newNotebook();
    const first = await importSource(notebook, 'Harbour talks', 'Harbour talks resume with a ceasefire on the table.');
    await found(notebook, 'harbour');
    notebook = await reopen(notebook);
    await plantWord(notebook.path, 'ceasefire', 'plantedword');
    notebook = await reopen(notebook);
    for (let i = 0; i < 60; i++) await importSource(notebook, `Bulletin ${i}`, `Bulletin number ${i} from the harbour office.`);
    notebook = await reopen(notebook);
    // A rebuild reads the text again: the planted word is gone, the ceasefire found.
    expect(await found(notebook, 'plantedword')).toEqual([]);
    expect(await found(notebook, 'ceasefire')).toEqual([first]);
    expect((await found(notebook, 'bulletin', { limit: 100 })).length).toBe(60);
  });

  it('is rebuilt when damaged or from another notebook, and saved whole again', async () => {
    const { notebook: opened, corridor } = await talksNotebook();
    await found(opened, 'talks');
    let notebook = await reopen(opened);
    await writeFile(indexFile(notebook.path), '{"format": 3, "notebookId": "trunc');
    notebook = await reopen(notebook);
    expect(await found(notebook, 'ceasefire', { kind: ['source'] })).toEqual([corridor]);
    notebook = await reopen(notebook);
    const notebookId = JSON.parse(await readFile(join(notebook.path, 'notebook.json'), 'utf8')).id;
    expect((await readSavedIndex(notebook.path, notebookId))?.revisions[corridor]).toBeGreaterThan(0);

    // Another notebook's index, copied into this folder, is not taken for this one's.
    const other = await newNotebook('Other.parley');
    await importSource(other, 'Unrelated', 'Nothing about harbours here.');
    await mkdir(join(other.path, 'index'), { recursive: true });
    await writeFile(indexFile(other.path), await readFile(indexFile(notebook.path)));
    const reopened = await reopen(other);
    expect(await found(reopened, 'ceasefire')).toEqual([]);
    expect(await found(reopened, 'unrelated')).toHaveLength(1);
  });
});
