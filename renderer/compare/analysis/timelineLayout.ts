import type { ProposalTimeline, TimelineEvent, TimelineReport } from '../../../shared/compare/types';
import { statusLabel } from '../../logic/timeline';
import { dotOffsets, firstReports, packLanes } from './timelineReports';
import { dayOf, publishedDay, timeScale, type TimeScale } from './timelineScale';

export const CHART = { width: 760, minWidth: 360, axis: 34, lane: 58, right: 20, gutter: 112, edge: 16 } as const;

export type PlacedReport = TimelineReport & { x: number | null; dy: number; approximate: boolean; first: boolean };
export type PlacedEvent = {
  event: TimelineEvent;
  index: number;
  /** Where the marker is: on the axis at its date, or in the undated lane's margin. */
  x: number;
  y: number;
  undated: boolean;
  label: { text: string; x: number; anchor: 'start' | 'end' };
  /** "first: Harbour Herald", under the first report's dot. */
  firstLabel: { text: string; x: number } | null;
  reports: PlacedReport[];
  /** From the leftmost to the rightmost thing drawn for the event, labels included. */
  extent: { start: number; end: number };
};
export type TimelineLayout = { scale: TimeScale | null; width: number; height: number; datedLanes: number; undatedTop: number | null; events: PlacedEvent[] };

// SVG text cannot be measured before it is drawn; an average glyph width keeps labels apart.
const textWidth = (text: string) => text.length * 6.4;

export type LayoutOptions = {
  sourceName: (sourceId: string) => string;
  formatDay: (isoDate: string) => string;
  /** The drawing's width in CSS pixels (the chart is drawn at the size shown, so text keeps its size). */
  width?: number;
  locale?: string;
};

/**
 * Where everything goes: one date axis across the top; dated events in lanes under it (an
 * event shares a lane with others only where its marker, dots and labels leave room, so
 * same-day events stack); undated events each in a row of their own below, marker in the
 * left margin, their reports still at their publication dates.
 */
export function layoutTimeline(timeline: ProposalTimeline, options: LayoutOptions): TimelineLayout {
  const undatedEvents = timeline.events.filter((e) => !e.date || dayOf(e.date) === null);
  const left = undatedEvents.length ? CHART.gutter : CHART.edge + 8;
  const width = Math.max(CHART.minWidth, Math.round(options.width ?? CHART.width));
  const right = width - CHART.right;
  const days = timeline.events.flatMap((e) => [e.date ? dayOf(e.date) : null, ...e.reports.map((r) => publishedDay(r.publishedAt))]).filter((d): d is number => d !== null);
  const scale = days.length ? timeScale(days, left, right, { locale: options.locale }) : null;

  const drafts = timeline.events.map((event, index) => {
    const day = event.date ? dayOf(event.date) : null;
    const undated = day === null || !scale;
    const x = undated ? CHART.edge + 6 : scale.x(day);
    const xs = event.reports.map((r) => (scale && publishedDay(r.publishedAt) !== null ? scale.x(publishedDay(r.publishedAt)!) : null));
    const offsets = dotOffsets(xs, { marker: x });
    const first = new Set(firstReports(event.reports).map((r) => r.annotationId));
    const reports = event.reports.map((r, i) => ({ ...r, x: xs[i] ?? null, dy: offsets[i] ?? 0, approximate: r.publishedAt?.precision === 'month', first: first.has(r.annotationId) }));
    const text = event.date ? `${capitalised(statusLabel(event.status))} · ${options.formatDay(event.date)}` : capitalised(statusLabel(event.status));
    const fits = undated || x + 10 + textWidth(text) <= right;
    const label = { text, x: fits ? x + 10 : x - 10, anchor: fits ? ('start' as const) : ('end' as const) };
    const firstPlaced = reports.filter((r) => r.first && r.x !== null);
    const firstText = firstPlaced.length ? `first: ${firstPlaced.map((r) => options.sourceName(r.sourceId)).join(', ')}` : null;
    const firstLabel = firstText ? { text: firstText, x: clamp(firstPlaced[0]!.x!, left + textWidth(firstText) / 2, right - textWidth(firstText) / 2) } : null;
    const spanXs = [x, ...reports.flatMap((r) => (r.x === null ? [] : [r.x]))];
    const labelSpan = label.anchor === 'start' ? [label.x, label.x + textWidth(text)] : [label.x - textWidth(text), label.x];
    const firstSpan = firstLabel && firstText ? [firstLabel.x - textWidth(firstText) / 2, firstLabel.x + textWidth(firstText) / 2] : [];
    const all = [...spanXs, ...labelSpan, ...firstSpan];
    return { event, index, x, undated, label, firstLabel, reports, extent: { start: Math.min(...all), end: Math.max(...all) } };
  });

  const dated = drafts.filter((d) => !d.undated);
  const lanes = packLanes(dated.map((d) => d.extent), 14);
  const datedLanes = dated.length ? Math.max(...lanes) + 1 : 0;
  const laneY = (lane: number) => CHART.axis + lane * CHART.lane + 30;
  const undatedTop = drafts.some((d) => d.undated) ? CHART.axis + datedLanes * CHART.lane + 10 : null;
  let undatedRow = 0;
  const events: PlacedEvent[] = drafts.map((draft) => {
    if (!draft.undated) return { ...draft, y: laneY(lanes[dated.indexOf(draft)] ?? 0) };
    return { ...draft, y: (undatedTop ?? 0) + 48 + undatedRow++ * CHART.lane };
  });
  const height = undatedTop === null ? CHART.axis + Math.max(1, datedLanes) * CHART.lane + 8 : undatedTop + 22 + undatedRow * CHART.lane;
  return { scale, width, height, datedLanes, undatedTop, events };
}

const clamp = (value: number, lo: number, hi: number) => (lo > hi ? value : Math.min(hi, Math.max(lo, value)));
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
