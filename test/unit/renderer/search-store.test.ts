import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { createApi, type OperationName } from '../../../shared/contract';
import { SearchStore, TYPING_PAUSE_MS } from '../../../renderer/state/SearchStore';
import { WorkspaceStore } from '../../../renderer/state/WorkspaceStore';
import { must, newNotebook } from '../core/support/notebook';

const LEDGER = 'Grain corridor talks open\n\nBarges would reopen the river port at Kestrel within a month.';
const COURIER = 'Inspections stand in the way\n\nNegotiators argued over who would inspect the barges.';

/**
 * Two sources and an entity in a real notebook. `hold` keeps the next search answer back
 * until released, to see what the page shows when answers arrive out of order.
 */
async function setUp() {
  const notebook = await newNotebook();
  const held: Array<() => void> = [];
  let holdNext = false;
  const api = createApi(async (operation: OperationName, request: unknown) => {
    const answer = dispatch(notebook.handlers, operation, request);
    if (operation !== 'search.query' || !holdNext) return answer;
    holdNext = false;
    await new Promise<void>((release) => held.push(release));
    return answer;
  });
  for (const text of [LEDGER, COURIER]) await must(notebook, 'sources.importText', { text });
  await must(notebook, 'entities.create', { name: 'Ilse Marrow', aliases: ['Marrow'] });
  const workspace = new WorkspaceStore();
  return { store: new SearchStore(api, workspace), workspace, hold: () => (holdNext = true), held };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SearchStore', () => {
  it('opens the search page and finds the words asked for', async () => {
    const { store, workspace } = await setUp();
    workspace.showSection('entities');
    store.searchFor('barges');
    expect(workspace.getSnapshot()).toMatchObject({ open: { kind: 'search' }, section: 'entities' });
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    expect(store.getSnapshot().results.map((r) => r.kind)).toEqual(['source', 'source']);
    expect(store.getSnapshot().total).toBe(2);
  });

  it('searches once the typist pauses, not at every letter', async () => {
    const { store } = await setUp();
    vi.useFakeTimers();
    store.typeQuery('mar');
    store.typeQuery('marr');
    store.typeQuery('marrow');
    expect(store.getSnapshot().status).toBe('idle');
    vi.advanceTimersByTime(TYPING_PAUSE_MS);
    vi.useRealTimers();
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    expect(store.getSnapshot().results.map((r) => r.title)).toEqual(['Ilse Marrow']);
  });

  it('narrows by kind at once, and clearing the filters keeps the words', async () => {
    const { store } = await setUp();
    store.searchFor('barges');
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    store.filter({ kinds: ['entity'] });
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    expect(store.getSnapshot().total).toBe(0);
    store.clearFilters();
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    expect(store.getSnapshot().filters).toMatchObject({ query: 'barges', kinds: [] });
    expect(store.getSnapshot().total).toBe(2);
  });

  it('shows the answer to the latest question when an earlier one arrives after it', async () => {
    const { store, hold, held } = await setUp();
    hold();
    store.searchFor('barges');
    await vi.waitFor(() => expect(held).toHaveLength(1));
    store.searchFor('marrow');
    await vi.waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    held[0]!();
    // Let the held answer land; it must not replace the newer one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getSnapshot().results.map((r) => r.title)).toEqual(['Ilse Marrow']);
  });

  it('says what is wrong with a backwards date range instead of searching', async () => {
    const { store } = await setUp();
    store.filter({ from: '2032-06-01', to: '2032-05-01' });
    expect(store.getSnapshot()).toMatchObject({ status: 'failed', error: expect.stringContaining('after the “to” date') });
  });
});
