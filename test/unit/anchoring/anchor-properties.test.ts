import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, describeSpan } from '../../../shared/anchoring';
import { boundaries, text, textWithSpan } from './arbitraries';

describe('anchor, property-based', () => {
  it('finds a freshly described span exactly where it was', () => {
    fc.assert(
      fc.property(textWithSpan(), ({ text: s, start, end }) => {
        expect(anchor(s, describeSpan(s, start, end))).toEqual({ state: 'anchored', start, end });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the span on the same words after an insertion or deletion outside it', () => {
    const editKind = fc.constantFrom('insert-before', 'insert-after', 'delete-before', 'delete-after');
    fc.assert(
      fc.property(textWithSpan(), editKind, text(30), fc.nat(), fc.nat(), ({ text: s, start, end }, kind, inserted, p, q) => {
        const target = describeSpan(s, start, end);
        const before = boundaries(s).filter((o) => o <= start);
        const after = boundaries(s).filter((o) => o >= end);
        let edited: string;
        let shift = 0;
        if (kind === 'insert-before' || kind === 'insert-after') {
          const side = kind === 'insert-before' ? before : after;
          const at = side[p % side.length] as number;
          edited = s.slice(0, at) + inserted + s.slice(at);
          if (kind === 'insert-before') shift = inserted.length;
        } else {
          const side = kind === 'delete-before' ? before : after;
          const [a, b] = [side[p % side.length] as number, side[q % side.length] as number].sort((x, y) => x - y) as [number, number];
          edited = s.slice(0, a) + s.slice(b);
          if (kind === 'delete-before') shift = a - b;
        }
        const result = anchor(edited, target);
        expect(['anchored', 'moved']).toContain(result.state);
        if (result.state === 'orphaned') return;
        expect(edited.slice(result.start, result.end)).toBe(target.quote.exact);
        // Position comes first by design: an edit that recreates the quote at the old
        // offsets keeps it there.
        if (result.state === 'anchored' && result.start === start) return;
        // Same words, not just equal ones, whenever the text leaves no honest doubt: the
        // quote with the context that survived the edit occurs only once.
        const survivingContext = kind.endsWith('before') ? target.quote.exact + target.quote.suffix : target.quote.prefix + target.quote.exact;
        const unique = edited.indexOf(survivingContext) === edited.lastIndexOf(survivingContext);
        if (unique && survivingContext.length > target.quote.exact.length + 8) {
          expect(result.start).toBe(start + shift);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never returns a span that splits a surrogate pair, whatever the target', () => {
    fc.assert(
      fc.property(textWithSpan(60), text(60), ({ text: s, start, end }, other) => {
        const edited = other + s.slice(Math.floor((start + end) / 2));
        const result = anchor(edited, describeSpan(s, start, end));
        if (result.state === 'orphaned') return;
        const offsets = new Set(boundaries(edited));
        expect(offsets.has(result.start) && offsets.has(result.end)).toBe(true);
        expect(result.end).toBeGreaterThan(result.start);
      }),
      { numRuns: 300 },
    );
  });

  it('a quote that was the whole text is found at the text edge, not at a nearer copy with no context', () => {
    // Found by the property above: with both sides of the context empty, every occurrence
    // "agreed" on zero characters and the nearest one, touching neither edge, was kept.
    const result = anchor('aYaY', describeSpan('Y', 0, 1));
    expect(result).toEqual({ state: 'moved', start: 3, end: 4 });
  });
});
