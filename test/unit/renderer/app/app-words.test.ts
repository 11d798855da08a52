import { describe, expect, it } from 'vitest';
import type { CheckProblem, CheckReport, RecentNotebook } from '../../../../shared/contract';
import { appPaletteCommands } from '../../../../renderer/app/appCommandList';
import { backupSize, describeBackup } from '../../../../renderer/app/backupWords';
import { checkedWords, checkHeadline, orderedProblems, repairableCount } from '../../../../renderer/app/checkWords';
import { COMMANDS, matchCommands } from '../../../../renderer/search/commands';

const report = (problems: CheckProblem[]): CheckReport => ({
  ok: problems.every((p) => p.severity !== 'error'),
  checked: { files: 14, sources: 3, annotations: 1, briefs: 2 },
  problems,
  repaired: [],
});
const problem = (severity: CheckProblem['severity'], file: string, repairable = false): CheckProblem => ({
  severity,
  kind: severity === 'error' ? 'broken-reference' : 'leftover-temp-file',
  file,
  message: 'x',
  repairable,
});

describe('the check report in plain words', () => {
  it('says a clean notebook is in good order and what was checked', () => {
    expect(checkHeadline(report([]))).toBe('No problems found. The notebook is in good order.');
    expect(checkedWords(report([]))).toBe('Checked 14 files: 3 sources, 1 annotation and 2 briefs.');
  });

  it('counts errors and warnings apart, errors listed first', () => {
    const found = report([problem('warning', 'a.tmp', true), problem('error', 'sources/b.json'), problem('error', 'notebook.json')]);
    expect(checkHeadline(found)).toBe('Found 2 problems, and 1 thing worth a look.');
    expect(orderedProblems(found.problems).map((p) => p.file)).toEqual(['notebook.json', 'sources/b.json', 'a.tmp']);
    expect(repairableCount(found)).toBe(1);
    expect(checkHeadline(report([problem('warning', 'a.tmp')]))).toBe('No errors. 1 thing worth a look.');
  });
});

describe('backups in plain words', () => {
  it('says why a backup was taken and how big it is', () => {
    const backup = { id: '2026-11-22T18-30-05-123Z', createdAt: '2026-11-22T18:30:05.123Z', reason: 'before-restore', files: 1, bytes: 2048 } as const;
    expect(describeBackup(backup)).toMatch(/^taken .*2026.*, just before a restore$/);
    expect(backupSize(backup)).toBe('1 file, 2 KB');
    expect(backupSize({ ...backup, files: 12, bytes: 3 * 1024 * 1024 })).toBe('12 files, 3.0 MB');
  });
});

describe('app commands in the palette', () => {
  const recent: RecentNotebook[] = [
    { path: '/n/Talks.parley', title: 'Harbour talks', openedAt: '2026-11-22T18:00:00.000Z', available: true },
    { path: '/n/Gone.parley', title: 'Moved away', openedAt: '2026-11-21T18:00:00.000Z', available: false },
    { path: '/n/Open.parley', title: 'Open now', openedAt: '2026-11-20T18:00:00.000Z', available: true },
  ];

  it('offers each recent notebook that is still there and not already open', () => {
    const titles = appPaletteCommands(recent, '/n/Open.parley').map((c) => c.title);
    expect(titles).toContain('Open recent: Harbour talks');
    expect(titles.filter((t) => t.startsWith('Open recent'))).toEqual(['Open recent: Harbour talks']);
  });

  it('does not list twice what the palette already has (import, shortcuts)', () => {
    const titles = [...COMMANDS, ...appPaletteCommands([], null)].map((c) => c.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(appPaletteCommands([], null).some((c) => c.app?.id === 'import-sources' || c.app?.id === 'show-shortcuts')).toBe(false);
  });

  it('finds a recent notebook by the words typed, carrying its folder', () => {
    const [best] = matchCommands('recent harb', [...COMMANDS, ...appPaletteCommands(recent, null)]);
    expect(best?.app).toEqual({ id: 'open-recent', path: '/n/Talks.parley' });
    const [backup] = matchCommands('back up', [...COMMANDS, ...appPaletteCommands([], null)]);
    expect(backup?.app).toEqual({ id: 'back-up-now' });
  });
});
