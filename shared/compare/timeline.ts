import type { Annotation, Proposal, PublishedDate, SourceMeta, StatusEvent } from '../model';
import type { ProposalTimeline, TimelineEvent, TimelineReport } from './types';

/**
 * Oldest publication first; undated sources last, then by title. A month-precise date sorts
 * before the days of that month: all that is known is that it is no later than them.
 */
export function byPublication(a: Pick<SourceMeta, 'publishedAt' | 'title'>, b: Pick<SourceMeta, 'publishedAt' | 'title'>): number {
  return comparePublished(a.publishedAt, b.publishedAt) || a.title.localeCompare(b.title);
}

export function comparePublished(a: PublishedDate, b: PublishedDate): number {
  if (a && b) return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  return a ? -1 : b ? 1 : 0;
}

/**
 * Evidence that can still be shown: annotations that exist and are not orphaned (an
 * orphan's words are gone from the source's text, so it no longer says them there).
 */
export function placedEvidence(ids: readonly string[], annotations: ReadonlyMap<string, Annotation>): Annotation[] {
  return ids.flatMap((id) => {
    const annotation = annotations.get(id);
    return annotation && annotation.anchoring !== 'orphaned' ? [annotation] : [];
  });
}

/**
 * A proposal's status events by the day they happened (undated last, otherwise as recorded),
 * each with the sources whose evidence reports it, earliest publication first: the first
 * report is who reported it first.
 */
export function proposalTimeline(
  proposal: Proposal,
  sources: readonly SourceMeta[],
  annotations: readonly Annotation[],
): ProposalTimeline {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const events = byEventDate(proposal.statusEvents).map((event) => timelineEvent(event, byId, sourceById));
  const reporting = new Set(events.flatMap((e) => e.reports.map((r) => r.sourceId)));
  return {
    proposalId: proposal.id,
    title: proposal.title,
    events,
    sources: sources.filter((s) => reporting.has(s.id)).sort(byPublication),
  };
}

function timelineEvent(
  event: StatusEvent,
  annotations: ReadonlyMap<string, Annotation>,
  sources: ReadonlyMap<string, SourceMeta>,
): TimelineEvent {
  const reports: Array<TimelineReport & { title: string }> = [];
  for (const annotation of placedEvidence(event.evidence, annotations)) {
    const source = sources.get(annotation.sourceId);
    // One report per source: the chart asks which outlets reported it, not how often.
    if (!source || reports.some((r) => r.sourceId === source.id)) continue;
    reports.push({ sourceId: source.id, annotationId: annotation.id, publishedAt: source.publishedAt, title: source.title });
  }
  return {
    eventId: event.id,
    status: event.status,
    date: event.date,
    note: event.note,
    actorId: event.actorId,
    reports: reports.sort(byPublication).map(({ sourceId, annotationId, publishedAt }) => ({ sourceId, annotationId, publishedAt })),
  };
}

function byEventDate(events: readonly StatusEvent[]): StatusEvent[] {
  // Array.prototype.sort is stable, so same-day and undated events keep the recorded order.
  return [...events].sort((a, b) => (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0));
}
