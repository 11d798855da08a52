import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const PARLEY_BIN = path.join(REPO_ROOT, 'bin', 'parley.mjs');

export interface Served {
  url: string;
  port: number;
  token: string;
  notebook: string;
  stop(): Promise<void>;
}

export async function tempNotebookDir(label = 'nb'): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), `parley-${label}-`));
  return path.join(parent, 'Test.parley');
}

/** Starts `parley serve` exactly as a person would, and waits for the address it prints. */
export async function serveNotebook(notebook: string): Promise<Served> {
  const child = spawn(process.execPath, [PARLEY_BIN, 'serve', '--json', '--notebook', notebook], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
  return { ...started, notebook, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
