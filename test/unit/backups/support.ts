import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsDone } from '../../../electron/core/backups';
import type { OpenNotebook } from '../../../electron/core/notebook';
import { must } from '../core/support/notebook';

export const article = (n: number) =>
  `Report ${n}: mediators in Doha said the 48-hour pause could start on Sunday.\n\nBoth sides said “no comment” on day ${n}.`;

/** Resolves once every backup asked for so far (on open, after an edit) has finished. */
export function settled(notebook: OpenNotebook): Promise<void> {
  return backupsDone(notebook.store);
}

/** How many copies of file contents the backups hold. */
export async function objectCount(folder: string): Promise<number> {
  return (await readdir(join(folder, 'backups', 'objects'))).filter((name) => /^[0-9a-f]{64}$/.test(name)).length;
}

export async function importArticle(notebook: OpenNotebook, n: number): Promise<string> {
  const outcome = await must(notebook, 'sources.importText', { text: article(n), title: `Report ${n}` });
  if (outcome.status !== 'imported') throw new Error('expected an import');
  return outcome.source.id;
}

/** A clock the test moves by hand. */
export function testClock(start = new Date('2026-11-22T09:00:00Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advanceMinutes(minutes: number) {
      now += minutes * 60_000;
    },
  };
}
