import { isAbsolute, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveNotebookPath } from '../../../electron/core/notebook-location';

const home = resolve('/home/rania');

describe('resolveNotebookPath', () => {
  it('prefers the flag, then PARLEY_NOTEBOOK, then Documents/Parley', () => {
    const env = { PARLEY_NOTEBOOK: '/data/env.parley' };
    expect(resolveNotebookPath({ flag: '/data/flag.parley', env, home })).toBe(resolve('/data/flag.parley'));
    expect(resolveNotebookPath({ env, home })).toBe(resolve('/data/env.parley'));
    expect(resolveNotebookPath({ env: {}, home })).toBe(join(home, 'Documents', 'Parley', 'Notebook.parley'));
  });

  it('ignores blank values and makes relative paths absolute', () => {
    expect(resolveNotebookPath({ flag: '  ', env: { PARLEY_NOTEBOOK: '' }, home })).toBe(join(home, 'Documents', 'Parley', 'Notebook.parley'));
    const relative = resolveNotebookPath({ flag: 'talks.parley', env: {}, home });
    expect(isAbsolute(relative)).toBe(true);
    expect(relative).toBe(resolve('talks.parley'));
  });

  it('expands a literal ~ to the home folder', () => {
    expect(resolveNotebookPath({ env: { PARLEY_NOTEBOOK: '~/Talks.parley' }, home })).toBe(join(home, 'Talks.parley'));
  });
});
