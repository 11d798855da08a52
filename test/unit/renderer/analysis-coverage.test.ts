import { describe, expect, it } from 'vitest';
import { arrangeCoverage, columnLabels, isSingleSource, largestCount, shadeOf, shortSourceLabel } from '../../../renderer/compare/analysis/coverageMatrix';
import type { CoverageRow } from '../../../shared/compare/types';

const SOURCES = ['herald', 'times', 'radio'];

function row(name: string, counts: Record<string, number>, kind: CoverageRow['kind'] = 'entity'): CoverageRow {
  return { recordId: `id-${name}`, name, kind, counts, mentions: {} };
}

const ROWS = [
  row('Lisk Council', { herald: 1, times: 1, radio: 1 }),
  row('Tomas Reyvald', { herald: 4, times: 2, radio: 0 }),
  row('Harbour pause', { herald: 2, times: 0, radio: 0 }, 'proposal'),
  row('Barge crews', { herald: 0, times: 0, radio: 1 }),
  row('Only elsewhere', { other: 3 }),
];

describe('coverage matrix order', () => {
  it('puts the records most sources mention first, more mentions breaking ties', () => {
    expect(arrangeCoverage(ROWS, SOURCES, 'shared', 'all').map((r) => r.name)).toEqual(['Lisk Council', 'Tomas Reyvald', 'Harbour pause', 'Barge crews']);
  });

  it('puts the records only one source mentions first when asked for the most unique', () => {
    expect(arrangeCoverage(ROWS, SOURCES, 'unique', 'all').map((r) => r.name)).toEqual(['Harbour pause', 'Barge crews', 'Tomas Reyvald', 'Lisk Council']);
  });

  it('sorts by name regardless of case, and filters by kind', () => {
    expect(arrangeCoverage(ROWS, SOURCES, 'name', 'all').map((r) => r.name)).toEqual(['Barge crews', 'Harbour pause', 'Lisk Council', 'Tomas Reyvald']);
    expect(arrangeCoverage(ROWS, SOURCES, 'shared', 'proposal').map((r) => r.name)).toEqual(['Harbour pause']);
  });

  it('leaves out records none of the shown sources mention', () => {
    expect(arrangeCoverage(ROWS, SOURCES, 'name', 'all').some((r) => r.name === 'Only elsewhere')).toBe(false);
    expect(arrangeCoverage(ROWS, ['other'], 'name', 'all').map((r) => r.name)).toEqual(['Only elsewhere']);
  });

  it('flags a record one source alone mentions, but not when only one source is shown', () => {
    expect(isSingleSource(ROWS[2]!, SOURCES)).toBe(true);
    expect(isSingleSource(ROWS[1]!, SOURCES)).toBe(false);
    expect(isSingleSource(ROWS[2]!, ['herald'])).toBe(false);
  });
});

describe('coverage shades', () => {
  it('gives no mention no shade, any mention at least the lightest, the largest count the darkest', () => {
    expect(shadeOf(0, 40)).toBe(0);
    expect(shadeOf(1, 40)).toBe(1);
    expect(shadeOf(20, 40)).toBe(2);
    expect(shadeOf(21, 40)).toBe(3);
    expect(shadeOf(40, 40)).toBe(4);
    expect(shadeOf(1, 1)).toBe(4);
  });

  it('takes the largest count from the shown sources only', () => {
    expect(largestCount(ROWS, SOURCES)).toBe(4);
    expect(largestCount(ROWS, ['radio'])).toBe(1);
    expect(largestCount([], SOURCES)).toBe(0);
  });
});

describe('coverage column headings', () => {
  it('names a column by its outlet, else by its title cut short', () => {
    expect(shortSourceLabel({ title: 'Mediators float a harbour pause for Port Ostrel', outlet: 'Harbour Herald' })).toBe('Harbour Herald');
    expect(shortSourceLabel({ title: 'Mediators float a harbour pause for Port Ostrel', outlet: '' })).toBe('Mediators float a har…');
  });

  it('tells apart two stories from the same outlet by their titles', () => {
    const labels = columnLabels([
      { id: 'a', title: 'Pause floated', outlet: 'Harbour Herald' },
      { id: 'b', title: 'Pause rejected', outlet: 'Harbour Herald' },
      { id: 'c', title: 'Talks resume', outlet: 'Coast Times' },
    ]);
    expect(labels).toEqual({ a: 'Pause floated', b: 'Pause rejected', c: 'Coast Times' });
  });
});
