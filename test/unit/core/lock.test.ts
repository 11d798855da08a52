import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../electron/core/notebook';
import { acquireLock, LOCK_NAME } from '../../../electron/core/store/lock';
import { deadPid, killHard, runFixture } from './support/child';
import { tempFolder } from './support/temp';

describe('the one-writer lock', () => {
  it('refuses a notebook another process holds, and names that process', async () => {
    const path = join(await tempFolder(), 'Talks.parley');
    const holder = runFixture('hold-notebook.ts', [path]);
    try {
      await holder.waitFor((line) => line === 'ready');
      const error = await openNotebook(path).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'notebook-locked' });
      expect((error as Error).message).toContain(`pid ${holder.process.pid}`);
      expect((error as Error).message).toMatch(/open in another Parley window or process/);
    } finally {
      holder.process.stdin!.end();
      await holder.exited;
    }
    // The holder closed cleanly: its lock is gone and the notebook opens.
    const notebook = await openNotebook(path);
    await notebook.close();
  });

  it('takes over the lock of a process that was killed', async () => {
    const path = join(await tempFolder(), 'Talks.parley');
    const holder = runFixture('hold-notebook.ts', [path]);
    await holder.waitFor((line) => line === 'ready');
    await killHard(holder);

    const notebook = await openNotebook(path);
    const lock = JSON.parse(await readFile(join(path, LOCK_NAME), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, hostname: hostname() });
    await notebook.close();
  });

  it('takes over a lock whose pid is dead', async () => {
    const folder = await tempFolder();
    const stale = { pid: await deadPid(), hostname: hostname(), startedAt: '2024-01-01T00:00:00.000Z' };
    await writeFile(join(folder, LOCK_NAME), JSON.stringify(stale));
    const lock = await acquireLock(folder);
    expect(lock.owner.pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over a lock written before this computer started, even if its pid is in use now', async () => {
    const folder = await tempFolder();
    const beforeBoot = { pid: process.pid, hostname: hostname(), startedAt: '2000-01-01T00:00:00.000Z' };
    await writeFile(join(folder, LOCK_NAME), JSON.stringify(beforeBoot));
    const lock = await acquireLock(folder);
    expect(lock.owner.startedAt).not.toBe(beforeBoot.startedAt);
    await lock.release();
  });

  it('takes over a lock with unreadable content', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, LOCK_NAME), '{"pid": 12');
    const lock = await acquireLock(folder);
    expect(JSON.parse(await readFile(join(folder, LOCK_NAME), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('lets exactly one of several racing takeovers of a stale lock win', async () => {
    const folder = await tempFolder();
    const stale = { pid: await deadPid(), hostname: hostname(), startedAt: '2024-01-01T00:00:00.000Z' };
    await writeFile(join(folder, LOCK_NAME), JSON.stringify(stale));
    const attempts = await Promise.allSettled(Array.from({ length: 6 }, () => acquireLock(folder)));
    const winners = attempts.filter((a) => a.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    for (const loser of attempts.filter((a) => a.status === 'rejected')) {
      expect(loser.reason).toMatchObject({ code: 'notebook-locked' });
    }
    await (winners[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLock>>>).value.release();
  });

  it('refuses a lock held on another computer', async () => {
    const folder = await tempFolder();
    const remote = { pid: process.pid, hostname: `${hostname()}-elsewhere`, startedAt: new Date().toISOString() };
    await writeFile(join(folder, LOCK_NAME), JSON.stringify(remote));
    await expect(acquireLock(folder)).rejects.toMatchObject({ code: 'notebook-locked' });
  });

  it('releases only a lock that is still its own', async () => {
    const folder = await tempFolder();
    const lock = await acquireLock(folder);
    const other = JSON.stringify({ pid: 1, hostname: hostname(), startedAt: new Date().toISOString() });
    await writeFile(join(folder, LOCK_NAME), other);
    await lock.release();
    expect(await readFile(join(folder, LOCK_NAME), 'utf8')).toBe(other);
  });

  it('refuses a second open in the same process', async () => {
    const path = join(await tempFolder(), 'Talks.parley');
    const first = await openNotebook(path, { create: true });
    await expect(openNotebook(path)).rejects.toMatchObject({ code: 'notebook-locked' });
    await first.close();
    const second = await openNotebook(path);
    await second.close();
  });
});
