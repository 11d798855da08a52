import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * Runs the real main-process bundle in Node with the fake `electron` module beside this
 * file, and returns what the shell did. See fake-electron.mjs and scenarios/.
 */

export type Report = {
  exitCode: number;
  calls: string[];
  sandboxEnabled?: boolean;
  appName?: string;
  schemes?: unknown;
  window?: { webPreferences: Record<string, unknown>; x: number; y: number; width: number; height: number };
  windows: { id: number; title: string; shown: boolean; focused: number; reloads: number; maximized?: boolean; options: Record<string, unknown> }[];
  sent: { window: number; channel: string; payload: unknown }[];
  errorBoxes: { title: string; content: string }[];
  dialogs: { title: string; properties: string[] }[];
  openedPaths: string[];
  loadedUrl?: string;
  page?: { status: number; csp: string | null; body: string };
  errorBox?: { title: string; content: string };
  scenarioError?: string;
  [key: string]: unknown;
};

const repo = join(import.meta.dirname, '..', '..', '..', '..');
const hooks = pathToFileURL(join(import.meta.dirname, 'electron-hooks.mjs')).href;
const registerHooks = `data:text/javascript,${encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hooks)});`)}`;

export const scenario = (name: string) => join(import.meta.dirname, 'scenarios', `${name}.mjs`);

type BuildScript = { buildMain(outfile: string): Promise<unknown>; buildPreload(outfile: string): Promise<unknown> };

export function buildScript(): Promise<BuildScript> {
  return import(pathToFileURL(join(repo, 'build', 'build-electron.mjs')).href) as Promise<BuildScript>;
}

/** A built app in a temporary folder inside the repository, so the bundle finds node_modules as the app would. */
export async function buildApp(): Promise<{ top: string; main: string; remove: () => Promise<void> }> {
  const cache = join(repo, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const top = await mkdtemp(join(cache, 'parley-main-'));
  const electronDir = join(top, 'dist', 'electron');
  const build = await buildScript();
  await Promise.all([build.buildMain(join(electronDir, 'main.mjs')), build.buildPreload(join(electronDir, 'preload.cjs'))]);
  await mkdir(join(top, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(top, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Parley</title>');
  return { top, main: join(electronDir, 'main.mjs'), remove: () => rm(top, { recursive: true, force: true }) };
}

/** Launches the bundle as `electron main.mjs …args` would, with `home` as the person's home folder. */
export function launch(main: string, args: string[], home: string, env: Record<string, string> = {}): Report {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PARLEY_FAKE_HOME: home, ...env };
  for (const name of ['PARLEY_NOTEBOOK', 'PARLEY_CONFIG_DIR', 'PARLEY_NOTEBOOKS_DIR']) if (!(name in env)) delete childEnv[name];
  const run = spawnSync(process.execPath, ['--import', registerHooks, main, ...args], { env: childEnv, encoding: 'utf8', timeout: 60_000 });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (!last.startsWith('{')) throw new Error(`The main process printed no report.\n${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(last) as Report;
  if (report.scenarioError) throw new Error(`The scenario failed: ${report.scenarioError}`);
  return report;
}
