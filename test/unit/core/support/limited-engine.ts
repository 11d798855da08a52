import { spawn } from 'node:child_process';
import { chmod, chown, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { OperationName, RequestOf, Result } from '../../../../shared/contract';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const script = fileURLToPath(new URL('./notebook-over-stdin.ts', import.meta.url));

/** `nobody`: file permissions bind it, as they bind a person (root ignores them). */
export const NOBODY = { uid: 65534, gid: 65534 };
export const runningAsRoot = process.getuid?.() === 0;

export interface Limits {
  /** Largest file the engine may write, in 512-byte blocks (`ulimit -f`): past it, writes fail with EFBIG. */
  fileBlocks?: number;
  /** Run as this user, e.g. so that a read-only folder is read-only for the engine too. */
  user?: { uid: number; gid: number };
}

export interface LimitedEngine {
  call<K extends OperationName>(operation: K, request: RequestOf<K>): Promise<Result<unknown>>;
  /** Closes the notebook (releasing its lock) and waits for the process to end. */
  close(): Promise<void>;
  stderr(): string;
}

/** A Parley engine in its own process under `limits`, driven one request at a time. */
export async function startLimitedEngine(notebookPath: string, limits: Limits = {}): Promise<LimitedEngine> {
  const limit = limits.fileBlocks === undefined ? '' : `ulimit -f ${limits.fileBlocks} && `;
  // Node ignores SIGXFSZ, so a write past the limit fails with EFBIG instead of killing it.
  const child = spawn('sh', ['-c', `${limit}exec "$0" --import tsx "$1" "$2"`, process.execPath, script, notebookPath], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(limits.user ?? {}),
  });
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const line = await lines.next();
    if (line.done) throw new Error(`the engine ended early: ${errors}`);
    return line.value;
  };
  const first = await next();
  if (first !== 'ready') throw new Error(`the engine did not start: ${first} ${errors}`);

  let queue: Promise<unknown> = Promise.resolve();
  return {
    call(operation, request) {
      const answer = queue.then(async () => {
        child.stdin.write(`${JSON.stringify({ operation, request })}\n`);
        return JSON.parse(await next()) as Result<unknown>;
      });
      queue = answer.catch(() => {});
      return answer;
    },
    async close() {
      child.stdin.end(`${JSON.stringify({ close: true })}\n`);
      await exited;
    },
    stderr: () => errors,
  };
}

/** Hands a folder (and everything in it) to `user`, and lets it reach the folder through its parents. */
export async function giveTo(folder: string, user: { uid: number; gid: number }): Promise<void> {
  const walk = async (dir: string) => {
    await chown(dir, user.uid, user.gid);
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(dir, entry.name));
      else await chown(join(dir, entry.name), user.uid, user.gid);
    }
  };
  await walk(folder);
  // mkdtemp makes the temp parent 0700: others could not even look inside.
  await chmod(dirname(folder), 0o755);
}
