import type { CorpusSize } from './notebook';

/**
 * The workloads of QUALITY.md's performance table. The table names 40,000 annotations for
 * 2,000 sources (20 a source); a 10,000-source notebook is given 10 a source (100,000),
 * since a researcher annotates a large collection more thinly. News articles run 350–1,100
 * words. `--quick` uses one small notebook for both, enough to exercise every path in seconds.
 */
export const SIZES = {
  notebook2k: { sources: 2_000, annotations: 40_000, entities: 500, proposals: 40, words: [350, 1_100], briefCitations: [100, 30] },
  notebook10k: { sources: 10_000, annotations: 100_000, entities: 500, proposals: 40, words: [350, 1_100], briefCitations: [100] },
  quick: { sources: 200, annotations: 4_000, entities: 100, proposals: 10, words: [350, 1_100], briefCitations: [100] },
} as const satisfies Record<string, CorpusSize>;

export function sizeFor(kind: '2k' | '10k', quick: boolean): CorpusSize {
  if (quick) return SIZES.quick;
  return kind === '2k' ? SIZES.notebook2k : SIZES.notebook10k;
}
