import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const PARLEY_BIN = path.join(REPO_ROOT, 'bin', 'parley.mjs');

export interface Served<Notebook extends string | null = string> {
  url: string;
  port: number;
  token: string;
  /** The notebook asked for on the command line; null when the app starts without one. */
  notebook: Notebook;
  /** The app's own folder (recent list) and where new notebooks go: temp folders, never the real ones. */
  configDir: string;
  notebooksDir: string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  configDir?: string;
  notebooksDir?: string;
  /** Run the server as this user (e.g. `nobody`, so that file permissions bind it even when tests run as root). */
  user?: { uid: number; gid: number };
}

export async function tempNotebookDir(label = 'nb'): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), `parley-${label}-`));
  return path.join(parent, 'Test.parley');
}

/** Starts `parley serve` exactly as a person would, and waits for the address it prints. */
export async function serveNotebook(notebook: string, options?: ServeOptions): Promise<Served>;
export async function serveNotebook(notebook: null, options?: ServeOptions): Promise<Served<null>>;
export async function serveNotebook(notebook: string | null, options: ServeOptions = {}): Promise<Served<string | null>> {
  const configDir = options.configDir ?? (await mkdtemp(path.join(os.tmpdir(), 'parley-config-')));
  const notebooksDir = options.notebooksDir ?? (await mkdtemp(path.join(os.tmpdir(), 'parley-notebooks-')));
  const args = [PARLEY_BIN, 'serve', '--json', ...(notebook === null ? [] : ['--notebook', notebook])];
  const env: NodeJS.ProcessEnv = { ...process.env, PARLEY_CONFIG_DIR: configDir, PARLEY_NOTEBOOKS_DIR: notebooksDir };
  delete env['PARLEY_NOTEBOOK'];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env, ...(options.user ?? {}) });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const started = await new Promise<{ url: string; port: number; token: string }>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      try {
        resolve(JSON.parse(stdout));
      } catch {
        // Not all of it has arrived yet.
      }
    });
    child.once('exit', (code) => reject(new Error(`parley serve exited with ${code}: ${stderr}`)));
  });
  return { ...started, notebook, configDir, notebooksDir, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
