import type { StatusEvent } from '../../shared/model';

/**
 * A proposal's status events as a timeline: dated events by date, then undated ones in the
 * order they were recorded. Events on the same day keep their recorded order too, because
 * the researcher usually enters a day's steps in the order they happened.
 */
export function orderTimeline<E extends Pick<StatusEvent, 'date'>>(events: readonly E[]): E[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => {
      if (a.event.date && b.event.date) return a.event.date.localeCompare(b.event.date) || a.index - b.index;
      if (a.event.date) return -1;
      if (b.event.date) return 1;
      return a.index - b.index;
    })
    .map((x) => x.event);
}

/**
 * Where a proposal stands: its latest dated event. An undated event cannot be placed after a
 * dated one, so it only speaks when nothing is dated (then the last one recorded).
 */
export function currentStatus<E extends Pick<StatusEvent, 'date'>>(events: readonly E[]): E | null {
  const ordered = orderTimeline(events);
  const dated = ordered.filter((e) => e.date);
  return dated.at(-1) ?? ordered.at(-1) ?? null;
}

/** "under-negotiation" reads as "under negotiation". */
export const statusLabel = (status: string): string => status.replaceAll('-', ' ');
