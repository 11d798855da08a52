/** Where a batch import stands, as the progress bar shows it. */
export type ImportProgress = {
  /** Files finished (imported, skipped or failed). */
  done: number;
  total: number;
  /** The file being imported now, if any. */
  current: string | null;
  cancelling: boolean;
};

/** "Importing 3 of 12 — name.html": the number counts the file in hand, not those finished. */
export function progressText({ done, total, current, cancelling }: ImportProgress): string {
  if (cancelling) return current ? `Stopping after ${current}…` : 'Stopping…';
  const position = Math.min(done + 1, total);
  return current ? `Importing ${position} of ${total} — ${current}` : `Importing ${position} of ${total}`;
}

/** The bar fills as files finish, so it never reaches the end while one is still running. */
export function progressFraction({ done, total }: ImportProgress): number {
  return total > 0 ? Math.min(1, done / total) : 0;
}
