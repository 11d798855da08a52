import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook } from '../../../electron/core/notebook';
import { contentSecurityPolicy } from '../../../shared/csp';
import { buildApp, buildScript, launch, scenario } from './support/main-bundle';

/*
 * Runs the real main-process bundle in Node with a fake `electron` module (support/) that
 * plays Electron's part: ready, a window, a page load through the app scheme, IPC calls,
 * navigation attempts, quit. It checks what main.ts wires, and that the bundle finds the
 * preload and the renderer where the build puts them.
 */

let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  app = await buildApp();
}, 60_000);

afterAll(async () => {
  await app.remove();
});

const firstWindow = { PARLEY_FAKE_SCENARIO: scenario('first-window') };

// Each launch starts a Node process that loads the whole engine; a busy machine makes that slow.
describe('the bundled main process', { timeout: 120_000 }, () => {
  it('opens the notebook, a sandboxed window on the app scheme, and closes the notebook on quit', async () => {
    const notebookPath = join(app.top, 'Harbour talks.parley');
    const report = launch(app.main, ['--notebook', notebookPath], join(app.top, 'home-harbour'), firstWindow);

    expect(report.exitCode).toBe(0);
    expect(report.sandboxEnabled).toBe(true);
    expect(report.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(report.window?.webPreferences).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(app.top, 'dist', 'electron', 'preload.cjs'),
    });
    expect(report.loadedUrl).toBe('app://parley/index.html');
    expect(report.page).toEqual({ status: 200, csp: contentSecurityPolicy, body: '<!doctype html><title>Parley</title>' });
    expect(report['info']).toMatchObject({ ok: true, value: { title: 'Harbour talks', path: notebookPath } });
    expect(report['state']).toMatchObject({ ok: true, value: { door: 'desktop', notebook: { path: notebookPath } } });
    expect(report['stranger']).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The window is named after its notebook, not the page's own title.
    expect(report['title']).toBe('Harbour talks — Parley');

    // The quit was held once for the notebook to close, then went through: the lock is free.
    expect(report.calls).toEqual(['quit', 'quit']);
    const reopened = await openNotebook(notebookPath);
    await reopened.close();
  });

  it('keeps the page in the app, dropped files included, and grants it nothing', () => {
    const report = launch(app.main, ['--notebook', join(app.top, 'Guards.parley')], join(app.top, 'home-guards'), firstWindow);
    expect(report['navigation']).toEqual({
      externalPrevented: true,
      droppedFilePrevented: true,
      redirectPrevented: true,
      inAppPrevented: false,
      webviewPrevented: true,
    });
    expect(report['windowOpen']).toEqual([{ action: 'deny' }, { action: 'deny' }]);
    expect(report['openedExternally']).toEqual(['https://example.org/article']);
    expect(report['permissionRequestGranted']).toBe(false);
    expect(report['permissionCheckGranted']).toBe(false);
  });

  it('shows the welcome on a first launch, then reopens the last notebook on the next', async () => {
    const home = join(app.top, 'home-first-run');
    const first = launch(app.main, [], home, firstWindow);
    expect(first['state']).toMatchObject({ ok: true, value: { notebook: null, firstRun: true, recent: [] } });
    expect(first.windows[0]?.title).toBe('Parley');

    const notebookPath = join(app.top, 'Rivers.parley');
    launch(app.main, ['--notebook', notebookPath], home, firstWindow);
    const again = launch(app.main, [], home, firstWindow);
    expect(again['info']).toMatchObject({ ok: true, value: { path: notebookPath } });
    // The recent list lives in the app's config folder, shared with browser mode.
    expect(again.appName).toBe('Parley');
    expect(await readFile(join(home, '.config', 'Parley', 'recent.json'), 'utf8')).toContain(JSON.stringify(notebookPath));
  });

  it('writes the page’s errors to the rotating log in the app’s log folder', async () => {
    const home = join(app.top, 'home-log');
    const report = launch(app.main, ['--notebook', join(app.top, 'Logged.parley')], home, firstWindow);
    expect(report['logged']).toEqual({ ok: true, value: {} });
    const log = await readFile(join(home, 'logs', 'parley.log'), 'utf8');
    const lines = log.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^\\S+ \\| INFO \\| main \\| Parley 0\\.1\\.0 started \\(Electron .*, ${process.platform}\\)$`));
    expect(lines[1]).toMatch(/^\S+ \| ERROR \| renderer \| The brief editor lost its selection \| stack: Error: lost\\n {4}at Editor$/);
  });

  it('comes back where the notebook’s window was, and saves it again on quit', async () => {
    const home = join(app.top, 'home-window');
    const notebookPath = join(app.top, 'Placed.parley');
    const saved = { x: 300, y: 200, width: 1000, height: 700, maximized: true };
    await mkdir(join(home, '.config', 'Parley'), { recursive: true });
    await writeFile(join(home, '.config', 'Parley', 'window-state.json'), JSON.stringify({ windows: { [notebookPath]: saved } }));
    const report = launch(app.main, ['--notebook', notebookPath], home, firstWindow);
    expect(report.window).toMatchObject({ x: 300, y: 200, width: 1000, height: 700 });
    expect(report.windows[0]?.maximized).toBe(true);
    const after = JSON.parse(await readFile(join(home, '.config', 'Parley', 'window-state.json'), 'utf8')) as { windows: Record<string, unknown> };
    expect(after.windows[notebookPath]).toEqual(saved);
  });

  it('shows why it cannot start, without a stack trace, when the notebook is open elsewhere', async () => {
    const notebookPath = join(app.top, 'Busy.parley');
    const held = await openNotebook(notebookPath, { create: true });
    try {
      const report = launch(app.main, ['--notebook', notebookPath], join(app.top, 'home-busy'));
      expect(report.exitCode).toBe(1);
      expect(report.window).toBeUndefined();
      expect(report.errorBox?.title).toBe('Parley could not start');
      expect(report.errorBox?.content).toMatch(/open in another Parley window or process/);
      expect(report.errorBox?.content).not.toMatch(/\n\s+at /);
    } finally {
      await held.close();
    }
  });

  it('leaves at once when another Parley is running, which gets its arguments instead', () => {
    const report = launch(app.main, ['--notebook', join(app.top, 'Second.parley')], join(app.top, 'home-second'), { PARLEY_FAKE_SECOND_INSTANCE: '1' });
    expect(report.exitCode).toBe(0);
    expect(report.windows).toEqual([]);
  });

  it('says the interface must be built when dist/renderer is missing', async () => {
    const bare = join(app.top, 'bare', 'electron');
    await mkdir(bare, { recursive: true });
    await (await buildScript()).buildMain(join(bare, 'main.mjs'));
    const report = launch(join(bare, 'main.mjs'), ['--notebook', join(app.top, 'Unbuilt.parley')], join(app.top, 'home-unbuilt'));
    expect(report.exitCode).toBe(1);
    expect(report.errorBox?.content).toMatch(/npm run build/);
  });
});
