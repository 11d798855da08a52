import { bench, describe } from 'vitest';
import { buildNameIndex } from '../../../shared/mentions';
import { syntheticCorpus } from './synthetic-corpus';

// QUALITY.md: unlinked-mention discovery over 2,000 sources × 500 entities × 3 aliases ≤ 500 ms.
describe('unlinked-mention discovery', () => {
  const corpus = syntheticCorpus(500, 2_000, 800);
  bench('build the index and scan 2,000 sources', () => {
    const index = buildNameIndex(corpus.entities);
    for (const source of corpus.sources) index.find(source);
  }, { iterations: 5 });
});
