import type { Coverage, ProposalTimeline, TermsTable } from '../../../shared/compare/types';
import type { ParleyApi, Result } from '../../../shared/contract';
import type { Annotation } from '../../../shared/model';
import { describeError } from '../../logic/errors';
import { Store } from '../../state/Store';

/** An answer on its way, arrived, or refused with a sentence to show. */
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

export type AnalysisState = {
  /** Keyed by the sources asked for, joined ("*" for every source). */
  coverage: Record<string, Loaded<Coverage>>;
  terms: Record<string, Loaded<TermsTable>>;
  timelines: Record<string, Loaded<ProposalTimeline>>;
  /** Mention quotes by annotation id; null once the engine said it is gone. */
  quotes: Record<string, Annotation | null>;
};

type Table = 'coverage' | 'terms' | 'timelines';

export const coverageKey = (sourceIds?: readonly string[]): string => (sourceIds && sourceIds.length ? sourceIds.join(',') : '*');

/**
 * The comparison tables the engine works out: coverage, terms across sources, a proposal's
 * timeline. They are asked for again whenever the view that shows them sees the notebook
 * change; until the new answer arrives the last one stays on screen, so nothing flickers.
 */
export class AnalysisStore extends Store<AnalysisState> {
  readonly #latest = new Map<string, number>();
  #asks = 0;

  constructor(private readonly api: ParleyApi) {
    super({ coverage: {}, terms: {}, timelines: {}, quotes: {} });
  }

  loadCoverage(sourceIds?: readonly string[]): Promise<void> {
    const key = coverageKey(sourceIds);
    return this.#load('coverage', key, () => this.api['compare.coverage'](sourceIds?.length ? { sourceIds: [...sourceIds] } : {}));
  }

  loadTerms(proposalId: string): Promise<void> {
    return this.#load('terms', proposalId, () => this.api['compare.terms']({ proposalId }));
  }

  loadTimeline(proposalId: string): Promise<void> {
    return this.#load('timelines', proposalId, () => this.api['compare.timeline']({ proposalId }));
  }

  /** Fetches the quotes of mentions not yet seen; a mention's quote is fetched once. */
  async loadQuotes(ids: readonly string[]): Promise<void> {
    const known = this.getSnapshot().quotes;
    const missing = ids.filter((id) => !(id in known));
    if (missing.length === 0) return;
    const results = await Promise.all(missing.map((id) => this.api['annotations.get']({ id })));
    const quotes = { ...this.getSnapshot().quotes };
    results.forEach((result, i) => {
      quotes[missing[i]!] = result.ok ? result.value : null;
    });
    this.update({ quotes });
  }

  async #load<T>(table: Table, key: string, ask: () => Promise<Result<T>>): Promise<void> {
    const ticket = ++this.#asks;
    this.#latest.set(`${table}:${key}`, ticket);
    if (!this.#entries(table)[key]) this.#put(table, key, { status: 'loading' });
    const result = await ask();
    // An older answer arriving after a newer question would show stale counts.
    if (this.#latest.get(`${table}:${key}`) !== ticket) return;
    this.#put(table, key, result.ok ? { status: 'ready', value: result.value } : { status: 'failed', message: describeError(result.error) });
  }

  #entries(table: Table): Record<string, Loaded<unknown>> {
    return this.getSnapshot()[table];
  }

  #put(table: Table, key: string, loaded: Loaded<unknown>): void {
    this.update({ [table]: { ...this.#entries(table), [key]: loaded } } as Partial<AnalysisState>);
  }
}
