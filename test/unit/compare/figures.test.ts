import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../shared/compare/figures';

const shown = (quote: string) => readFigures(quote).map((f) => f.text);

describe('readFigures', () => {
  it('reads digits with thousands separators, decimals and scale words', () => {
    expect(shown('Israel would release 1,200 prisoners')).toEqual(['1200 prisoners']);
    expect(shown('aid worth 2,500,000 dollars')).toEqual(['2500000 dollars']);
    expect(shown('1.5 million people')).toEqual(['1500000 people']);
    expect(shown('release 1,200')).toEqual(['1200']);
  });

  it('reads number words: compounds, hundreds, a dozen', () => {
    expect(shown('forty-eight hours')).toEqual(['48 hours']);
    expect(shown('two hundred and fifty detainees')).toEqual(['250 detainees']);
    expect(shown('a dozen trucks')).toEqual(['12 trucks']);
    expect(shown('twelve hundred prisoners')).toEqual(['1200 prisoners']);
    expect(shown('three of the hostages')).toEqual(['3 hostages']);
  });

  it('reads hours, days and weeks as hours, so differently worded equal durations agree', () => {
    const durations = ['a 48-hour pause', 'pause fighting for forty-eight hours', 'a two-day truce', 'for 2 days'];
    for (const quote of durations) expect(readFigures(quote)).toEqual([expect.objectContaining({ kind: 'duration', low: 48, high: 48, text: '48 hours' })]);
    expect(shown('a week-long ceasefire')).toEqual(['168 hours']);
    expect(shown('an hour')).toEqual(['1 hour']);
  });

  it('keeps months and years in their own unit but compares them in months', () => {
    const [year] = readFigures('a one-year truce');
    const [months] = readFigures('a 12-month truce');
    expect(year).toMatchObject({ kind: 'long-duration', text: '1 year', low: 12 });
    expect(months).toMatchObject({ kind: 'long-duration', text: '12 months', low: 12 });
  });

  it('reads percentages however they are written', () => {
    expect(shown('30% of the aid')).toEqual(['30%']);
    expect(shown('thirty per cent')).toEqual(['30%']);
    expect(shown('12.5 percent')).toEqual(['12.5%']);
  });

  it('reads ranges: "48 to 72 hours", "48-72 hours", "between two and three days", "two or three days"', () => {
    for (const quote of ['48 to 72 hours', '48-72 hours', 'between two and three days', 'two or three days']) {
      expect(readFigures(quote)).toEqual([{ kind: 'duration', low: 48, high: 72, text: '48 to 72 hours' }]);
    }
    expect(shown('200 to 250 prisoners')).toEqual(['200 to 250 prisoners']);
  });

  it('names what is counted past modifiers and proper adjectives, as one kind however many', () => {
    const [many, one] = [readFigures('200 Palestinian prisoners')[0], readFigures('250 more prisoners')[0]];
    expect(many).toMatchObject({ kind: 'count:prisoner', text: '200 prisoners' });
    expect(one).toMatchObject({ kind: 'count:prisoner', text: '250 prisoners' });
    expect(shown('exchange 30 hostages for 200 prisoners')).toEqual(['30 hostages', '200 prisoners']);
    expect(readFigures('up to 200 were freed')[0]).toMatchObject({ kind: 'number', text: '200' });
  });

  it('does not read dates, times, ordinals, frequencies or a lone "one" as amounts', () => {
    for (const quote of ['on 12 March 2024', '12 to 14 March', 'since 2019', 'by March 3', 'at 10:30 on the 3rd day', 'twice a day', 'one of the conditions', 'no one objected']) {
      expect(shown(quote)).toEqual([]);
    }
    expect(shown('up to 200 may be freed')).toEqual(['200']);
  });
});
