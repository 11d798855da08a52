import { spawn } from 'node:child_process';
import { PARLEY_BIN, REPO_ROOT } from './serve';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (for --json runs). */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Runs the real `parley` command in a child process, as a script or a person would. */
export function parley(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PARLEY_BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      let json: unknown = undefined;
      try {
        json = JSON.parse(stdout);
      } catch {
        // Human output.
      }
      resolve({ status: status ?? -1, stdout, stderr, json });
    });
    child.stdin.end(options.input ?? '');
  });
}
