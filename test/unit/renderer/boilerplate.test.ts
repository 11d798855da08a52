import { describe, expect, it } from 'vitest';
import type { BoilerplateSpan } from '../../../shared/model';
import { furnitureLineCount, furnitureSentence, spansToTrim } from '../../../renderer/logic/boilerplate';

const span = (start: number, end: number, text: string): BoilerplateSpan => ({ start, end, text, reason: 'navigation' });

describe('furniture counts', () => {
  it('counts non-blank lines, at least one a span', () => {
    expect(furnitureLineCount([span(0, 10, 'Back to top'), span(20, 40, 'Share\n\nPrint'), span(50, 51, ' ')])).toBe(4);
    expect(furnitureSentence([span(0, 10, 'Back to top')])).toBe('Parley found 1 line that looks like outlet furniture');
    expect(furnitureSentence([span(0, 10, 'a\nb')])).toBe('Parley found 2 lines that look like outlet furniture');
  });
});

describe('spansToTrim', () => {
  const spans = [span(50, 60, 'c'), span(0, 10, 'a'), span(8, 20, 'b'), span(30, 40, 'd')];

  it('sends only ticked spans, in text order', () => {
    expect(spansToTrim(spans, new Set([0, 3]))).toEqual([
      { start: 30, end: 40 },
      { start: 50, end: 60 },
    ]);
  });

  it('merges overlapping spans so the engine never removes a character twice', () => {
    expect(spansToTrim(spans, new Set([1, 2]))).toEqual([{ start: 0, end: 20 }]);
  });

  it('is empty when nothing is ticked', () => {
    expect(spansToTrim(spans, new Set())).toEqual([]);
  });
});
