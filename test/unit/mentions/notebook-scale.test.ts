import { describe, expect, it } from 'vitest';
import { buildNameIndex } from '../../../shared/mentions';
import { syntheticCorpus } from './synthetic-corpus';

// Correctness at notebook scale; how fast it runs is measured by name-index.bench.ts.
describe('name index over a notebook of 2,000 sources and 500 entities × 3 names', () => {
  const corpus = syntheticCorpus();
  const index = buildNameIndex(corpus.entities);

  it('holds every name once', () => {
    expect(index.size).toBe(1_500);
  });

  it('finds exactly the planted mentions, with their entities and offsets', () => {
    let planted = 0;
    corpus.sources.forEach((source, s) => {
      const found = index.find(source).map(({ entityId, start, end, text }) => ({ entityId, start, end, text }));
      expect(found).toEqual(corpus.planted[s]);
      planted += found.length;
    });
    expect(planted).toBeGreaterThan(15_000);
  });
});
