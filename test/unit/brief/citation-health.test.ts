import { describe, expect, it } from 'vitest';
import { checkCitations } from '../../../shared/brief';
import { annotation, briefDocument, context, ids } from './fixture';

describe('checkCitations', () => {
  it('counts every citation exact while the sources say the same words', () => {
    expect(checkCitations(briefDocument, context.annotations)).toEqual({ exact: 3, drifted: [], orphaned: [] });
  });

  it('reports a drifted quote with both wordings, and orphaned or missing annotations', () => {
    const annotations = new Map([
      [ids.ann1, annotation(ids.ann1, ids.sourceA, 'a 72-hour pause', 'fuzzy')],
      [ids.ann2, annotation(ids.ann2, ids.sourceA, 'hostages released', 'orphaned')],
    ]);
    expect(checkCitations(briefDocument, annotations)).toEqual({
      exact: 0,
      drifted: [{ annotationId: ids.ann1, cited: 'a 48-hour pause', current: 'a 72-hour pause' }],
      orphaned: [
        { annotationId: ids.ann2, cited: 'hostages released' },
        { annotationId: ids.ann3, cited: 'rejected outright' },
      ],
    });
  });
});
