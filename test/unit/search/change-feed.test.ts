import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/services';
import type { StoreChange } from '../../../electron/core/store/change-feed';
import { NotebookStore } from '../../../electron/core/store/notebook-store';
import type { OperationName, RequestOf, ResponseOf } from '../../../shared/contract';
import { tempFolder } from '../core/support/temp';

const stores: NotebookStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

/** A store with a listener on its change feed, driven through the contract like any door. */
async function watched() {
  const folder = join(await tempFolder(), 'Feed.parley');
  const store = await NotebookStore.create(folder, 'Feed');
  stores.push(store);
  const handlers = createHandlers(store, folder, { printPdf: async () => new Uint8Array() });
  const changes: StoreChange[] = [];
  store.onChange((change) => changes.push(change));
  const must = async <K extends OperationName>(operation: K, request: RequestOf<K>): Promise<ResponseOf<K>> => {
    const result = await dispatch(handlers, operation, request);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ResponseOf<K>;
  };
  /** The changes told since the last call. */
  const told = () => changes.splice(0).map(({ collection, id, change }) => `${change} ${collection} ${id}`);
  return { store, must, told };
}

describe('the store’s change feed', () => {
  it('tells each record written or deleted, after the write', async () => {
    const { must, told } = await watched();
    const text = 'Negotiators met in the harbour. The ceasefire held.';
    const imported = await must('sources.importText', { text, title: 'Talks' });
    if (imported.status !== 'imported') throw new Error('duplicate');
    const source = imported.source.id;
    expect(told()).toEqual([`put sources ${source}`]);
    await must('sources.importText', { text, title: 'Talks again' }); // a duplicate writes nothing
    expect(told()).toEqual([]);

    const entity = await must('entities.create', { name: 'Rami Haddad' });
    const other = await must('entities.create', { name: 'R. Haddad' });
    expect(told()).toEqual([`put entities ${entity.id}`, `put entities ${other.id}`]);
    const annotation = await must('annotations.create', { sourceId: source, start: 0, end: 11, links: [{ kind: 'entity', recordId: other.id, role: 'mention' }] });
    await must('annotations.update', { id: annotation.id, fields: { comment: 'who met' } });
    expect(told()).toEqual([`put annotations ${annotation.id}`, `put annotations ${annotation.id}`]);

    // A merge rewrites annotations and entities across files: each one is told.
    await must('entities.merge', { survivorId: entity.id, mergedId: other.id });
    expect(told().sort()).toEqual([`delete entities ${other.id}`, `put annotations ${annotation.id}`, `put entities ${entity.id}`].sort());

    // A new text version: the source, and its annotations as carried over.
    await must('sources.editText', { id: source, text: text.replace('harbour', 'port') });
    expect(told()).toEqual([`put sources ${source}`, `put annotations ${annotation.id}`]);

    const brief = await must('briefs.create', { title: 'Where things stand' });
    await must('briefs.update', { id: brief.id, fields: { title: 'Where they stand' } });
    await must('briefs.delete', { id: brief.id });
    expect(told()).toEqual([`put briefs ${brief.id}`, `put briefs ${brief.id}`, `delete briefs ${brief.id}`]);

    // Deleting a source deletes its annotations with it.
    await must('sources.delete', { id: source });
    expect(told()).toEqual([`delete sources ${source}`, `delete annotations ${annotation.id}`]);
  });

  it('tells nothing for a write that was refused', async () => {
    const { must, told } = await watched();
    const entity = await must('entities.create', { name: 'Rami Haddad' });
    told();
    await expect(must('entities.update', { id: entity.id, fields: { name: 'Rami' }, rev: 99 })).rejects.toThrow(/revision/);
    expect(told()).toEqual([]);
  });

  it('runs closing work after the last write and before close returns', async () => {
    const { store, must } = await watched();
    const order: string[] = [];
    store.whenClosing(async () => {
      order.push(`closing with ${store.list('entities').length} entities`);
    });
    const writing = must('entities.create', { name: 'Grace Okafor' });
    await store.close();
    order.push('closed');
    await writing;
    // The write asked for before close is in the notebook when the closing work runs.
    expect(order).toEqual(['closing with 1 entities', 'closed']);
  });
});
