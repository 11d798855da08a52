import { describe, expect, it } from 'vitest';
import { termsTable } from '../../../shared/compare/terms';
import { annotation, day, id, proposal, source } from './records';

// Imported out of date order, and one without a date: columns must still run oldest first.
const times = source(id(0xb), 'Pause agreed, officials say', 'Coast Times', day('2031-03-05'));
const wire = source(id(0xc), 'Wire: pause details', '', null);
const herald = source(id(0xa), 'Mediators float pause', 'Harbour Herald', day('2031-03-04'));
const sources = [times, wire, herald];

const annotations = [
  annotation(id(1), herald.id, 'a 48-hour pause in fighting'),
  annotation(id(2), times.id, 'a pause of three days'),
  annotation(id(3), wire.id, 'pause for forty-eight hours'),
  annotation(id(4), herald.id, 'the release of 200 prisoners'),
  annotation(id(5), times.id, 'two hundred prisoners would be freed'),
  annotation(id(6), herald.id, 'monitors at the northern corridor'),
  annotation(id(7), times.id, 'international monitors on the corridor'),
  annotation(id(8), wire.id, 'an old wording since lost', [], 'orphaned'),
];

const pause = proposal(id(0xd1), 'Tessalian proposal: pause', {
  terms: [
    { id: id(0x71), label: 'duration', value: '48 hours', evidence: [id(1), id(2), id(3)] },
    { id: id(0x72), label: 'prisoners released', value: '200', evidence: [id(4), id(5)] },
    { id: id(0x73), label: 'monitoring', value: 'corridor monitors', evidence: [id(6), id(7), id(8)] },
  ],
});

const table = termsTable({ proposal: pause, sources, annotations });
const row = (label: string) => table.rows.find((r) => r.label === label)!;

describe('termsTable', () => {
  it('has a column per source with evidence, oldest publication first and the undated last', () => {
    expect(table.sources.map((s) => s.id)).toEqual([herald.id, times.id, wire.id]);
    expect(table.rows.map((r) => r.label)).toEqual(['duration', 'prisoners released', 'monitoring']);
  });

  it('flags the wordings whose duration disagrees, and says how each source puts it', () => {
    const duration = row('duration');
    expect(duration.cells[herald.id]).toEqual([
      { annotationId: id(1), quote: 'a 48-hour pause in fighting', figures: ['48 hours'], differs: true },
    ]);
    expect(duration.cells[times.id]).toEqual([{ annotationId: id(2), quote: 'a pause of three days', figures: ['72 hours'], differs: true }]);
    expect(duration.cells[wire.id]![0]).toMatchObject({ figures: ['48 hours'], differs: true });
    expect(duration.disagreement).toBe('Harbour Herald: 48 hours; Coast Times: 72 hours; “Wire: pause details”: 48 hours');
  });

  it('does not flag the same number worded differently', () => {
    const prisoners = row('prisoners released');
    expect(prisoners.cells[herald.id]![0]).toMatchObject({ figures: ['200 prisoners'], differs: false });
    expect(prisoners.cells[times.id]![0]).toMatchObject({ figures: ['200 prisoners'], differs: false });
    expect(prisoners.cells[wire.id]).toEqual([]);
    expect(prisoners.disagreement).toBeNull();
  });

  it('leaves wordings without figures unflagged and skips orphaned evidence', () => {
    const monitoring = row('monitoring');
    expect(monitoring.cells[herald.id]![0]).toMatchObject({ figures: [], differs: false });
    expect(monitoring.cells[wire.id]).toEqual([]);
    expect(monitoring.disagreement).toBeNull();
  });

  it('flags a disagreeing count of prisoners and not the agreeing duration in the same row', () => {
    const exchange = proposal(id(0xd2), 'Exchange', {
      terms: [{ id: id(0x74), label: 'exchange', value: '', evidence: [id(11), id(12)] }],
    });
    const quotes = [
      annotation(id(11), herald.id, 'within 48 hours, 200 prisoners for 30 hostages'),
      annotation(id(12), times.id, 'within two days, 250 prisoners for thirty hostages'),
    ];
    const [exchangeRow] = termsTable({ proposal: exchange, sources, annotations: quotes }).rows;
    expect(exchangeRow!.cells[herald.id]![0]!.differs).toBe(true);
    expect(exchangeRow!.disagreement).toBe('Harbour Herald: 200 prisoners; Coast Times: 250 prisoners');
  });

  it('shows only the sources asked for, still by date', () => {
    const two = termsTable({ proposal: pause, sources, annotations, sourceIds: [wire.id, times.id] });
    expect(two.sources.map((s) => s.id)).toEqual([times.id, wire.id]);
    expect(Object.keys(two.rows[0]!.cells)).toEqual([times.id, wire.id]);
    expect(two.rows[0]!.disagreement).toBe('Coast Times: 72 hours; “Wire: pause details”: 48 hours');
  });
});
