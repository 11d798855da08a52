import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { OpenNotebook } from '../../../electron/core/notebook';
import { createApi, type ExportedFile, type ParleyApi } from '../../../shared/contract';
import { BriefStore } from '../../../renderer/state/BriefStore';
import { NotebookStore } from '../../../renderer/state/NotebookStore';
import { WorkspaceStore } from '../../../renderer/state/WorkspaceStore';
import { must, newNotebook } from '../core/support/notebook';

/** A one-paragraph Lexical document, with a citation after the words when given one. */
function doc(words: string, citation?: { annotationId: string; sourceId: string; quote: string }) {
  const children: unknown[] = [{ type: 'text', version: 1, text: words, format: 0, detail: 0, mode: 'normal', style: '' }];
  if (citation) children.push({ type: 'citation', version: 1, ...citation });
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children }] } };
}

const wordsOf = (content: unknown) => JSON.stringify(content).match(/"text":"([^"]*)"/)?.[1];

/**
 * The real engine on a real notebook folder, reached as the page reaches it (results as
 * values). `hold` makes the next brief save wait until released; `failNext` makes it fail
 * as a dropped connection would.
 */
function connect(notebook: OpenNotebook) {
  let held: { release: () => void } | null = null;
  let holdNext = false;
  let failNext = false;
  const api: ParleyApi = createApi(async (operation, request) => {
    if (operation === 'briefs.update' && failNext) {
      failNext = false;
      throw new Error('the connection to the notebook dropped');
    }
    if (operation === 'briefs.update' && holdNext) {
      holdNext = false;
      await new Promise<void>((resolve) => (held = { release: resolve }));
    }
    return dispatch(notebook.handlers, operation, request);
  });
  const notebookStore = new NotebookStore(api);
  const workspace = new WorkspaceStore();
  return {
    api,
    notebookStore,
    workspace,
    store: new BriefStore(api, notebookStore, workspace),
    hold: () => (holdNext = true),
    isHeld: () => held !== null,
    release: () => held?.release(),
    failNext: () => (failNext = true),
  };
}

async function briefIn(notebook: OpenNotebook, title = 'Port Selen round') {
  return must(notebook, 'briefs.create', { title });
}

describe('BriefStore on a real notebook', () => {
  it('saves the title and text with the revision it read, and the navigator shows the new title', async () => {
    const notebook = await newNotebook();
    const brief = await briefIn(notebook);
    const { store, notebookStore } = connect(notebook);
    await notebookStore.load();
    await store.open(brief.id);
    expect(store.getSnapshot().brief?.id).toBe(brief.id);
    expect(store.getSnapshot().save).toBe('unchanged');

    store.edit({ content: doc('The pause is not agreed.') });
    store.edit({ title: 'Port Selen, second round' });
    expect(store.getSnapshot().save).toBe('saving');
    expect(await store.flush()).toBe(true);

    expect(store.getSnapshot().save).toBe('saved');
    const saved = await must(notebook, 'briefs.get', { id: brief.id });
    expect(saved.title).toBe('Port Selen, second round');
    expect(wordsOf(saved.content)).toBe('The pause is not agreed.');
    expect(notebookStore.getSnapshot().briefs.map((b) => b.title)).toEqual(['Port Selen, second round']);
  });

  it('saves what was typed while a save was in flight right after it, without a conflict', async () => {
    const notebook = await newNotebook();
    const brief = await briefIn(notebook);
    const { store, hold, isHeld, release } = connect(notebook);
    await store.open(brief.id);

    hold();
    store.edit({ content: doc('First words') });
    const first = store.flush();
    await expect.poll(isHeld).toBe(true);
    store.edit({ content: doc('First words, and more typed meanwhile') });
    release();
    expect(await first).toBe(true);

    expect(store.getSnapshot().save).toBe('saved');
    const saved = await must(notebook, 'briefs.get', { id: brief.id });
    expect(wordsOf(saved.content)).toBe('First words, and more typed meanwhile');
    expect(saved.rev).toBe(brief.rev + 2);
  });

  it('keeps the words of a failed save, says why, and saves them on Retry', async () => {
    const notebook = await newNotebook();
    const brief = await briefIn(notebook);
    const { store, failNext } = connect(notebook);
    await store.open(brief.id);

    failNext();
    store.edit({ content: doc('Words that must not be lost') });
    expect(await store.flush()).toBe(false);
    expect(store.getSnapshot().save).toEqual({ failed: expect.stringContaining('the connection to the notebook dropped') });
    expect((await must(notebook, 'briefs.get', { id: brief.id })).content).toBeNull();

    expect(await store.flush()).toBe(true);
    expect(store.getSnapshot().save).toBe('saved');
    expect(wordsOf((await must(notebook, 'briefs.get', { id: brief.id })).content)).toBe('Words that must not be lost');
  });

  it('reloads the brief and says so when it was changed elsewhere since it was opened', async () => {
    const notebook = await newNotebook();
    const brief = await briefIn(notebook);
    const { store } = connect(notebook);
    await store.open(brief.id);
    const generation = store.getSnapshot().generation;

    // Another window saves first.
    await must(notebook, 'briefs.update', { id: brief.id, fields: { content: doc('Written in the other window') }, rev: brief.rev });
    store.edit({ content: doc('Written here') });
    expect(await store.flush()).toBe(false);

    await expect.poll(() => store.getSnapshot().generation).toBe(generation + 1);
    const state = store.getSnapshot();
    expect(wordsOf(state.brief?.content)).toBe('Written in the other window');
    expect(state.notice).toMatch(/changed elsewhere .* reloaded the saved version/);
    expect(state.save).toBe('unchanged');
    // Typing goes on from the reloaded revision.
    store.edit({ content: doc('Written here after the reload') });
    expect(await store.flush()).toBe(true);
    expect(wordsOf((await must(notebook, 'briefs.get', { id: brief.id })).content)).toBe('Written here after the reload');
  });

  it('still saves what was typed when the brief is closed before the pause is over', async () => {
    const notebook = await newNotebook();
    const brief = await briefIn(notebook);
    const { store } = connect(notebook);
    await store.open(brief.id);
    store.edit({ content: doc('Last sentence before switching') });
    store.close();
    expect(store.getSnapshot().brief).toBeNull();
    await expect.poll(async () => wordsOf((await must(notebook, 'briefs.get', { id: brief.id })).content)).toBe('Last sentence before switching');
  });

  it('checks the citations after each save', async () => {
    const notebook = await newNotebook();
    const imported = await must(notebook, 'sources.importText', { text: 'Mediators float a 48-hour pause for Port Selen.' });
    if (imported.status !== 'imported') throw new Error('expected an import');
    const annotation = await must(notebook, 'annotations.create', { sourceId: imported.source.id, start: 18, end: 31 });
    expect(annotation.target.quote.exact).toBe('48-hour pause');
    const brief = await briefIn(notebook);
    const { store } = connect(notebook);
    await store.open(brief.id);
    await expect.poll(() => store.getSnapshot().health).toEqual({ exact: 0, drifted: [], orphaned: [] });

    const citation = { annotationId: annotation.id, sourceId: imported.source.id, quote: annotation.target.quote.exact };
    store.edit({ content: doc('They propose ', citation) });
    await store.flush();
    await expect.poll(() => store.getSnapshot().health?.exact).toBe(1);

    store.edit({ content: doc('They propose ', { ...citation, quote: 'a 72-hour pause' }) });
    await store.flush();
    await expect.poll(() => store.getSnapshot().health?.drifted).toEqual([{ annotationId: annotation.id, cited: 'a 72-hour pause', current: '48-hour pause' }]);
  });

  it('exports what was typed a moment ago, and names the file', async () => {
    const notebook = await newNotebook();
    const brief = await briefIn(notebook);
    const { store } = connect(notebook);
    await store.open(brief.id);
    store.edit({ content: doc('Typed just before exporting') });
    const delivered: ExportedFile[] = [];
    await store.exportAs('md', (file) => delivered.push(file));

    expect(delivered).toHaveLength(1);
    expect(Buffer.from(delivered[0]!.dataBase64, 'base64').toString('utf8')).toContain('Typed just before exporting');
    expect(store.getSnapshot().notice).toBe(`Exported ${delivered[0]!.fileName}`);
    expect(store.getSnapshot().exporting).toBe(false);
  });

  it('deletes the brief after confirmation, and the navigator and the centre let go of it', async () => {
    const notebook = await newNotebook();
    const brief = await briefIn(notebook);
    const { store, notebookStore, workspace } = connect(notebook);
    await notebookStore.load();
    workspace.open({ kind: 'brief', id: brief.id });
    await store.open(brief.id);
    store.askDelete();
    expect(store.getSnapshot().confirmingDelete).toBe(true);
    await store.confirmDelete();

    expect(await must(notebook, 'briefs.list', {})).toEqual([]);
    expect(notebookStore.getSnapshot().briefs).toEqual([]);
    expect(workspace.getSnapshot().open).toBeNull();
    expect(store.getSnapshot().brief).toBeNull();
  });
});
