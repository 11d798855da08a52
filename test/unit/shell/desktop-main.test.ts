import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook } from '../../../electron/core/notebook';
import { contentSecurityPolicy } from '../../../shared/csp';

/*
 * Runs the real main-process bundle in Node with a fake `electron` module (support/) that
 * plays Electron's part: ready, one window, a page load through the app scheme, IPC calls,
 * navigation attempts, quit. It checks what main.ts wires, and that the bundle finds the
 * preload and the renderer where the build puts them.
 */

type Report = {
  exitCode: number;
  calls: string[];
  sandboxEnabled?: boolean;
  schemes?: unknown;
  window?: { webPreferences: Record<string, unknown> };
  loadedUrl?: string;
  page?: { status: number; csp: string | null; body: string };
  info?: { ok: boolean; value?: { title: string; path: string } };
  stranger?: unknown;
  navigation?: Record<string, boolean>;
  windowOpen?: unknown[];
  openedExternally?: string[];
  permissionRequestGranted?: boolean;
  permissionCheckGranted?: boolean;
  errorBox?: { title: string; content: string };
};

let top: string;
let electronDir: string;

const repo = join(import.meta.dirname, '..', '..', '..');
const hooks = pathToFileURL(join(import.meta.dirname, 'support', 'electron-hooks.mjs')).href;
const registerHooks = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;

beforeAll(async () => {
  // Inside the repository, so the bundle finds its packages in node_modules as the app would.
  const cache = join(repo, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  top = await mkdtemp(join(cache, 'parley-main-'));
  electronDir = join(top, 'dist', 'electron');
  const build = (await import(pathToFileURL(join(repo, 'build', 'build-electron.mjs')).href)) as {
    buildMain(outfile: string): Promise<unknown>;
    buildPreload(outfile: string): Promise<unknown>;
  };
  await Promise.all([build.buildMain(join(electronDir, 'main.mjs')), build.buildPreload(join(electronDir, 'preload.cjs'))]);
  await mkdir(join(top, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(top, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Parley</title>');
}, 60_000);

afterAll(async () => {
  await rm(top, { recursive: true, force: true });
});

function launch(main: string, args: string[], home = join(top, 'home')): Report {
  const env: NodeJS.ProcessEnv = { ...process.env, PARLEY_FAKE_HOME: home };
  delete env.PARLEY_NOTEBOOK;
  const run = spawnSync(process.execPath, ['--import', registerHooks, main, ...args], { env, encoding: 'utf8', timeout: 30_000 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (!last.startsWith('{')) throw new Error(`The main process printed no report.\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(last) as Report;
}

describe('the bundled main process', () => {
  it('opens the notebook, a sandboxed window on the app scheme, and closes the notebook on quit', async () => {
    const notebookPath = join(top, 'Harbour talks.parley');
    const report = launch(join(electronDir, 'main.mjs'), ['--notebook', notebookPath]);

    expect(report.exitCode).toBe(0);
    expect(report.sandboxEnabled).toBe(true);
    expect(report.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(report.window?.webPreferences).toEqual({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(electronDir, 'preload.cjs'),
    });
    expect(report.loadedUrl).toBe('app://parley/index.html');
    expect(report.page).toEqual({ status: 200, csp: contentSecurityPolicy, body: '<!doctype html><title>Parley</title>' });
    expect(report.info).toMatchObject({ ok: true, value: { title: 'Harbour talks', path: notebookPath } });
    expect(report.stranger).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // The quit was held once for the notebook to close, then went through: the lock is free.
    expect(report.calls).toEqual(['quit', 'quit']);
    const reopened = await openNotebook(notebookPath);
    await reopened.close();
  });

  it('keeps the page in the app and grants it nothing', () => {
    const report = launch(join(electronDir, 'main.mjs'), ['--notebook', join(top, 'Guards.parley')]);
    expect(report.navigation).toEqual({
      externalPrevented: true,
      redirectPrevented: true,
      inAppPrevented: false,
      webviewPrevented: true,
    });
    expect(report.windowOpen).toEqual([{ action: 'deny' }, { action: 'deny' }]);
    expect(report.openedExternally).toEqual(['https://example.org/article']);
    expect(report.permissionRequestGranted).toBe(false);
    expect(report.permissionCheckGranted).toBe(false);
  });

  it('uses the default notebook under the home folder when no flag is given', () => {
    const home = join(top, 'home');
    const report = launch(join(electronDir, 'main.mjs'), [], home);
    expect(report.info).toMatchObject({ ok: true, value: { path: join(home, 'Documents', 'Parley', 'Notebook.parley') } });
  });

  it('shows why it cannot start, without a stack trace, when the notebook is open elsewhere', async () => {
    const notebookPath = join(top, 'Busy.parley');
    const held = await openNotebook(notebookPath, { create: true });
    try {
      const report = launch(join(electronDir, 'main.mjs'), ['--notebook', notebookPath]);
      expect(report.exitCode).toBe(1);
      expect(report.window).toBeUndefined();
      expect(report.errorBox?.title).toBe('Parley could not start');
      expect(report.errorBox?.content).toMatch(/open in another Parley window or process/);
      expect(report.errorBox?.content).not.toMatch(/\n\s+at /);
    } finally {
      await held.close();
    }
  });

  it('says the interface must be built when dist/renderer is missing', async () => {
    const bare = join(top, 'bare', 'electron');
    await mkdir(bare, { recursive: true });
    const build = (await import(pathToFileURL(join(repo, 'build', 'build-electron.mjs')).href)) as {
      buildMain(outfile: string): Promise<unknown>;
    };
    await build.buildMain(join(bare, 'main.mjs'));
    const report = launch(join(bare, 'main.mjs'), ['--notebook', join(top, 'Unbuilt.parley')]);
    expect(report.exitCode).toBe(1);
    expect(report.errorBox?.content).toMatch(/npm run build/);
  });
});
