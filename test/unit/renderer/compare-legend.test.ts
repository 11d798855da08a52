import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../../shared/compare';
import type { RecordLink } from '../../../shared/model';
import { chooseRange, choiceProblem, toggleChosen } from '../../../renderer/compare/compareChoice';
import { describeLegendRow, legendRows, recordForClick } from '../../../renderer/compare/legend';

const row = (recordId: string, name: string, counts: Record<string, number>, kind: CoverageRow['kind'] = 'entity'): CoverageRow => ({
  recordId, name, kind, counts, mentions: {},
});

describe('legendRows', () => {
  const columns = ['herald', 'times', 'post'];

  it('puts records most sources mention first, then the most mentioned, then by name', () => {
    const rows = legendRows(
      [
        row('solo', 'Harbour authority', { herald: 5 }),
        row('pause', 'Ostrel harbour pause', { herald: 1, times: 1 }, 'proposal'),
        row('reyvald', 'Tomas Reyvald', { herald: 2, times: 1, post: 1 }),
        row('aldren', 'Aldren League', { herald: 1, times: 1 }),
        row('mira', 'Mira Castell', { times: 2, post: 1 }),
      ],
      columns,
    );
    expect(rows.map((r) => r.name)).toEqual(['Tomas Reyvald', 'Mira Castell', 'Aldren League', 'Ostrel harbour pause', 'Harbour authority']);
  });

  it('counts per column in column order, zero where a source does not mention the record', () => {
    const [reyvald] = legendRows([row('reyvald', 'Tomas Reyvald', { post: 1, herald: 2 })], columns);
    expect(reyvald).toMatchObject({ counts: [2, 0, 1], total: 3, columns: 2 });
  });

  it('leaves out a record none of the compared sources mention', () => {
    expect(legendRows([row('elsewhere', 'Vessa Lund', { other: 3 })], columns)).toEqual([]);
  });
});

describe('describeLegendRow', () => {
  it('reads as a sentence, naming the unit once', () => {
    expect(describeLegendRow({ name: 'Tomas Reyvald', counts: [0, 2, 1] }, ['Harbour Herald', 'Coast Times', 'Daily Post'])).toBe(
      'Tomas Reyvald: none in Harbour Herald, 2 mentions in Coast Times, 1 in Daily Post',
    );
    expect(describeLegendRow({ name: 'Aldren League', counts: [1] }, ['Harbour Herald'])).toBe('Aldren League: 1 mention in Harbour Herald');
  });
});

describe('recordForClick', () => {
  const link = (recordId: string): RecordLink => ({ kind: 'entity', recordId, role: 'mention' });

  it('selects the record a clicked highlight links to', () => {
    expect(recordForClick([{ links: [link('reyvald')] }], null)).toBe('reyvald');
    expect(recordForClick([{ links: [link('reyvald')] }], 'reyvald')).toBe('reyvald');
  });

  it('steps to the next record on each click where a stretch links to several', () => {
    const covering = [{ links: [link('reyvald'), link('pause')] }, { links: [link('aldren'), link('pause')] }];
    expect(recordForClick(covering, null)).toBe('reyvald');
    expect(recordForClick(covering, 'reyvald')).toBe('pause');
    expect(recordForClick(covering, 'pause')).toBe('aldren');
    expect(recordForClick(covering, 'aldren')).toBe('reyvald');
  });

  it('selects nothing for a comment without links', () => {
    expect(recordForClick([{ links: [] }], 'reyvald')).toBeNull();
  });
});

describe('choosing sources to compare', () => {
  const listed = ['s1', 's2', 's3', 's4', 's5'];

  it('ticks and unticks, keeping the order ticked as the column order', () => {
    expect(toggleChosen(toggleChosen(['s3'], 's1'), 's3')).toEqual(['s1']);
    expect(toggleChosen(['s3'], 's1')).toEqual(['s3', 's1']);
  });

  it('takes in every listed source between the last ticked and a shift-clicked one', () => {
    expect(chooseRange(['s2'], listed, 's4')).toEqual(['s2', 's3', 's4']);
    expect(chooseRange(['s5', 's4'], listed, 's2')).toEqual(['s5', 's4', 's3', 's2']);
    expect(chooseRange([], listed, 's3')).toEqual(['s3']);
  });

  it('says when there are too few or too many to compare', () => {
    expect(choiceProblem(1)).toBe('Choose at least two sources to compare.');
    expect(choiceProblem(2)).toBeNull();
    expect(choiceProblem(4)).toBeNull();
    expect(choiceProblem(5)).toBe('Up to four sources fit side by side; untick 1 source.');
    expect(choiceProblem(6)).toBe('Up to four sources fit side by side; untick 2 sources.');
  });
});
