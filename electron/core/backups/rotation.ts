/**
 * Which backups to keep: the newest few, so the last hours of work can be undone step by
 * step, and the newest of each of the last days, so a mistake noticed days later still has
 * a backup from before it. Calendar days are the person's own (local time).
 */
export interface RotationRule {
  newest: number;
  days: number;
}

export const DEFAULT_ROTATION: RotationRule = { newest: 10, days: 7 };

export interface Dated {
  id: string;
  createdAt: string;
}

/** The ids of `backups` to keep at `now`; every other one may be removed. */
export function backupsToKeep(backups: readonly Dated[], now: Date, rule: RotationRule = DEFAULT_ROTATION): Set<string> {
  const newestFirst = [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const keep = new Set(newestFirst.slice(0, rule.newest).map((b) => b.id));
  const recentDays = new Set<string>();
  for (let back = 0; back < rule.days; back += 1) {
    recentDays.add(dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back)));
  }
  const daysKept = new Set<string>();
  for (const backup of newestFirst) {
    const day = dayOf(new Date(backup.createdAt));
    if (!recentDays.has(day) || daysKept.has(day)) continue;
    daysKept.add(day);
    keep.add(backup.id);
  }
  return keep;
}

function dayOf(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}
