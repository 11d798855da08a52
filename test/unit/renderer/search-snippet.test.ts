import { describe, expect, it } from 'vitest';
import { snippetParts } from '../../../renderer/search/highlight';

const SNIPPET = 'barges would reopen the river port at Kestrel';
const marked = (highlights: Array<[number, number]>) =>
  snippetParts(SNIPPET, highlights)
    .filter((p) => p.marked)
    .map((p) => p.text);

describe('snippet highlights', () => {
  it('cuts the snippet into marked and plain runs that join back into it', () => {
    const parts = snippetParts(SNIPPET, [[13, 19], [24, 29]]);
    expect(parts).toEqual([
      { text: 'barges would ', marked: false },
      { text: 'reopen', marked: true },
      { text: ' the ', marked: false },
      { text: 'river', marked: true },
      { text: ' port at Kestrel', marked: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(SNIPPET);
  });

  it('reads unsorted, overlapping and touching ranges as one mark each run', () => {
    expect(marked([[24, 29], [13, 19], [15, 23], [23, 24]])).toEqual(['reopen the river']);
  });

  it('ignores empty ranges and clips ranges past the end', () => {
    expect(marked([[5, 5], [38, 400]])).toEqual(['Kestrel']);
    expect(snippetParts(SNIPPET, [[5, 5]])).toEqual([{ text: SNIPPET, marked: false }]);
  });

  it('marks the whole snippet when the whole of it matched, and nothing of an empty one', () => {
    expect(snippetParts('Kestrel', [[0, 7]])).toEqual([{ text: 'Kestrel', marked: true }]);
    expect(snippetParts('', [[0, 3]])).toEqual([]);
  });
});
