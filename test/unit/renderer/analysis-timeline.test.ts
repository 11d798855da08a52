import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../renderer/compare/analysis/timelineLayout';
import { dotOffsets, firstReports, packLanes } from '../../../renderer/compare/analysis/timelineReports';
import { dayOf, isoDay, labelsThatFit, tickDays, timeScale } from '../../../renderer/compare/analysis/timelineScale';
import type { ProposalTimeline, TimelineEvent, TimelineReport } from '../../../shared/compare/types';

const day = (iso: string) => dayOf(iso)!;
const isoTicks = (from: string, to: string, unit: Parameters<typeof tickDays>[2], step = 1) => tickDays(day(from), day(to), unit, step).map(isoDay);

function report(sourceId: string, published: string | null): TimelineReport {
  const publishedAt = published === null ? null : published.length === 7 ? { precision: 'month' as const, date: published } : { precision: 'day' as const, date: published };
  return { sourceId, annotationId: `${sourceId}-${published}`, publishedAt };
}

function event(eventId: string, date: string | null, reports: TimelineReport[] = [], status: TimelineEvent['status'] = 'floated'): TimelineEvent {
  return { eventId, status, date, note: '', actorId: null, reports };
}

const timeline = (events: TimelineEvent[]): ProposalTimeline => ({ proposalId: 'p', title: 'Harbour pause', events, sources: [] });
const options = { sourceName: (id: string) => id, formatDay: (iso: string) => iso, locale: 'en-GB' };

describe('timeline axis', () => {
  it('counts calendar days in UTC, a month-only date on the first of the month', () => {
    expect(day('1970-01-02')).toBe(1);
    expect(day('2031-03-01')).toBe(day('2031-03'));
    expect(isoDay(day('2031-02-28') + 1)).toBe('2031-03-01');
    expect(dayOf('4 March')).toBeNull();
  });

  it('puts week ticks on Mondays and month ticks on the first, every third month on Jan/Apr/Jul/Oct', () => {
    expect(isoTicks('2031-03-01', '2031-03-20', 'week')).toEqual(['2031-03-03', '2031-03-10', '2031-03-17']);
    expect(isoTicks('2031-01-15', '2031-04-02', 'month')).toEqual(['2031-02-01', '2031-03-01', '2031-04-01']);
    expect(isoTicks('2030-11-20', '2031-08-01', 'month', 3)).toEqual(['2031-01-01', '2031-04-01', '2031-07-01']);
    expect(isoTicks('2028-06-01', '2041-01-01', 'year', 5)).toEqual(['2030-01-01', '2035-01-01', '2040-01-01']);
  });

  it('ticks by day over a few days, by week over weeks, by month over a year, by year over decades', () => {
    expect(timeScale([day('2031-03-04'), day('2031-03-07')], 0, 700).unit).toBe('day');
    expect(timeScale([day('2031-03-01'), day('2031-05-10')], 0, 700).unit).toBe('week');
    expect(timeScale([day('2031-01-10'), day('2031-12-20')], 0, 700).unit).toBe('month');
    expect(timeScale([day('2001-01-10'), day('2031-12-20')], 0, 700).unit).toBe('year');
  });

  it('keeps ticks at least the asked gap apart, and every tick on the axis', () => {
    const scale = timeScale([day('2031-01-10'), day('2031-12-20')], 100, 700, { minGap: 80 });
    const xs = scale.ticks.map((t) => scale.x(t.day));
    xs.slice(1).forEach((x, i) => expect(x - xs[i]!).toBeGreaterThanOrEqual(80 * 0.9));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...xs)).toBeLessThanOrEqual(700);
  });

  it('says the year on the first tick and where a year starts, not on every tick', () => {
    const scale = timeScale([day('2031-10-01'), day('2032-03-01')], 0, 700, { locale: 'en-GB' });
    expect(scale.unit).toBe('month');
    expect(scale.ticks.map((t) => t.label)).toEqual(['Oct 2031', 'Nov', 'Dec', 'Jan 2032', 'Feb', 'Mar']);
  });

  it('gives a lone date a week around it, centred', () => {
    const scale = timeScale([day('2031-03-04')], 0, 600);
    expect(scale.to - scale.from).toBe(6);
    expect(scale.x(day('2031-03-04'))).toBe(300);
  });
});

describe('who reported it first', () => {
  it('is the earliest publication, shared by outlets that ran it the same day, each source once', () => {
    const reports = [report('times', '2031-03-06'), report('herald', '2031-03-04'), report('radio', '2031-03-04'), { ...report('herald', '2031-03-04'), annotationId: 'again' }];
    expect(firstReports(reports).map((r) => r.sourceId)).toEqual(['herald', 'radio']);
  });

  it('cannot be an undated report, and is nobody when no report has a date', () => {
    expect(firstReports([report('undated', null), report('times', '2031-03-06')]).map((r) => r.sourceId)).toEqual(['times']);
    expect(firstReports([report('undated', null)])).toEqual([]);
  });
});

describe('timeline lanes', () => {
  it('packs extents into the fewest lanes, overlapping ones stacked', () => {
    expect(packLanes([{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 5, end: 25 }])).toEqual([0, 0, 1]);
    expect(packLanes([{ start: 0, end: 10 }, { start: 12, end: 20 }], 5)).toEqual([0, 1]);
  });

  it('stacks dots that fall on the same spot, alternately below and above', () => {
    expect(dotOffsets([100, 100, 200, 103, null], { spacing: 6 })).toEqual([0, 6, 0, -6, 0]);
  });

  it('moves a dot off the event’s marker when the report came out right after the event', () => {
    expect(dotOffsets([52, 300], { marker: 50 })).toEqual([8, 0]);
  });

  it('stacks events of the same day in lanes of their own, and puts undated events below them', () => {
    const layout = layoutTimeline(
      timeline([
        event('floated', '2031-03-04', [report('herald', '2031-03-04'), report('times', '2031-03-05')]),
        event('rejected', '2031-03-04', [], 'rejected'),
        event('collapsed', null, [report('radio', '2031-03-09')], 'collapsed'),
      ]),
      options,
    );
    const [floated, rejected, collapsed] = layout.events;
    expect(layout.datedLanes).toBe(2);
    expect(floated!.x).toBe(rejected!.x);
    expect(floated!.y).not.toBe(rejected!.y);
    expect(collapsed!.undated).toBe(true);
    expect(collapsed!.y).toBeGreaterThan(Math.max(floated!.y, rejected!.y));
    expect(layout.undatedTop).not.toBeNull();
    expect(collapsed!.reports[0]!.x).toBe(layout.scale!.x(day('2031-03-09')));
  });

  it('labels the first reporter under its dot and keeps far-apart events in one lane', () => {
    const layout = layoutTimeline(
      timeline([event('floated', '2031-01-04', [report('herald', '2031-01-05'), report('times', '2031-01-04')]), event('accepted', '2031-12-20', [report('radio', '2031-12-21')], 'accepted')]),
      options,
    );
    expect(layout.datedLanes).toBe(1);
    expect(layout.events[0]!.firstLabel?.text).toBe('first: times');
    expect(layout.events[0]!.reports.map((r) => r.first)).toEqual([false, true]);
    // The last event's label would run off the right edge, so it sits to the left of its marker.
    expect(layout.events[1]!.label.anchor).toBe('end');
  });

  it('draws no axis when nothing has a date', () => {
    const layout = layoutTimeline(timeline([event('floated', null, [report('herald', null)])]), options);
    expect(layout.scale).toBeNull();
    expect(layout.events[0]!.undated).toBe(true);
    expect(layout.events[0]!.reports[0]!.x).toBeNull();
  });
});

describe('tick labels on the date axis', () => {
  it('leaves out a label that would run into the one before it, and keeps the rest', () => {
    const shown = labelsThatFit([
      { x: 25, label: 'Apr 13, 2031', anchor: 'start' },
      { x: 110, label: 'Apr 14', anchor: 'middle' },
      { x: 196, label: 'Apr 15', anchor: 'middle' },
      { x: 282, label: 'Apr 16', anchor: 'middle' },
    ]);
    expect(shown).toEqual([true, false, true, true]);
  });
});

