import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notebookAskedFor, placeNotebook, samePath, windowHolding } from '../../../electron/main/window-choice';

const talks = '/home/ada/Documents/Parley/Talks.parley';
const rivers = '/home/ada/Documents/Parley/Rivers.parley';

describe('placeNotebook', () => {
  it('focuses the window that already has the notebook instead of opening it twice', () => {
    const windows = [
      { id: 1, notebookPath: rivers },
      { id: 2, notebookPath: talks },
    ];
    expect(placeNotebook(talks, windows, 1, 'linux')).toEqual({ kind: 'focus', windowId: 2 });
    expect(placeNotebook(`${talks}/`, windows, 1, 'linux')).toEqual({ kind: 'focus', windowId: 2 });
  });

  it('opens it in a window showing the welcome, the focused one first', () => {
    const windows = [
      { id: 1, notebookPath: null },
      { id: 2, notebookPath: rivers },
      { id: 3, notebookPath: null },
    ];
    expect(placeNotebook(talks, windows, 3, 'linux')).toEqual({ kind: 'in-window', windowId: 3 });
    expect(placeNotebook(talks, windows, 2, 'linux')).toEqual({ kind: 'in-window', windowId: 1 });
  });

  it('opens a new window when every window has a notebook, or there is none', () => {
    expect(placeNotebook(talks, [{ id: 2, notebookPath: rivers }], 2, 'linux')).toEqual({ kind: 'new-window' });
    expect(placeNotebook(talks, [], null, 'linux')).toEqual({ kind: 'new-window' });
  });

  it('compares folders case-blind where the file system is', () => {
    expect(samePath('/Users/Ada/Talks.parley', '/users/ada/talks.parley', 'darwin')).toBe(true);
    expect(samePath('C:\\Notes\\Talks.parley', 'c:\\notes\\talks.parley\\', 'win32')).toBe(true);
    expect(samePath('/home/ada/Talks.parley', '/home/ada/talks.parley', 'linux')).toBe(false);
  });
});

describe('windowHolding', () => {
  it('names another window holding the notebook, never the asking one', () => {
    const windows = [
      { id: 1, notebookPath: talks },
      { id: 2, notebookPath: null },
    ];
    expect(windowHolding(talks, windows, 2, 'linux')).toBe(1);
    expect(windowHolding(talks, windows, 1, 'linux')).toBeNull();
    expect(windowHolding(rivers, windows, 2, 'linux')).toBeNull();
  });
});

describe('notebookAskedFor', () => {
  const where = { notebooksFolder: '/home/ada/Documents/Parley', home: '/home/ada' };

  it('reads the folder an open names, with the home folder expanded', () => {
    expect(notebookAskedFor('notebooks.open', { path: '~/Documents/Parley/Talks.parley' }, where)).toBe(talks);
  });

  it('knows where the sample notebook lives', () => {
    expect(notebookAskedFor('notebooks.openSample', {}, where)).toBe(join(where.notebooksFolder, 'Sample notebook.parley'));
  });

  it('asks for nothing on other operations or requests of the wrong shape', () => {
    expect(notebookAskedFor('notebooks.create', { title: 'Talks', path: talks }, where)).toBeNull();
    expect(notebookAskedFor('notebooks.open', { path: 42 }, where)).toBeNull();
    expect(notebookAskedFor('notebooks.open', null, where)).toBeNull();
    expect(notebookAskedFor('sources.list', {}, where)).toBeNull();
  });
});
