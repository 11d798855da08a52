import type { ParleyApi } from '../../shared/contract';
import type { SearchResult } from '../../shared/search';
import { describeError } from '../logic/errors';
import { filtersProblem, NO_FILTERS, requestOf, type SearchFilters } from '../search/searchRequest';
import { Store } from './Store';
import type { WorkspaceStore } from './WorkspaceStore';

/** The palette and the dialogs it opens; one at a time. */
export type SearchDialog = 'palette' | 'help' | 'paste' | 'coverage';

export type SearchState = {
  /** The search page's form; kept here so it is as the researcher left it on coming back. */
  filters: SearchFilters;
  limit: number;
  status: 'idle' | 'searching' | 'ready' | 'failed';
  results: SearchResult[];
  total: number;
  error: string | null;
  dialog: SearchDialog | null;
  /** Bumped to ask the search page to put the cursor in its query box. */
  focusQuery: number;
};

/** Typing runs the search once the typist pauses this long; Enter runs it at once. */
export const TYPING_PAUSE_MS = 200;
const PAGE = 50;
export const MOST_RESULTS = 500;

/** Finding things: the search page's form and results, and which palette dialog is open. */
export class SearchStore extends Store<SearchState> {
  #typing: ReturnType<typeof setTimeout> | undefined;
  /** Answers can arrive out of order; only the latest question's answer is shown. */
  #asked = 0;

  constructor(
    private readonly api: ParleyApi,
    private readonly workspace: WorkspaceStore,
  ) {
    super({ filters: NO_FILTERS, limit: PAGE, status: 'idle', results: [], total: 0, error: null, dialog: null, focusQuery: 0 });
  }

  /** Opens the search page, searching for `query` when one is given. */
  searchFor(query?: string): void {
    this.workspace.open({ kind: 'search', id: 'search' });
    const { filters, focusQuery } = this.getSnapshot();
    this.update({ focusQuery: focusQuery + 1 });
    if (query !== undefined && query.trim() !== filters.query.trim()) this.update({ filters: { ...filters, query } });
    void this.run();
  }

  typeQuery(query: string): void {
    this.update({ filters: { ...this.getSnapshot().filters, query }, limit: PAGE });
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => void this.run(), TYPING_PAUSE_MS);
  }

  /** A filter changed: the results follow at once. */
  filter(change: Partial<Omit<SearchFilters, 'query'>>): void {
    this.update({ filters: { ...this.getSnapshot().filters, ...change }, limit: PAGE });
    void this.run();
  }

  /** Every filter back to "any"; the words stay. */
  clearFilters(): void {
    const { query: _, ...none } = NO_FILTERS;
    this.filter(none);
  }

  showMore(): void {
    this.update({ limit: Math.min(this.getSnapshot().limit + PAGE, MOST_RESULTS) });
    void this.run();
  }

  async run(): Promise<void> {
    clearTimeout(this.#typing);
    const asked = ++this.#asked;
    const { filters, limit } = this.getSnapshot();
    const problem = filtersProblem(filters);
    if (problem) {
      this.update({ status: 'failed', error: problem });
      return;
    }
    // The last results stay up while the next arrive, so the list does not flash empty.
    this.update({ status: 'searching' });
    const answer = await this.api['search.query'](requestOf(filters, limit));
    if (asked !== this.#asked) return;
    if (answer.ok) this.update({ status: 'ready', error: null, results: answer.value.results, total: answer.value.total });
    else this.update({ status: 'failed', error: describeError(answer.error) });
  }

  openDialog(dialog: SearchDialog): void {
    this.update({ dialog });
  }

  closeDialog(): void {
    this.update({ dialog: null });
  }
}
