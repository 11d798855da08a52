import { describe, expect, it } from 'vitest';
import { byPublication, proposalTimeline } from '../../../shared/compare/timeline';
import { annotation, day, id, proposal, source } from './records';

const herald = source(id(0xa), 'Mediators float pause', 'Harbour Herald', day('2031-03-04'));
const times = source(id(0xb), 'Pause agreed', 'Coast Times', day('2031-03-06'));
const monthly = source(id(0xc), 'March in review', 'Monthly Digest', { precision: 'month', date: '2031-03' });
const radio = source(id(0xd), 'Radio transcript', 'Radio Selva', null);
const unused = source(id(0xe), 'Unrelated', 'Elsewhere', day('2031-01-01'));
const sources = [times, radio, herald, monthly, unused];

const annotations = [
  annotation(id(1), times.id, 'the pause was accepted'),
  annotation(id(2), herald.id, 'accepted the pause'),
  annotation(id(3), radio.id, 'agreed to the pause'),
  annotation(id(4), herald.id, 'mediators floated a pause'),
  annotation(id(5), times.id, 'talks collapsed'),
  annotation(id(6), herald.id, 'Haddad accepted'),
  annotation(id(7), monthly.id, 'an orphaned line', [], 'orphaned'),
];

const pause = proposal(id(0xd1), 'Tessalian proposal: 48-hour pause', {
  statusEvents: [
    { id: id(0x31), date: '2031-03-05', status: 'accepted', actorId: null, note: 'by both sides', evidence: [id(1), id(3), id(2), id(6)] },
    { id: id(0x32), date: null, status: 'collapsed', actorId: null, note: '', evidence: [id(5)] },
    { id: id(0x33), date: '2031-03-03', status: 'floated', actorId: null, note: '', evidence: [id(4), id(7), id(0x99)] },
  ],
});

const timeline = proposalTimeline(pause, sources, annotations);

describe('proposalTimeline', () => {
  it('orders status events by date, undated last', () => {
    expect(timeline.events.map((e) => [e.status, e.date])).toEqual([
      ['floated', '2031-03-03'],
      ['accepted', '2031-03-05'],
      ['collapsed', null],
    ]);
    expect(timeline).toMatchObject({ proposalId: pause.id, title: pause.title });
  });

  it('lists who reported each event, earliest publication first, once per source', () => {
    const accepted = timeline.events[1]!;
    expect(accepted.reports).toEqual([
      { sourceId: herald.id, annotationId: id(2), publishedAt: herald.publishedAt },
      { sourceId: times.id, annotationId: id(1), publishedAt: times.publishedAt },
      { sourceId: radio.id, annotationId: id(3), publishedAt: null },
    ]);
    expect(accepted.note).toBe('by both sides');
  });

  it('skips orphaned and missing evidence', () => {
    expect(timeline.events[0]!.reports.map((r) => r.sourceId)).toEqual([herald.id]);
  });

  it('lists the reporting sources by publication, leaving out sources that report nothing', () => {
    expect(timeline.sources.map((s) => s.outlet)).toEqual(['Harbour Herald', 'Coast Times', 'Radio Selva']);
  });

  it('puts a month-precise source before the days of its month and undated ones last', () => {
    expect([radio, times, monthly, herald].sort(byPublication).map((s) => s.outlet)).toEqual([
      'Monthly Digest',
      'Harbour Herald',
      'Coast Times',
      'Radio Selva',
    ]);
  });
});
