import { randomBytes } from 'node:crypto';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { ParleyError } from '../../../shared/contract';
import { isErrno, reason, syncFolder, TEMP_SUFFIX } from './durable-file';

export const LOCK_NAME = '.lock';

/** What a lock file says about its holder. */
export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface NotebookLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): Promise<void>;
}

/** Takeovers can race with other processes doing the same; a few rounds settle it. */
const MAX_ATTEMPTS = 8;

/**
 * Makes this process the one writer of the notebook in `folder`, or explains who is.
 * Only one process may write a notebook: two writers would each keep their own copy in
 * memory and overwrite each other's files.
 */
export async function acquireLock(folder: string): Promise<NotebookLock> {
  const path = join(folder, LOCK_NAME);
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  const content = JSON.stringify(owner);

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (await createExclusively(path, content)) {
      await syncFolder(folder);
      return heldLock(path, owner, content);
    }
    const existing = await readLockText(path);
    if (existing === null) continue; // released between our two steps: try again
    const holder = parseOwner(existing);
    if (holder && holder.hostname !== owner.hostname) {
      // We cannot ask another computer whether its process is alive (a synced or network
      // folder), so the only safe answer is to refuse.
      throw new ParleyError(
        'notebook-locked',
        `This notebook is open in Parley on another computer (${holder.hostname}, pid ${holder.pid}). Close it there first.`,
      );
    }
    if (holder && isAlive(holder.pid) && !predatesBoot(holder)) {
      throw new ParleyError(
        'notebook-locked',
        `This notebook is open in another Parley window or process (pid ${holder.pid}). Close it there first.`,
      );
    }
    await removeStaleLock(path, existing);
  }
  throw new ParleyError('notebook-locked', `Another process keeps taking the lock of this notebook (${path}); try again.`);
}

/**
 * Creates the lock file only if none exists, with its whole content in place from the first
 * instant: the content is written to a temp file and hard-linked to `.lock`, which fails if
 * `.lock` exists. (Opening `.lock` with `wx` and then writing leaves a moment in which another
 * process reads an empty lock and could take it for stale.) On filesystems without hard
 * links, falls back to `wx`.
 */
async function createExclusively(path: string, content: string): Promise<boolean> {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await link(temp, path);
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    if (isErrno(error, 'EPERM') || isErrno(error, 'ENOTSUP') || isErrno(error, 'ENOSYS')) {
      return createWithWx(path, content);
    }
    throw new ParleyError('io-failed', `Parley could not create the lock ${path}: ${reason(error)}`);
  } finally {
    await unlink(temp).catch(() => {});
  }
}

async function createWithWx(path: string, content: string): Promise<boolean> {
  try {
    await writeFile(path, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw new ParleyError('io-failed', `Parley could not create the lock ${path}: ${reason(error)}`);
  }
}

/**
 * Removes a lock we judged stale from `staleText`. Another process may be taking it over at
 * the same moment, and may already have replaced it with its own live lock; deleting `.lock`
 * by name would then delete theirs. So the lock is renamed aside (atomic: exactly one of the
 * racers gets a given file), and what was moved is compared with what was judged stale. If
 * it is someone else's fresh lock, it is put back with `link`, which never overwrites.
 */
async function removeStaleLock(path: string, staleText: string): Promise<void> {
  const aside = `${path}.stale.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return; // another process moved it first
    throw new ParleyError('io-failed', `Parley could not take over the stale lock ${path}: ${reason(error)}`);
  }
  const moved = await readLockText(aside);
  if (moved !== staleText) {
    await link(aside, path).catch(() => {
      // A third process created a lock meanwhile; it now holds the notebook, and the lock we
      // moved belonged to a process that will find its lock gone when it closes.
    });
  }
  await unlink(aside).catch(() => {});
}

function heldLock(path: string, owner: LockOwner, content: string): NotebookLock {
  let released = false;
  return {
    path,
    owner,
    async release() {
      if (released) return;
      released = true;
      // Only remove the lock if it is still ours: never delete the lock of a process that
      // took over a notebook we had (wrongly) been judged stale for.
      if ((await readLockText(path)) === content) await unlink(path).catch(() => {});
    },
  };
}

async function readLockText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw new ParleyError('io-failed', `Parley could not read the lock ${path}: ${reason(error)}`);
  }
}

/** Null for content no Parley wrote completely: such a lock protects nothing and is stale. */
export function parseOwner(text: string): LockOwner | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, hostname: host, startedAt } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    if (typeof host !== 'string' || typeof startedAt !== 'string') return null;
    return { pid, hostname: host, startedAt };
  } catch {
    return null;
  }
}

/**
 * A lock written before this computer last started cannot belong to a running process, even
 * if its pid has since been given to another one (pids restart at every boot). The margin
 * absorbs the second-level precision of uptime and small clock adjustments.
 */
export function predatesBoot(owner: LockOwner, now: number = Date.now()): boolean {
  const started = Date.parse(owner.startedAt);
  const bootedAt = now - uptime() * 1000;
  return Number.isFinite(started) && started < bootedAt - 60_000;
}

/** Signal 0 checks for existence without touching the process; EPERM means it exists but is not ours. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM');
  }
}
