import type { SourceSort } from '../logic/sourceList';
import { Store } from './Store';

export type Section = 'sources' | 'entities' | 'proposals' | 'briefs';
export type ItemKind = 'source' | 'entity' | 'proposal' | 'brief' | 'compare' | 'search';
export type TextRange = { start: number; end: number };
/**
 * `at` asks a source to open scrolled to one of its annotations (a mention, a piece of
 * evidence); `span` to open with a stretch of its text selected (an unlinked mention).
 */
export type OpenItem = {
  kind: ItemKind;
  id: string;
  at?: string;
  span?: TextRange;
  /** compare: the sources side by side, in column order (`id` is their ids joined). */
  sourceIds?: string[];
};

export type WorkspaceState = {
  section: Section;
  open: OpenItem | null;
  sourceSort: SourceSort;
  sourceFilter: string;
};

// The search page (id 'search'; its form lives in the search store) belongs to no section:
// the navigator stays where it was.
const sectionOf: Record<Exclude<ItemKind, 'search'>, Section> = {
  source: 'sources',
  entity: 'entities',
  proposal: 'proposals',
  brief: 'briefs',
  compare: 'sources',
};

/** What the researcher is looking at: the navigator's section and order, and the open item. */
export class WorkspaceStore extends Store<WorkspaceState> {
  constructor() {
    super({ section: 'sources', open: null, sourceSort: 'date', sourceFilter: '' });
  }

  showSection(section: Section): void {
    this.update({ section });
  }

  /** Opening an item also shows its section, so the navigator points at what is open. */
  open(item: OpenItem): void {
    this.update({ open: item, section: item.kind === 'search' ? this.getSnapshot().section : sectionOf[item.kind] });
  }

  /** Two to four sources side by side, in the order given. */
  compare(sourceIds: string[]): void {
    this.open({ kind: 'compare', id: sourceIds.join(','), sourceIds });
  }

  close(): void {
    this.update({ open: null });
  }

  sortSources(sourceSort: SourceSort): void {
    this.update({ sourceSort });
  }

  filterSources(sourceFilter: string): void {
    this.update({ sourceFilter });
  }
}
