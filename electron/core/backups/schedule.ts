import type { BackupInfo, BackupReason } from '../../../shared/contract';
import type { NotebookStore } from '../store/notebook-store';
import { infoOf } from './manifest';
import { rotateBackups } from './prune';
import { takeSnapshot } from './snapshot';

export interface BackupTiming {
  /** A backup after editing at most this often (default 10). */
  everyMinutes?: number;
  /** The clock, so tests and the benchmark need not wait minutes. */
  now?: () => Date;
}

/**
 * Backs up the notebook now, seeing one consistent state (no change runs meanwhile), then
 * lets the oldest backups go by the rotation rule.
 */
export function backUp(store: NotebookStore, reason: BackupReason, now: () => Date = () => new Date()): Promise<BackupInfo> {
  return store.whileQuiet(async () => {
    // Opening a notebook again without changing it adds no backup of the same files.
    const manifest = await takeSnapshot(store.folder, { reason, now: now(), skipIfUnchanged: reason !== 'manual' });
    await rotateBackups(store.folder, now());
    return infoOf(manifest);
  });
}

/**
 * A backup when the notebook opens, and after an edit once `everyMinutes` have passed since
 * the last one. They run in the store's queue after whatever was asked before them, so
 * opening returns at once; a backup that fails (a full disk) is dropped, never failing the
 * edit that prompted it, and tried again at the next edit after the interval.
 */
export function scheduleBackups(store: NotebookStore, timing: BackupTiming = {}): void {
  const now = timing.now ?? (() => new Date());
  const interval = (timing.everyMinutes ?? 10) * 60_000;
  let lastAt = now().getTime();
  let running = false;

  const take = (reason: BackupReason) => {
    running = true;
    backUp(store, reason, now)
      .catch(() => {})
      .finally(() => (running = false));
  };

  take('open');
  store.onChange(() => {
    if (running || now().getTime() - lastAt < interval) return;
    lastAt = now().getTime();
    take('editing');
  });
}
