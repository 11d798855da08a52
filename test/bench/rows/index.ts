import type { HarnessContext } from '../harness/context';
import type { RowResult } from '../types';

/** A row of QUALITY.md's performance table, loaded only when it runs (the reader pulls in a browser). */
export interface RowModule {
  /** The row's name in QUALITY.md, matched by --only. */
  name: string;
  load(): Promise<{ run: (context: HarnessContext) => Promise<RowResult[]> }>;
}

/** Every row, in the table's order. This list is the one place a row is added. */
export const ROWS: readonly RowModule[] = [
  { name: 'save one annotation, durable', load: () => import('./save-annotation') },
  { name: 'open a notebook, ready to use (records + search index)', load: () => import('./open-notebook') },
  { name: 're-anchor after a text edit', load: () => import('./reanchor') },
  { name: 'fuzzy anchoring accuracy and speed', load: () => import('./fuzzy-anchoring') },
  { name: 'full-text search', load: () => import('./search') },
  { name: 'unlinked-mention discovery', load: () => import('./mentions') },
  { name: 'compare two sources', load: () => import('./compare') },
  { name: 'export a brief', load: () => import('./export-brief') },
  { name: 'reader in Chromium', load: () => import('./reader') },
  { name: 'back up a notebook on open', load: () => import('./backup') },
];
