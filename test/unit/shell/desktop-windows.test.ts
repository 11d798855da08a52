import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook } from '../../../electron/core/notebook';
import { COMMAND_CHANNEL } from '../../../electron/main/channel';
import { buildApp, launch, scenario, type Report } from './support/main-bundle';

/*
 * Several notebooks in one running app, through the real main-process bundle and the fake
 * `electron` module: a second launch, the menu, and pages asking for notebooks.
 */

let app: Awaited<ReturnType<typeof buildApp>>;
let report: Report;
let first: string;
let other: string;
let home: string;

beforeAll(async () => {
  app = await buildApp();
  home = join(app.top, 'home');
  first = join(app.top, 'Harbour talks.parley');
  other = join(app.top, 'work', 'Rivers.parley');
  await mkdir(join(app.top, 'work'), { recursive: true });
  await (await openNotebook(other, { create: true })).close();
  await writeFile(join(app.top, 'work', 'harbour-wire.txt'), 'Harbour talks resume\n\nNegotiators met again on Tuesday to discuss the quay.\n');
  report = launch(app.main, ['--notebook', first], home, {
    PARLEY_FAKE_SCENARIO: scenario('many-windows'),
    // The second launch ran in another folder and named its notebook relative to it.
    PARLEY_FAKE_CWD: join(app.top, 'work'),
    PARLEY_FAKE_OTHER_NOTEBOOK: 'Rivers.parley',
    PARLEY_FAKE_ARTICLE: 'harbour-wire.txt',
  });
}, 180_000);

afterAll(async () => {
  await app.remove();
});

describe('one window per notebook', () => {
  it('opens what a second launch asks for in a window of its own, with its own notebook', () => {
    expect(report['afterSecondLaunch']).toEqual([
      { id: 1, title: 'Harbour talks — Parley' },
      { id: 2, title: 'Rivers — Parley' },
    ]);
    expect(report['firstInfo']).toMatchObject({ ok: true, value: { path: first } });
    expect(report['secondInfo']).toMatchObject({ ok: true, value: { path: other } });
  });

  it('brings the notebook’s window forward instead of opening it twice', () => {
    expect(report['afterRepeat']).toEqual({ windows: 2, firstFocusedAgain: true, focused: 1 });
  });

  it('does the same when a page asks for a notebook another window has', () => {
    expect(report['openElsewhere']).toEqual({ notebookInFirst: null, secondCameForward: true });
  });

  it('sends menu commands to the page in front only', () => {
    expect(report.sent).toEqual([{ window: 1, channel: COMMAND_CHANNEL, payload: { id: 'show-reader' } }]);
  });

  it('keeps the menu in step: recent notebooks, and nothing to close without a notebook', () => {
    expect(report['recentMenu']).toEqual(['Rivers', 'Harbour talks', 'separator', 'Clear List']);
    expect(report['firstAfterClose']).toBe('Parley');
    expect(report['closeEnabledWithoutNotebook']).toBe(false);
  });

  it('imports files handed to a second launch into the notebook in front', () => {
    expect(report['importedIntoSecond']).toEqual([expect.stringMatching(/harbour/i)]);
  });

  it('frees a window’s notebook when the window closes', () => {
    expect(report['reopenedInFirst']).toEqual({ path: other, windows: 1, title: 'Rivers — Parley' });
  });

  it('opens the log folder from Help', () => {
    expect(report.openedPaths).toEqual([join(home, 'logs')]);
  });

  it('closes every notebook on quit, so their locks are free', async () => {
    expect(report.exitCode).toBe(0);
    expect(report.calls).toEqual(['quit', 'quit']);
    for (const path of [first, other]) await (await openNotebook(path)).close();
    const states = JSON.parse(await readFile(join(home, '.config', 'Parley', 'window-state.json'), 'utf8')) as { windows: object };
    // Each notebook keeps the place of the window it was last in, also the one closed in a window that stayed.
    expect(Object.keys(states.windows).sort()).toEqual([first, other].sort());
  });
});
