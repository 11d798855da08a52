import { describe, expect, it } from 'vitest';
import type { ParleyApi } from '../../../shared/contract';
import type { SourceMeta } from '../../../shared/model';
import { ImportStore, type PickedFile } from '../../../renderer/state/ImportStore';
import { MetadataStore } from '../../../renderer/state/MetadataStore';
import { NotebookStore } from '../../../renderer/state/NotebookStore';
import { ReaderStore } from '../../../renderer/state/ReaderStore';
import { WorkspaceStore } from '../../../renderer/state/WorkspaceStore';

const meta = (id: string, title: string) => ({ id, title }) as SourceMeta;
const file = (name: string, text: string): PickedFile => ({ name, arrayBuffer: async () => new TextEncoder().encode(text).buffer });

/** Only the operations an import touches; anything else would be a bug in the store. */
function fakeApi(sent: string[], beforeEach: (fileName: string) => Promise<void> = async () => {}) {
  const listed: SourceMeta[] = [];
  const imported = (source: SourceMeta) => ({ ok: true, value: { status: 'imported', source, boilerplate: [], similar: [] } });
  const api = {
    'sources.importFile': async ({ fileName, dataBase64 }: { fileName: string; dataBase64: string }) => {
      await beforeEach(fileName);
      sent.push(`${fileName}:${atob(dataBase64)}`);
      if (fileName === 'bad.txt') return { ok: false, error: { code: 'unsupported-file', message: 'bad.txt is empty.' } };
      if (fileName === 'again.txt') return { ok: true, value: { status: 'duplicate', existingId: 'x', title: 'First' } };
      const source = meta(`id-${fileName}`, fileName);
      listed.push(source);
      return imported(source);
    },
    'sources.importText': async ({ text, title }: { text: string; title?: string }) => {
      sent.push(`paste:${title ?? ''}:${text}`);
      if (text === 'old') return { ok: true, value: { status: 'duplicate', existingId: 'x', title: 'First' } };
      const source = meta('id-paste', title ?? text);
      listed.push(source);
      return imported(source);
    },
    'sources.list': async () => ({ ok: true, value: [...listed] }),
    'notebook.info': async () => ({ ok: false, error: { code: 'internal', message: 'not needed here' } }),
  };
  return api as unknown as ParleyApi;
}

function storesFor(api: ParleyApi) {
  const notebook = new NotebookStore(api);
  const workspace = new WorkspaceStore();
  const metadata = new MetadataStore(api, notebook, new ReaderStore(api));
  return { notebook, workspace, metadata, imports: new ImportStore(api, notebook, workspace, metadata) };
}

describe('ImportStore', () => {
  it('imports files in order, refreshes the list, opens the first imported source and summarises', async () => {
    const sent: string[] = [];
    const { notebook, workspace, metadata, imports } = storesFor(fakeApi(sent));
    workspace.showSection('briefs');

    await imports.importFiles([file('bad.txt', ''), file('one.txt', 'Truce'), file('again.txt', 'Truce'), file('two.md', '# Talks')]);

    expect(sent).toEqual(['bad.txt:', 'one.txt:Truce', 'again.txt:Truce', 'two.md:# Talks']);
    expect(notebook.getSnapshot().sources.map((s) => s.title)).toEqual(['one.txt', 'two.md']);
    expect(notebook.getSnapshot().pendingWrites).toBe(0);
    expect(workspace.getSnapshot()).toMatchObject({ section: 'sources', open: { kind: 'source', id: 'id-one.txt' } });
    // A batch does not throw a form at the researcher; the reader's banner asks instead.
    expect(metadata.getSnapshot().editingId).toBeNull();
    const state = imports.getSnapshot();
    expect(state).toMatchObject({ running: false, done: 4, total: 4, current: null });
    expect(state.summary?.failed).toEqual([{ fileName: 'bad.txt', reason: 'bad.txt is empty.' }]);
    expect(state.summary?.duplicates.map((d) => d.title)).toEqual(['First']);
  });

  it('opens the metadata form after importing a single file', async () => {
    const { metadata, imports } = storesFor(fakeApi([]));
    await imports.importFiles([file('one.txt', 'Truce')]);
    expect(metadata.getSnapshot().editingId).toBe('id-one.txt');
  });

  it('stops before the next file when cancelled, keeping what was done', async () => {
    const sent: string[] = [];
    const progress: string[] = [];
    // The fake engine acts in the middle of the batch, as a click on Cancel would.
    const api = fakeApi(sent, async (name) => {
      const state = imports.getSnapshot();
      progress.push(`${state.done}/${state.total} ${state.current}`);
      if (name === 'b.txt') imports.cancel();
    });
    const { imports } = storesFor(api);

    await imports.importFiles([file('a.txt', 'A'), file('b.txt', 'B'), file('c.txt', 'C'), file('d.txt', 'D')]);

    expect(sent).toEqual(['a.txt:A', 'b.txt:B']);
    expect(progress).toEqual(['0/4 a.txt', '1/4 b.txt']);
    expect(imports.getSnapshot()).toMatchObject({ running: false, cancelling: false });
    expect(imports.getSnapshot().summary?.imported.map((i) => i.title)).toEqual(['a.txt', 'b.txt']);
    expect(imports.getSnapshot().summary?.notAttempted).toEqual(['c.txt', 'd.txt']);
  });

  it('adds files dropped during a batch to that batch', async () => {
    const sent: string[] = [];
    const api = fakeApi(sent, async (name) => {
      if (name === 'a.txt') void imports.importFiles([file('late.txt', 'L')]);
    });
    const { imports } = storesFor(api);
    await imports.importFiles([file('a.txt', 'A'), file('b.txt', 'B')]);
    expect(sent).toEqual(['a.txt:A', 'b.txt:B', 'late.txt:L']);
    expect(imports.getSnapshot()).toMatchObject({ done: 3, total: 3 });
  });

  it('imports pasted text, opens it with its form, and reports a duplicate paste', async () => {
    const sent: string[] = [];
    const { workspace, metadata, imports } = storesFor(fakeApi(sent));
    expect(await imports.importPasted('New text', '  ')).toEqual({ status: 'imported', id: 'id-paste' });
    expect(await imports.importPasted('old', 'Named')).toEqual({ status: 'duplicate', existingId: 'x', title: 'First' });
    expect(sent).toEqual(['paste::New text', 'paste:Named:old']);
    expect(workspace.getSnapshot().open).toEqual({ kind: 'source', id: 'id-paste' });
    expect(metadata.getSnapshot().editingId).toBe('id-paste');
  });
});
