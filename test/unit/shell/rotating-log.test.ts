import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryOfError, formatLogLine } from '../../../electron/core/logs/log-line';
import { logFolderOf, RotatingLog } from '../../../electron/core/logs/rotating-log';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parley-logs-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const at = new Date('2026-03-14T09:26:53.589Z');

describe('formatLogLine', () => {
  it('writes time, level, origin and message on one line', () => {
    expect(formatLogLine({ level: 'warning', origin: 'renderer', message: 'Reader lost its place' }, at)).toBe(
      '2026-03-14T09:26:53.589Z | WARNING | renderer | Reader lost its place\n',
    );
  });

  it('keeps a multi-line stack on the entry’s own line, so a page cannot forge entries', () => {
    const line = formatLogLine(
      { level: 'error', origin: 'renderer', message: 'boom\n2026-01-01T00:00:00.000Z | INFO | main | forged', stack: 'Error: boom\n    at render (app.js:1:2)' },
      at,
    );
    expect(line.split('\n')).toEqual([
      '2026-03-14T09:26:53.589Z | ERROR | renderer | boom\\n2026-01-01T00:00:00.000Z | INFO | main | forged | stack: Error: boom\\n    at render (app.js:1:2)',
      '',
    ]);
  });

  it('turns any thrown value into an error entry of the main process', () => {
    const fromError = entryOfError(new TypeError('x is undefined'), 'Uncaught exception');
    expect(fromError).toMatchObject({ level: 'error', origin: 'main', message: 'Uncaught exception: x is undefined' });
    expect(fromError.stack).toMatch(/TypeError: x is undefined/);
    expect(entryOfError('disk gone', 'Unhandled rejection')).toEqual({ level: 'error', origin: 'main', message: 'Unhandled rejection: disk gone' });
  });
});

describe('RotatingLog', () => {
  const entry = (n: number) => ({ level: 'info' as const, origin: 'main' as const, message: `entry ${String(n).padStart(3, '0')}` });

  it('appends entries to parley.log in the log folder, creating the folder', async () => {
    const log = new RotatingLog({ folder: join(folder, 'logs'), now: () => at });
    await log.write(entry(1));
    await log.write({ level: 'error', origin: 'renderer', message: 'Could not save the brief' });
    const text = await readFile(join(folder, 'logs', 'parley.log'), 'utf8');
    expect(text).toBe(
      '2026-03-14T09:26:53.589Z | INFO | main | entry 001\n2026-03-14T09:26:53.589Z | ERROR | renderer | Could not save the brief\n',
    );
  });

  it('rotates by size and keeps only the newest files', async () => {
    const log = new RotatingLog({ folder, maxBytes: 200, files: 3, now: () => at });
    for (let n = 1; n <= 40; n++) await log.write(entry(n));
    const names = (await readdir(folder)).sort();
    expect(names).toEqual(['parley.1.log', 'parley.2.log', 'parley.log']);
    for (const name of names) expect((await stat(join(folder, name))).size).toBeLessThanOrEqual(200);

    const current = await readFile(join(folder, 'parley.log'), 'utf8');
    const previous = await readFile(join(folder, 'parley.1.log'), 'utf8');
    const oldest = await readFile(join(folder, 'parley.2.log'), 'utf8');
    expect(current).toMatch(/entry 040\n$/);
    // Each older file ends just before the next one begins: nothing lost between them.
    const firstOf = (text: string) => Number(/entry (\d+)/.exec(text)![1]);
    const lastOf = (text: string) => Number([...text.matchAll(/entry (\d+)/g)].pop()![1]);
    expect(lastOf(previous) + 1).toBe(firstOf(current));
    expect(lastOf(oldest) + 1).toBe(firstOf(previous));
    expect(firstOf(oldest)).toBeGreaterThan(1);
  });

  it('counts what an earlier run left in the file', async () => {
    await writeFile(join(folder, 'parley.log'), 'x'.repeat(190));
    const log = new RotatingLog({ folder, maxBytes: 200, files: 2, now: () => at });
    await log.write(entry(1));
    expect(await readFile(join(folder, 'parley.1.log'), 'utf8')).toBe('x'.repeat(190));
    expect(await readFile(join(folder, 'parley.log'), 'utf8')).toMatch(/^2026-03-14T09:26:53.589Z \| INFO \| main \| entry 001\n$/);
  });

  it('never fails the caller when the folder cannot be written', async () => {
    await writeFile(join(folder, 'blocked'), 'a file where the folder should be');
    const log = new RotatingLog({ folder: join(folder, 'blocked', 'logs') });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await expect(log.write(entry(1))).resolves.toBeUndefined();
      await expect(log.write(entry(2))).resolves.toBeUndefined();
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });

  it('keeps the browser mode’s log beside the recent list', () => {
    expect(logFolderOf('/home/ada/.config/Parley')).toBe(join('/home/ada/.config/Parley', 'logs'));
  });
});
