import type { PublishedDate } from '../model';

/** A date read from text. `yearInferred` marks a dateline's "March 3" whose year came from `now`. */
export interface FoundDate {
  value: NonNullable<PublishedDate>;
  yearInferred: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// A clock time and zone after the date is common ("2024-03-04 10:15", "March 3, 2024 at 9:00 GMT").
const TIME = '(?:(?:,?\\s+(?:at\\s+)?|T)\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:Z|[A-Z]{2,5}|[+-]\\d{2}:?\\d{2}|UTC[+-]\\d{1,2}))?)?';

const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+(\\d{4})${TIME}$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${TIME}$`, 'i');
const MONTH_YEAR = new RegExp(`^${MONTH},?\\s+(\\d{4})$`, 'i');
const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY}$`, 'i');
const DAY_MONTH = new RegExp(`^${WEEKDAY}${DAY}\\s+${MONTH}$`, 'i');

/** Longer strings are never a date on their own; refusing them early keeps regexes cheap. */
const MAX_DATE_LENGTH = 80;

/**
 * Reads a string that is nothing but a date (optionally with weekday and time). Only English
 * month names and ISO dates: numeric "03/04/2024" is left alone because day and month order
 * differ by country and a wrong guess is worse than none.
 */
export function parseDate(input: string, options: { now?: Date; allowNoYear?: boolean } = {}): FoundDate | null {
  const s = input.trim().replace(/\s+/g, ' ');
  if (s.length === 0 || s.length > MAX_DATE_LENGTH) return null;

  let m = ISO.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), false);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return day(Number(m[3]), monthOf(m[1]), Number(m[2]), false);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return day(Number(m[3]), monthOf(m[2]), Number(m[1]), false);
  m = MONTH_YEAR.exec(s);
  if (m) {
    const year = Number(m[2]);
    const month = monthOf(m[1]);
    if (!plausibleYear(year)) return null;
    return { value: { precision: 'month', date: `${year}-${pad(month)}` }, yearInferred: false };
  }
  if (!options.allowNoYear) return null;
  m = MONTH_DAY.exec(s);
  if (m) return withoutYear(monthOf(m[1]), Number(m[2]), options.now ?? new Date());
  m = DAY_MONTH.exec(s);
  if (m) return withoutYear(monthOf(m[2]), Number(m[1]), options.now ?? new Date());
  return null;
}

/**
 * A dateline's "March 3" means the most recent March 3 not after `now`: articles are imported
 * after they are written, so a later date this year would be in the future.
 */
function withoutYear(month: number, dayOfMonth: number, now: Date): FoundDate | null {
  const year = now.getUTCFullYear();
  const thisYear = month * 100 + dayOfMonth <= (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  return day(thisYear ? year : year - 1, month, dayOfMonth, true);
}

function day(year: number, month: number, dayOfMonth: number, yearInferred: boolean): FoundDate | null {
  if (!plausibleYear(year) || month < 1 || month > 12 || dayOfMonth < 1) return null;
  if (dayOfMonth > daysInMonth(year, month)) return null;
  return { value: { precision: 'day', date: `${year}-${pad(month)}-${pad(dayOfMonth)}` }, yearInferred };
}

function monthOf(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** News archives go back to the 1800s; anything else is a number that looks like a year. */
function plausibleYear(year: number): boolean {
  return year >= 1800 && year <= 2200;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
