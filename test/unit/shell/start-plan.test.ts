import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations; its JSDoc says the shapes.
import { NO_DISPLAY, NO_RUNTIME, startPlan } from '../../../scripts/start-plan.mjs';

type Plan = { kind: 'desktop' | 'browser'; notice?: string; script: string; args: string[]; cwd: string };
const plan = startPlan as (input: object) => Plan;

const root = join('/work', 'parley');
const cwd = join('/home', 'ada', 'research');
const base = { root, cwd, platform: 'linux', env: { DISPLAY: ':0' }, args: [] as string[] };

describe('npm start', () => {
  it('opens the desktop app with the same arguments when Electron’s runtime is there', () => {
    const desktop = plan({ ...base, runtimeInstalled: true, args: ['--notebook', 'Talks.parley'] });
    expect(desktop).toEqual({ kind: 'desktop', script: join(root, 'dist', 'electron', 'main.mjs'), args: ['--notebook', 'Talks.parley'], cwd });
    expect(desktop.notice).toBeUndefined();
  });

  it('says so in one line and serves the browser mode when the runtime is missing', () => {
    const browser = plan({ ...base, runtimeInstalled: false });
    expect(browser).toEqual({ kind: 'browser', notice: NO_RUNTIME, script: join(root, 'bin', 'parley.mjs'), args: ['serve'], cwd });
    expect(browser.notice?.split('\n')).toHaveLength(1);
  });

  it('serves the notebook the desktop was asked for, given as a flag or as a bare folder', () => {
    expect(plan({ ...base, runtimeInstalled: false, args: ['--notebook', 'Talks.parley'] }).args).toEqual(['serve', '--notebook', join(cwd, 'Talks.parley')]);
    expect(plan({ ...base, runtimeInstalled: false, args: ['--notebook=/data/Rivers.parley', '--port=4100'] }).args).toEqual([
      'serve',
      '--notebook',
      '/data/Rivers.parley',
      '--port',
      '4100',
    ]);
    expect(plan({ ...base, runtimeInstalled: false, args: ['--inspect', '../Harbour.parley'] }).args).toEqual([
      'serve',
      '--notebook',
      join('/home', 'ada', 'Harbour.parley'),
    ]);
  });

  it('falls back to the browser on a Linux machine without a display, saying why', () => {
    const headless = plan({ ...base, runtimeInstalled: true, env: {} });
    expect(headless).toMatchObject({ kind: 'browser', notice: NO_DISPLAY });
    expect(plan({ ...base, runtimeInstalled: true, env: { WAYLAND_DISPLAY: 'wayland-0' } }).kind).toBe('desktop');
    // macOS and Windows always have a screen to show a window on.
    expect(plan({ ...base, runtimeInstalled: true, platform: 'darwin', env: {} }).kind).toBe('desktop');
  });
});
