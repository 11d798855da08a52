import type { TimelineReport } from '../../../shared/compare/types';
import { publishedDay } from './timelineScale';

/**
 * Who reported an event first: the reports published on the earliest known day (several
 * when outlets ran it the same day). Undated reports cannot claim it; with none dated, nobody
 * is first. A source that reported the event in two passages counts once.
 */
export function firstReports<R extends TimelineReport>(reports: readonly R[]): R[] {
  const dated = reports.filter((r) => publishedDay(r.publishedAt) !== null);
  if (dated.length === 0) return [];
  const earliest = Math.min(...dated.map((r) => publishedDay(r.publishedAt)!));
  const first = dated.filter((r) => publishedDay(r.publishedAt) === earliest);
  return first.filter((r, i) => first.findIndex((other) => other.sourceId === r.sourceId) === i);
}

/**
 * Vertical offsets for dots that would cover each other or the event's marker (a report
 * published the day after the event sits right beside it): 0 on the line, then alternately
 * below and above it, `spacing` apart. Anything within `near` pixels counts as the same spot.
 */
export function dotOffsets(xs: readonly (number | null)[], options: { marker?: number; spacing?: number; near?: number } = {}): number[] {
  const { marker, spacing = 8, near = 8 } = options;
  const placed: number[] = marker === undefined ? [] : [marker];
  return xs.map((x) => {
    if (x === null) return 0;
    const n = placed.filter((other) => Math.abs(other - x) < near).length;
    placed.push(x);
    return n === 0 ? 0 : (n % 2 === 1 ? 1 : -1) * Math.ceil(n / 2) * spacing;
  });
}

/**
 * Lays out horizontal extents in as few lanes as possible, each in the first lane where it
 * no longer overlaps the last one placed (earliest start first). Events on the same day
 * always overlap, so they end up stacked in lanes one above the other.
 * Returns each extent's lane, in the order given.
 */
export function packLanes(extents: readonly { start: number; end: number }[], gap = 0): number[] {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.start - extents[b]!.start || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(extents.length).fill(0);
  for (const i of order) {
    const { start, end } = extents[i]!;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + gap <= start);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    lanes[i] = lane;
  }
  return lanes;
}
