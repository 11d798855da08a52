import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../../shared/import/dates';

const day = (date: string) => ({ value: { precision: 'day', date }, yearInferred: false });

describe('parseDate', () => {
  it.each([
    ['March 3, 2024', '2024-03-03'],
    ['3 March 2024', '2024-03-03'],
    ['3 Mar 2024', '2024-03-03'],
    ['Mar. 3, 2024', '2024-03-03'],
    ['2024-03-03', '2024-03-03'],
    ['2024-03-04 10:15', '2024-03-04'],
    ['2024-03-04T10:15:00Z', '2024-03-04'],
    ['Tuesday, March 5, 2024', '2024-03-05'],
    ['March 3rd, 2024 at 9:30 a.m. GMT', '2024-03-03'],
    ['12 Sept 2023', '2023-09-12'],
  ])('reads %s as a day', (input, date) => {
    expect(parseDate(input)).toEqual(day(date));
  });

  it('reads a month and year as month precision', () => {
    expect(parseDate('March 2024')).toEqual({ value: { precision: 'month', date: '2024-03' }, yearInferred: false });
  });

  it.each(['31 February 2024', '2024-13-01', 'March 3', '03/04/2024', 'Mayday 2024', '3 March 10000', ''])(
    'refuses %j without a year or an impossible date',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );

  it('gives a yearless date the most recent such day before now', () => {
    const now = new Date('2024-03-10T00:00:00Z');
    expect(parseDate('March 3', { now, allowNoYear: true })).toEqual({
      value: { precision: 'day', date: '2024-03-03' },
      yearInferred: true,
    });
    // Later in the year than "now": it must have been last year.
    expect(parseDate('12 May', { now, allowNoYear: true })?.value.date).toBe('2023-05-12');
  });

  it('refuses long strings without trying', () => {
    expect(parseDate(`March 3, 2024 ${'x'.repeat(200)}`)).toBeNull();
  });
});
