import { describe, expect, it } from 'vitest';
import { backupIdAt } from '../../../electron/core/backups/manifest';
import { backupsToKeep } from '../../../electron/core/backups/rotation';

/** Local times, so the calendar days are the same wherever the test runs. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);
const backup = (date: Date) => ({ id: backupIdAt(date), createdAt: date.toISOString() });

describe('which backups rotation keeps', () => {
  it('keeps every backup while there are no more than ten', () => {
    const backups = [at(1, 9), at(10, 9), at(22, 8)].map(backup);
    expect(backupsToKeep(backups, at(22, 9)).size).toBe(3);
  });

  it('keeps the newest ten of a busy day and lets the older ones of that day go', () => {
    const backups = Array.from({ length: 15 }, (_, i) => backup(at(22, 8, i)));
    const kept = backupsToKeep(backups, at(22, 9));
    expect([...kept].sort()).toEqual(backups.slice(5).map((b) => b.id));
  });

  it('keeps the newest backup of each of the last seven days beyond the newest ten', () => {
    const today = Array.from({ length: 12 }, (_, i) => backup(at(22, 10, i)));
    const earlier = [16, 17, 18, 19, 20, 21].flatMap((day) => [backup(at(day, 9)), backup(at(day, 18))]);
    const kept = backupsToKeep([...today, ...earlier], at(22, 12));
    const keptEarlier = earlier.filter((b) => kept.has(b.id));
    // The evening one of each day (the newest that day), morning ones go.
    expect(keptEarlier.map((b) => b.createdAt)).toEqual([16, 17, 18, 19, 20, 21].map((day) => at(day, 18).toISOString()));
    expect(today.filter((b) => kept.has(b.id))).toEqual(today.slice(2));
  });

  it('lets days older than a week go once ten newer backups exist', () => {
    const old = backup(at(14, 9));
    const lastWeek = backup(at(15, 23, 59));
    const recent = Array.from({ length: 10 }, (_, i) => backup(at(22, 8, i)));
    const kept = backupsToKeep([old, lastWeek, ...recent], at(22, 9));
    expect(kept.has(old.id)).toBe(false);
    expect(kept.has(lastWeek.id)).toBe(false);
    expect(kept.size).toBe(10);
  });

  it('counts the seventh day back as within the week', () => {
    const sixDaysAgo = backup(at(16, 0, 1));
    const recent = Array.from({ length: 10 }, (_, i) => backup(at(22, 8, i)));
    expect(backupsToKeep([sixDaysAgo, ...recent], at(22, 23)).has(sixDaysAgo.id)).toBe(true);
  });
});
