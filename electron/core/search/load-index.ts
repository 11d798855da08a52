import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ChangedCollection } from '../store/change-feed';
import type { Notebook } from './documents';
import { LiveIndex, registryOf } from './live-index';
import type { SavedIndex } from './saved-index';
import { WordIndex } from './word-index';

/** How long the build holds the event loop before letting other requests through. */
const SLICE_MS = 25;

/**
 * Indexes every record, a slice at a time, so a notebook that is building its index still
 * answers everything else. Records that change meanwhile are told to the caller's feed and
 * applied after.
 */
export async function buildIndex(notebook: Notebook): Promise<LiveIndex> {
  const live = new LiveIndex(notebook);
  let sliceStart = performance.now();
  for (const [id, entry] of [...live.registry.all()]) {
    // A record gone since the registry was read has its deletion waiting in the feed.
    if (!live.words.docs.has(id)) live.add(entry.kind, id);
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  return live;
}

const collectionOf = {
  source: 'sources',
  annotation: 'annotations',
  entity: 'entities',
  proposal: 'proposals',
  brief: 'briefs',
} as const satisfies Record<string, ChangedCollection>;

/**
 * The saved index brought up to date with the notebook: records whose revision moved are
 * indexed again, deleted ones taken out. Null when so much changed that building afresh is
 * about as quick, or the saved index cannot be read.
 */
export function restoreIndex(notebook: Notebook, saved: SavedIndex): { live: LiveIndex; written: number } | null {
  const registry = registryOf(notebook);
  const changed: Array<[ChangedCollection, string]> = [];
  for (const [id, entry] of registry.all()) {
    if (saved.revisions[id] !== entry.rev) changed.push([collectionOf[entry.kind], id]);
  }
  const removed = Object.keys(saved.revisions).filter((id) => !registry.get(id));
  if (changed.length + removed.length > Math.max(50, registry.size / 3)) return null;

  const index = WordIndex.fromCompact(saved.words);
  const live = new LiveIndex(notebook, index, registry);
  let written = 0;
  for (const id of removed) {
    if (!index.docs.has(id)) continue;
    index.remove(id);
    written += 1;
  }
  for (const [collection, id] of changed) written += live.apply(collection, id);
  return { live, written };
}
