import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { createApi, type OperationName } from '../../../shared/contract';
import { CompareStore } from '../../../renderer/compare/CompareStore';
import { must, newNotebook } from '../core/support/notebook';

const COPIED = 'Mediators from the Aldren League floated a 72-hour pause in shelling around Port Ostrel on Monday, offering both delegations a text.';
const HERALD = `Harbour pause floated\n\n${COPIED}\n\nThe coastal delegation has not answered yet, said Tomas Reyvald.`;
const TIMES = `Delegation weighs truce\n\nShipping agents said insurers would wait for a week of calm.\n\n${COPIED.replace('a text', 'a short text')}`;

/** Two sources sharing a paragraph, one entity mentioned in the first; every request counted. */
async function setUp() {
  const notebook = await newNotebook();
  const asked: string[] = [];
  const api = createApi(async (operation: OperationName, request: unknown) => {
    asked.push(operation);
    return dispatch(notebook.handlers, operation, request);
  });
  const ids: string[] = [];
  for (const text of [HERALD, TIMES]) {
    const outcome = await must(notebook, 'sources.importText', { text });
    if (outcome.status !== 'imported') throw new Error('the test article was not imported');
    ids.push(outcome.source.id);
  }
  const entity = await must(notebook, 'entities.create', { name: 'Tomas Reyvald' });
  const start = HERALD.indexOf('Tomas Reyvald');
  await must(notebook, 'annotations.create', { sourceId: ids[0]!, start, end: start + 13, links: [{ kind: 'entity', recordId: entity.id }] });
  return { notebook, asked, ids: ids as [string, string], entity, store: new CompareStore(api) };
}

describe('CompareStore', () => {
  it('loads the comparison with each column’s text and highlights', async () => {
    const { ids, entity, store } = await setUp();
    await store.open(ids);
    const state = store.getSnapshot();
    expect(state).toMatchObject({ status: 'ready', error: null });
    expect(state.comparison?.shared).toHaveLength(1);
    expect(state.comparison?.coverage).toMatchObject([{ recordId: entity.id, counts: { [ids[0]]: 1 } }]);
    expect(state.columns.get(ids[0])?.annotations.map((a) => a.target.quote.exact)).toEqual(['Tomas Reyvald']);
    expect(state.columns.get(ids[1])?.source.id).toBe(ids[1]);
  });

  it('keeps showing the comparison while the same sources are asked for again in another order', async () => {
    const { ids, store } = await setUp();
    await store.open(ids);
    const seen: string[] = [];
    const stop = store.subscribe(() => seen.push(`${store.getSnapshot().status}${store.getSnapshot().comparison ? ' with columns' : ''}`));
    await store.open([ids[1], ids[0]]);
    stop();
    expect(seen).toEqual(['ready with columns']);
    expect(store.getSnapshot().comparison?.shared).toHaveLength(1);
  });

  it('forgets the lit record when other sources are compared', async () => {
    const { notebook, ids, entity, store } = await setUp();
    await store.open(ids);
    store.select(entity.id);
    const other = await must(notebook, 'sources.importText', { text: 'Another story\n\nNothing in common here.' });
    if (other.status !== 'imported') throw new Error('not imported');
    await store.open([ids[0], other.source.id]);
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', active: null });
  });

  it('gives each selection of a record a new nonce, so choosing it again scrolls the columns again', async () => {
    const { entity, store } = await setUp();
    store.select(entity.id);
    const first = store.getSnapshot().active;
    store.select(entity.id);
    expect(store.getSnapshot().active?.recordId).toBe(entity.id);
    expect(store.getSnapshot().active?.nonce).not.toBe(first?.nonce);
    store.select(null);
    expect(store.getSnapshot().active).toBeNull();
  });

  it('says in words when a source is no longer in the notebook', async () => {
    const { notebook, ids, store } = await setUp();
    await must(notebook, 'sources.delete', { id: ids[1] });
    await store.open(ids);
    expect(store.getSnapshot().status).toBe('failed');
    expect(store.getSnapshot().error).toMatch(/source/i);
    expect(store.getSnapshot().error).not.toMatch(/\n|at .*\.ts/);
  });
});
