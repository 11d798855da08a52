import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { OpenNotebook } from '../../../electron/core/notebook';
import { paragraphNode, textNode } from '../../../shared/brief/build';
import { createApi, type OperationName } from '../../../shared/contract';
import { AnnotateStore } from '../../../renderer/state/AnnotateStore';
import { CiteStore } from '../../../renderer/state/CiteStore';
import { NotebookStore } from '../../../renderer/state/NotebookStore';
import { ReaderStore } from '../../../renderer/state/ReaderStore';
import { WorkspaceStore } from '../../../renderer/state/WorkspaceStore';
import { must, newNotebook } from '../core/support/notebook';

const TEXT = 'Talks on the Kessel crossing\n\nEnvoys agreed to open the crossing for six hours each day.\n\nA joint monitoring cell would report violations.';

/**
 * The stores the reader uses, on a real engine in a temp folder. `beforeUpdate` runs before
 * each brief write reaches the engine: another window saving the same brief in between.
 */
async function setUp(beforeUpdate: (notebook: OpenNotebook, briefId: string) => Promise<void> = async () => {}) {
  const notebook = await newNotebook();
  const api = createApi(async (operation: OperationName, request: unknown) => {
    if (operation === 'briefs.update') await beforeUpdate(notebook, (request as { id: string }).id);
    return dispatch(notebook.handlers, operation, request);
  });
  const outcome = await must(notebook, 'sources.importText', { text: TEXT });
  if (outcome.status !== 'imported') throw new Error('the test article was not imported');
  const sourceId = outcome.source.id;
  const start = TEXT.indexOf('open the crossing');
  const annotation = await must(notebook, 'annotations.create', { sourceId, start, end: start + 'open the crossing for six hours each day'.length });
  const notebookStore = new NotebookStore(api);
  await notebookStore.load();
  const workspace = new WorkspaceStore();
  const reader = new ReaderStore(api);
  await reader.open(sourceId);
  const annotate = new AnnotateStore(api, notebookStore, reader);
  return { notebook, sourceId, annotation, notebookStore, workspace, reader, cite: new CiteStore(api, notebookStore, workspace, annotate) };
}

/** The quotes a brief cites, paragraph by paragraph, as the engine has it on disk. */
async function citedQuotes(notebook: OpenNotebook, briefId: string): Promise<unknown[]> {
  const brief = await must(notebook, 'briefs.get', { id: briefId });
  const root = (brief.content as { root: { children: Array<{ children: Array<{ type: string; quote?: string; text?: string }> }> } }).root;
  return root.children.map((p) => p.children.map((n) => (n.type === 'citation' ? `“${n.quote}”` : n.text)).join(''));
}

describe('CiteStore', () => {
  it('cites an annotation into a new brief, says where, and leaves the reader open', async () => {
    const { notebook, annotation, notebookStore, workspace, cite } = await setUp();
    workspace.open({ kind: 'source', id: annotation.sourceId });
    cite.ask({ kind: 'annotation', annotation });
    await cite.cite({ newTitle: 'Crossing talks' });
    const [brief] = notebookStore.getSnapshot().briefs;
    expect(brief?.title).toBe('Crossing talks');
    expect(cite.getSnapshot()).toMatchObject({ picking: null, lastBriefId: brief?.id, cited: { briefId: brief?.id, title: 'Crossing talks' }, error: null });
    expect(await citedQuotes(notebook, brief!.id)).toEqual(['“open the crossing for six hours each day”']);
    expect(workspace.getSnapshot().open).toEqual({ kind: 'source', id: annotation.sourceId });
    cite.openBrief(brief!.id);
    expect(workspace.getSnapshot().open).toEqual({ kind: 'brief', id: brief!.id });
  });

  it('turns a fresh selection into an annotation only once a brief is chosen', async () => {
    const { notebook, sourceId, reader, cite } = await setUp();
    const brief = await must(notebook, 'briefs.create', { title: 'Monitoring' });
    const start = TEXT.indexOf('A joint monitoring cell');
    const span = { start, end: start + 'A joint monitoring cell'.length };
    cite.ask({ kind: 'selection', span, anchor: { top: 0, bottom: 0, left: 0 } });
    cite.cancel();
    expect(await must(notebook, 'annotations.list', { sourceId })).toHaveLength(1);

    cite.ask({ kind: 'selection', span, anchor: { top: 0, bottom: 0, left: 0 } });
    await cite.cite({ briefId: brief.id });
    const created = (await must(notebook, 'annotations.list', { sourceId })).find((a) => a.target.quote.exact === 'A joint monitoring cell');
    expect(created?.links).toEqual([]);
    expect(reader.getSnapshot().annotations.map((a) => a.id)).toContain(created?.id);
    expect(await citedQuotes(notebook, brief.id)).toEqual(['“A joint monitoring cell”']);
  });

  it('keeps an edit saved from elsewhere in between: it reads the brief again and cites once more', async () => {
    let interrupted = false;
    const { notebook, annotation, cite } = await setUp(async (nb, id) => {
      if (interrupted) return;
      interrupted = true;
      const current = await must(nb, 'briefs.get', { id });
      await must(nb, 'briefs.update', { id, rev: current.rev, fields: { content: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraphNode([textNode('Typed in the other window.')])] } } } });
    });
    const brief = await must(notebook, 'briefs.create', { title: 'Shared brief' });
    cite.ask({ kind: 'annotation', annotation });
    await cite.cite({ briefId: brief.id });
    expect(cite.getSnapshot().error).toBeNull();
    expect(await citedQuotes(notebook, brief.id)).toEqual(['Typed in the other window.', '“open the crossing for six hours each day”']);
  });

  it('says so when the brief keeps changing, and does not overwrite it', async () => {
    const { notebook, annotation, cite } = await setUp(async (nb, id) => {
      const current = await must(nb, 'briefs.get', { id });
      await must(nb, 'briefs.update', { id, rev: current.rev, fields: { title: `Renamed ${current.rev}` } });
    });
    const brief = await must(notebook, 'briefs.create', { title: 'Busy brief' });
    cite.ask({ kind: 'annotation', annotation });
    await cite.cite({ briefId: brief.id });
    expect(cite.getSnapshot().error).toMatch(/\S/);
    expect(cite.getSnapshot().picking).not.toBeNull();
    expect((await must(notebook, 'briefs.get', { id: brief.id })).content).toBeNull();
  });
});
