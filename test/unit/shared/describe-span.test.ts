import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeSpan, SpanError } from '../../../shared/anchoring/describe';

describe('describeSpan', () => {
  const text = 'The envoy met Haddad in Doha on Sunday; Haddad later denied any meeting took place at all.';

  it('quotes the span with up to 32 characters of context each side', () => {
    const start = text.indexOf('Haddad later');
    const target = describeSpan(text, start, start + 6);
    expect(target.quote.exact).toBe('Haddad');
    expect(target.quote.prefix).toBe(text.slice(start - CONTEXT_LENGTH, start));
    expect(target.quote.prefix).toHaveLength(32);
    expect(target.quote.suffix).toBe(text.slice(start + 6, start + 6 + 32));
    expect(target.position).toEqual({ start, end: start + 6 });
  });

  it('gives shorter context at the edges of the text', () => {
    expect(describeSpan('Doha.', 0, 4).quote).toEqual({ exact: 'Doha', prefix: '', suffix: '.' });
    expect(describeSpan('Doha.', 4, 5).quote).toEqual({ exact: '.', prefix: 'Doha', suffix: '' });
  });

  it('refuses spans outside the text, empty or reversed', () => {
    for (const [start, end] of [
      [-1, 2],
      [0, text.length + 1],
      [5, 5],
      [6, 5],
      [1.5, 3],
    ] as const) {
      expect(() => describeSpan(text, start, end)).toThrow(SpanError);
    }
  });

  it('refuses spans that split an astral character, and keeps context whole', () => {
    const doves = '🕊'.repeat(20) + 'peace' + '🕊'.repeat(20);
    expect(() => describeSpan(doves, 1, 4)).toThrow(/splits a character/);
    const start = doves.indexOf('peace');
    const { quote } = describeSpan(doves, start, start + 5);
    // 32 UTF-16 units would be exactly 16 doves; context never starts or ends mid-pair.
    expect(quote.prefix).toBe('🕊'.repeat(16));
    expect(quote.suffix).toBe('🕊'.repeat(16));
    const odd = 'x' + doves;
    const shifted = describeSpan(odd, start + 1, start + 6).quote;
    expect(shifted.prefix.length).toBeLessThanOrEqual(32);
    expect(shifted.prefix).not.toMatch(/^[\uDC00-\uDFFF]/);
  });
});
