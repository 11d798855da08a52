import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/core/${name}`, import.meta.url));
}

export interface Child {
  process: ChildProcess;
  /** Every complete line the child has printed so far. */
  lines: string[];
  /** Resolves when a printed line satisfies `test`; rejects if the child exits first. */
  waitFor(test: (line: string, count: number) => boolean): Promise<void>;
  /** Resolves once the child has exited. */
  exited: Promise<void>;
  stderr(): string;
}

/** Runs a TypeScript fixture in a real Node process, as a second Parley would run. */
export function runFixture(script: string, args: string[]): Child {
  return runScript(fixture(script), args);
}

/** Runs the TypeScript file at `scriptPath` (an absolute path) in a real Node process. */
export function runScript(scriptPath: string, args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', scriptPath, ...args], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let buffered = '';
  let errors = '';
  const waiters: Array<() => void> = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of [...waiters]) wake();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    lines,
    exited,
    stderr: () => errors,
    waitFor(test) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (lines.some((line, i) => test(line, i + 1))) {
            waiters.splice(waiters.indexOf(check), 1);
            resolve();
          }
        };
        waiters.push(check);
        void exited.then(() => reject(new Error(`child exited early: ${errors}`)));
        check();
      });
    },
  };
}

/** SIGKILL: no exit handlers, no flushing, as in a crash or a power cut of the process. */
export async function killHard(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}

/** The pid of a process that has certainly exited. */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return child.pid as number;
}
