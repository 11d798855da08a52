import type { BackupInfo, BackupReason } from '../../../shared/contract';
import type { NotebookStore } from '../store/notebook-store';
import { infoOf } from './manifest';
import { rotateBackups } from './prune';
import { takeSnapshot, type WhileQuiet } from './snapshot';

export interface BackupTiming {
  /** A backup after editing at most this often (default 10). */
  everyMinutes?: number;
  /** The clock, so tests and the benchmark need not wait minutes. */
  now?: () => Date;
}

/** Each notebook's backups, one after another: rotation must never remove the copies of a backup still being written. */
const inTurn = new WeakMap<NotebookStore, Promise<unknown>>();
const ignore = () => {};

/**
 * Backs up the notebook now, as one consistent state (no change runs while its files are
 * looked at and staged), then lets the oldest backups go by the rotation rule. The notebook's lock is
 * kept until it is done: closing waits for it.
 */
export function backUp(store: NotebookStore, reason: BackupReason, now: () => Date = () => new Date()): Promise<BackupInfo> {
  const before = inTurn.get(store);
  if (!before) store.whenClosing(() => backupsDone(store));
  // The previous backup is awaited inside this one's quiet moment, which is asked for now:
  // the backup holds every change asked for before it, and none after.
  const whileQuiet: WhileQuiet = (task) =>
    store.whileQuiet(async () => {
      await before;
      return task();
    });
  const run = (async () => {
    const manifest = await takeSnapshot(store.folder, { reason, now: now(), skipIfUnchanged: reason !== 'manual' }, whileQuiet);
    await rotateBackups(store.folder, now());
    return infoOf(manifest);
  })();
  inTurn.set(store, run.catch(ignore));
  return run;
}

/** Resolves once every backup of the notebook asked for so far has finished, well or not. */
export function backupsDone(store: NotebookStore): Promise<void> {
  return (inTurn.get(store) ?? Promise.resolve()).then(ignore, ignore);
}

/**
 * A backup when the notebook opens, and after an edit once `everyMinutes` have passed since
 * the last one. They wait in the store's queue behind whatever was asked before them, so
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
      .catch(ignore)
      .finally(() => (running = false));
  };

  take('open');
  store.onChange(() => {
    if (running || now().getTime() - lastAt < interval) return;
    lastAt = now().getTime();
    take('editing');
  });
}
