import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RECENT_LIMIT, RecentList, withOpened, without, type RecentEntry } from '../../../electron/core/session/recent';
import { tempFolder } from '../core/support/temp';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 9, minute)).toISOString();
const entry = (path: string, minute = 0, title = path): RecentEntry => ({ path, title, openedAt: at(minute) });

describe('the recent-notebook list', () => {
  it('puts the notebook just opened first and keeps one entry per folder', () => {
    const list = [entry('/a', 1), entry('/b', 2), entry('/c', 3)];
    const next = withOpened(list, entry('/b', 9, 'B renamed'), 'linux');
    expect(next.map((e) => e.path)).toEqual(['/b', '/a', '/c']);
    expect(next[0]?.title).toBe('B renamed');
  });

  it(`remembers at most ${RECENT_LIMIT} notebooks, dropping the oldest`, () => {
    let list: RecentEntry[] = [];
    for (let i = 0; i < RECENT_LIMIT + 3; i++) list = withOpened(list, entry(`/n${i}`, i), 'linux');
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]?.path).toBe(`/n${RECENT_LIMIT + 2}`);
    expect(list.some((e) => e.path === '/n0')).toBe(false);
  });

  it('treats folder names that differ only in case as one on macOS and Windows, two on Linux', () => {
    const list = [entry('/Users/ana/Talks.parley')];
    expect(withOpened(list, entry('/users/ana/talks.parley'), 'darwin')).toHaveLength(1);
    expect(withOpened([entry('C:\\Users\\Ana\\Talks.parley')], entry('c:\\users\\ana\\talks.parley'), 'win32')).toHaveLength(1);
    expect(withOpened(list, entry('/users/ana/talks.parley'), 'linux')).toHaveLength(2);
    expect(without(list, '/USERS/ANA/TALKS.PARLEY', 'win32')).toHaveLength(0);
  });

  it('survives on disk, and reads a damaged file as an empty list instead of failing', async () => {
    const folder = await tempFolder();
    const recent = new RecentList(join(folder, 'config'));
    expect(await recent.read()).toEqual([]);
    await recent.write([entry('/a', 1), entry('/b', 2)]);
    expect((await new RecentList(join(folder, 'config')).read()).map((e) => e.path)).toEqual(['/a', '/b']);

    await writeFile(join(folder, 'config', 'recent.json'), '{"notebooks": [{"path": "/ok", "title": "Ok", "openedAt": "2026-11-22T09:00:00.000Z"}, {"path": 3}]}');
    expect((await recent.read()).map((e) => e.path)).toEqual(['/ok']);
    await writeFile(join(folder, 'config', 'recent.json'), '{"notebo');
    expect(await recent.read()).toEqual([]);
  });
});
