import { describe, expect, it } from 'vitest';
import { formatMoment, formatPublished, formatPublishedShort } from '../../../renderer/logic/dates';

describe('formatPublished', () => {
  it('shows a day-precise date with its day', () => {
    expect(formatPublished({ precision: 'day', date: '2024-03-05' }, 'en-GB')).toBe('5 March 2024');
  });

  it('does not invent a day for a month-precise date', () => {
    expect(formatPublished({ precision: 'month', date: '2024-03' }, 'en-GB')).toBe('March 2024');
  });

  it('says when the date is unknown', () => {
    expect(formatPublished(null, 'en-GB')).toBe('Date unknown');
  });

  it('keeps the calendar day whatever the time zone (first of the month stays the first)', () => {
    expect(formatPublished({ precision: 'day', date: '2024-01-01' }, 'en-US')).toBe('January 1, 2024');
  });
});

describe('formatPublishedShort', () => {
  it('abbreviates and respects precision', () => {
    expect(formatPublishedShort({ precision: 'day', date: '2024-03-05' }, 'en-GB')).toBe('5 Mar 2024');
    expect(formatPublishedShort({ precision: 'month', date: '2024-03' }, 'en-GB')).toBe('Mar 2024');
    expect(formatPublishedShort(null)).toBe('');
  });
});

describe('formatMoment', () => {
  it('formats an instant in the given time zone', () => {
    expect(formatMoment('2024-03-05T23:30:00.000Z', 'en-GB', 'UTC')).toBe('5 Mar 2024, 23:30');
  });

  it('shows an unreadable timestamp as it is rather than "Invalid Date"', () => {
    expect(formatMoment('not a date', 'en-GB')).toBe('not a date');
  });
});
