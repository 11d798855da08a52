import { describe, expect, it } from 'vitest';
import type { ParleyApi } from '../../../shared/contract';
import type { SourceMeta } from '../../../shared/model';
import { ImportStore } from '../../../renderer/state/ImportStore';
import { NotebookStore } from '../../../renderer/state/NotebookStore';
import { WorkspaceStore } from '../../../renderer/state/WorkspaceStore';

const meta = (id: string, title: string) => ({ id, title }) as SourceMeta;
const file = (name: string, text: string) => ({ name, arrayBuffer: async () => new TextEncoder().encode(text).buffer });

/** Only the operations an import touches; anything else would be a bug in the store. */
function fakeApi(imported: string[]) {
  const listed: SourceMeta[] = [];
  const api = {
    'sources.importFile': async ({ fileName, dataBase64 }: { fileName: string; dataBase64: string }) => {
      imported.push(`${fileName}:${atob(dataBase64)}`);
      if (fileName === 'bad.txt') return { ok: false, error: { code: 'unsupported-file', message: 'bad.txt is empty.' } };
      if (fileName === 'again.txt') return { ok: true, value: { status: 'duplicate', existingId: 'x', title: 'First' } };
      const source = meta(`id-${fileName}`, fileName);
      listed.push(source);
      return { ok: true, value: { status: 'imported', source } };
    },
    'sources.list': async () => ({ ok: true, value: [...listed] }),
    'notebook.info': async () => ({ ok: false, error: { code: 'internal', message: 'not needed here' } }),
  };
  return api as unknown as ParleyApi;
}

describe('ImportStore', () => {
  it('imports files in order, refreshes the list, opens the first imported source and summarises', async () => {
    const sent: string[] = [];
    const api = fakeApi(sent);
    const notebook = new NotebookStore(api);
    const workspace = new WorkspaceStore();
    const imports = new ImportStore(api, notebook, workspace);
    workspace.showSection('briefs');

    await imports.importFiles([file('bad.txt', ''), file('one.txt', 'Truce'), file('again.txt', 'Truce'), file('two.md', '# Talks')]);

    expect(sent).toEqual(['bad.txt:', 'one.txt:Truce', 'again.txt:Truce', 'two.md:# Talks']);
    expect(notebook.getSnapshot().sources.map((s) => s.title)).toEqual(['one.txt', 'two.md']);
    expect(notebook.getSnapshot().pendingWrites).toBe(0);
    expect(workspace.getSnapshot()).toMatchObject({ section: 'sources', open: { kind: 'source', id: 'id-one.txt' } });
    const state = imports.getSnapshot();
    expect(state).toMatchObject({ running: false, done: 4, total: 4 });
    expect(state.summary?.failed).toEqual([{ fileName: 'bad.txt', reason: 'bad.txt is empty.' }]);
    expect(state.summary?.duplicates.map((d) => d.title)).toEqual(['First']);
  });
});
