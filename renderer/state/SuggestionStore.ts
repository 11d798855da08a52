import type { EntitySuggestion, ParleyApi } from '../../shared/contract';
import { Store } from './Store';

export type SuggestionState = { sourceId: string | null; suggestions: EntitySuggestion[] };

/** Candidate entities in the open source; a failure only means no suggestions are offered. */
export class SuggestionStore extends Store<SuggestionState> {
  #asked = 0;

  constructor(private readonly api: ParleyApi) {
    super({ sourceId: null, suggestions: [] });
  }

  async load(sourceId: string): Promise<void> {
    const asked = ++this.#asked;
    if (this.getSnapshot().sourceId !== sourceId) this.update({ sourceId, suggestions: [] });
    const result = await this.api['sources.suggestions']({ id: sourceId });
    if (asked === this.#asked) this.update({ suggestions: result.ok ? result.value : [] });
  }
}
