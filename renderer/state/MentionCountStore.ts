import type { ParleyApi } from '../../shared/contract';
import { countMentions } from '../logic/recordGroups';
import type { NotebookStore } from './NotebookStore';
import { Store } from './Store';

export type MentionCountState = { counts: ReadonlyMap<string, number> };

/**
 * Linked mentions per entity for the navigator, counted from every source's annotations:
 * one list request per source, in parallel, instead of a text search per entity.
 */
export class MentionCountStore extends Store<MentionCountState> {
  #generation = 0;

  constructor(
    private readonly api: ParleyApi,
    private readonly notebook: NotebookStore,
  ) {
    super({ counts: new Map() });
  }

  async refresh(): Promise<void> {
    const generation = ++this.#generation;
    const sources = this.notebook.getSnapshot().sources;
    const lists = await Promise.all(sources.map((s) => this.api['annotations.list']({ sourceId: s.id })));
    // A later refresh (after another link) may already have answered; keep the newest.
    if (generation !== this.#generation) return;
    this.update({ counts: countMentions(lists.flatMap((r) => (r.ok ? r.value : []))) });
  }
}
