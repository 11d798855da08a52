import type { ProposalTimeline, TimelineEvent, TimelineReport } from '../../../shared/compare/types';
import type { SourceMeta } from '../../../shared/model';
import { formatPublished, formatPublishedShort } from '../../logic/dates';
import { statusLabel } from '../../logic/timeline';
import { shortSourceLabel } from './coverageMatrix';
import { firstReports } from './timelineReports';

export type SourceNames = { short: (sourceId: string) => string; full: (sourceId: string) => string };

/** Chart labels use the outlet (short); details and the data table the title and outlet. */
export function sourceNames(sources: readonly SourceMeta[]): SourceNames {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return {
    short: (id) => {
      const source = byId.get(id);
      return source ? shortSourceLabel(source, 18) : 'Deleted source';
    },
    full: (id) => {
      const source = byId.get(id);
      return source ? [source.title, source.outlet.trim()].filter(Boolean).join(' — ') : 'Deleted source';
    },
  };
}

export const shortDay = (isoDate: string, locale?: string) => formatPublishedShort({ precision: 'day', date: isoDate }, locale);
export const longDay = (isoDate: string | null, locale?: string) => (isoDate ? formatPublished({ precision: 'day', date: isoDate }, locale) : 'Date unknown');

export const eventTitle = (event: TimelineEvent, locale?: string): string => {
  const status = statusLabel(event.status);
  return `${status.charAt(0).toUpperCase()}${status.slice(1)} · ${longDay(event.date, locale)}`;
};

/** "Harbour Herald, 4 March 2031" (with ", first" for who reported it first). */
export function reportLine(report: TimelineReport, first: boolean, names: SourceNames, locale?: string): string {
  return `${names.full(report.sourceId)}, ${report.publishedAt ? formatPublished(report.publishedAt, locale) : 'publication date unknown'}${first ? ', first' : ''}`;
}

/** What the chart says in one breath, for its accessible name. */
export function summariseTimeline(timeline: ProposalTimeline, names: SourceNames, locale?: string): string {
  const count = timeline.events.length;
  const dates = timeline.events.flatMap((e) => (e.date ? [e.date] : [])).sort();
  const span = dates.length === 0 ? 'none dated' : dates[0] === dates.at(-1) ? `on ${longDay(dates[0]!, locale)}` : `from ${longDay(dates[0]!, locale)} to ${longDay(dates.at(-1)!, locale)}`;
  const firsts = timeline.events.flatMap((e) => {
    const first = firstReports(e.reports);
    return first.length ? [`${statusLabel(e.status)} first reported by ${first.map((r) => names.short(r.sourceId)).join(' and ')}`] : [];
  });
  const head = `Timeline of ${timeline.title}: ${count} status ${count === 1 ? 'event' : 'events'}, ${span}.`;
  return firsts.length ? `${head} ${firsts.join('; ')}.` : head;
}
