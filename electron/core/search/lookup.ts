import type { NotebookStore } from '../store/notebook-store';
import type { CollectionName, Collections } from '../store/collections';

/**
 * Records by id without scanning the notebook's lists: the store finds a record by walking
 * its list, which is fine for one record and slow for the thousands an index build or a
 * filtered search reads. The store replaces a list whenever it changes, so a map made from
 * one list stays right for as long as that list is the store's.
 */
export class RecordLookup {
  private readonly maps = new WeakMap<readonly unknown[], Map<string, unknown>>();

  constructor(private readonly store: NotebookStore) {}

  find<C extends CollectionName>(name: C, id: string): Collections[C] | undefined {
    const list = this.store.list(name);
    let map = this.maps.get(list);
    if (!map) {
      map = new Map(list.map((record) => [record.id, record]));
      this.maps.set(list, map);
    }
    return map.get(id) as Collections[C] | undefined;
  }
}
