import type { PublishedDate } from '../../../shared/model';

/**
 * Dates on the chart are calendar days, counted from 1970-01-01 in UTC: a day is a day
 * wherever the reader sits, and day arithmetic stays integer.
 */
const DAY_MS = 86_400_000;

export function dayOf(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(isoDate);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? '1')) / DAY_MS;
}

/** A publication known only to the month is placed on the month's first day (and drawn hollow). */
export function publishedDay(published: PublishedDate): number | null {
  return published ? dayOf(published.date) : null;
}

const dateOfDay = (day: number) => new Date(day * DAY_MS);

export type TickUnit = 'day' | 'week' | 'month' | 'year';
export type Tick = { day: number; label: string };
export type TimeScale = { from: number; to: number; unit: TickUnit; step: number; ticks: Tick[]; x: (day: number) => number };

// Finest first: the first spacing whose ticks fit the width is used.
const SPACINGS: ReadonlyArray<{ unit: TickUnit; step: number }> = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'week', step: 1 },
  { unit: 'week', step: 2 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 3 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 25 },
];

/** The days from `from` to `to` (inclusive) on which a tick of this spacing falls. */
export function tickDays(from: number, to: number, unit: TickUnit, step: number): number[] {
  const days: number[] = [];
  if (unit === 'day') {
    for (let day = from; day <= to; day += step) days.push(day);
    return days;
  }
  if (unit === 'week') {
    // Weeks start on Monday; 1970-01-01 was a Thursday, so week w's Monday is day 4 + 7w.
    const firstWeek = Math.ceil(Math.ceil((from - 4) / 7) / step) * step;
    for (let day = 4 + 7 * firstWeek; day <= to; day += 7 * step) days.push(day);
    return days;
  }
  // Months are counted from year 0 so that every third month is Jan, Apr, Jul, Oct.
  const months = unit === 'month' ? step : 12 * step;
  const start = dateOfDay(from);
  const startsMonth = start.getUTCDate() === 1;
  const firstMonth = start.getUTCFullYear() * 12 + start.getUTCMonth() + (startsMonth ? 0 : 1);
  for (let index = Math.ceil(firstMonth / months) * months; ; index += months) {
    const day = Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY_MS;
    if (day > to) return days;
    days.push(day);
  }
}

export function isoDay(day: number): string {
  return dateOfDay(day).toISOString().slice(0, 10);
}

/** The year is said on the first tick and wherever a new year starts, not on every tick. */
function tickLabel(day: number, previous: number | null, unit: TickUnit, locale?: string): string {
  const at = dateOfDay(day);
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(at);
  if (unit === 'year') return format({ year: 'numeric' });
  const newYear = previous === null || dateOfDay(previous).getUTCFullYear() !== at.getUTCFullYear();
  if (unit === 'month') return format(newYear ? { month: 'short', year: 'numeric' } : { month: 'short' });
  return format(newYear ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' });
}

/**
 * A date axis over the given days, drawn between `left` and `right` pixels with ticks at
 * least `minGap` apart. One day alone gets a week around it; otherwise a little margin
 * either side keeps the first and last markers off the edges.
 */
export function timeScale(days: readonly number[], left: number, right: number, options: { minGap?: number; locale?: string } = {}): TimeScale {
  const known = days.filter((d) => Number.isFinite(d));
  const lo = known.length ? Math.min(...known) : 0;
  const hi = known.length ? Math.max(...known) : 0;
  const margin = hi === lo ? 3 : Math.max(1, Math.round((hi - lo) * 0.05));
  const from = lo - margin;
  const to = hi + margin;
  const width = Math.max(1, right - left);
  const fit = Math.max(2, Math.floor(width / (options.minGap ?? 72)) + 1);
  const spacing = SPACINGS.find((s) => tickDays(from, to, s.unit, s.step).length <= fit) ?? SPACINGS[SPACINGS.length - 1]!;
  const tickAt = tickDays(from, to, spacing.unit, spacing.step);
  const ticks = tickAt.map((day, i) => ({ day, label: tickLabel(day, tickAt[i - 1] ?? null, spacing.unit, options.locale) }));
  const x = (day: number) => left + ((day - from) / (to - from)) * width;
  return { from, to, ...spacing, ticks, x };
}

/** Rough width of a tick label in the chart's 11px type; enough to tell whether two collide. */
const CHAR_WIDTH = 6.4;

/**
 * Which tick labels to draw: a label that would run into the one drawn before it is left
 * out (its grid line stays), e.g. "Apr 14" after a first tick that also names the year.
 */
export function labelsThatFit(ticks: ReadonlyArray<{ x: number; label: string; anchor: 'start' | 'middle' | 'end' }>): boolean[] {
  let lastRight = -Infinity;
  return ticks.map(({ x, label, anchor }) => {
    const w = label.length * CHAR_WIDTH;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    if (left < lastRight + 4) return false;
    lastRight = left + w;
    return true;
  });
}
