import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Adapter } from 'lowdb';
import { ParleyError } from '../../../shared/contract';

/** Every temp file this adapter makes ends so; `removeLeftoverTempFiles` knows them by it. */
export const TEMP_SUFFIX = '.parley-tmp';

/**
 * Turns the parsed JSON of a file into its typed value, or throws. Kept outside the adapter
 * so the adapter knows bytes and durability, and the store knows schemas and migrations.
 */
export type FileParser<T> = (raw: unknown, path: string) => T;

/**
 * A lowdb adapter whose `write` survives a crash or power cut at any moment: the file on
 * disk is always either the previous complete version or the new complete version.
 * (lowdb's own JSONFile renames but never fsyncs, so after a power cut the rename can reach
 * the disk before the data does and leave an empty file.)
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;

  constructor(
    path: string,
    private readonly parse: FileParser<T> = (raw) => raw as T,
  ) {
    this.path = resolve(path);
  }

  async read(): Promise<T | null> {
    // Wait for our own queued writes so a read after a write sees it.
    await pendingWrite(this.path);
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      return this.unreadable(error);
    }
    return this.parseText(text);
  }

  /**
   * The same read without the thread pool, for opening a notebook: thousands of small files
   * read one after another from the disk cache cost a fraction of four thread-pool round
   * trips each (open, stat, read, close). The caller makes sure no write of ours to the file
   * is pending (`isWritePending`), which `read` would wait for.
   */
  readNow(): T | null {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      return this.unreadable(error);
    }
    return this.parseText(text);
  }

  private unreadable(error: unknown): null {
    if (isErrno(error, 'ENOENT')) return null;
    throw new ParleyError('io-failed', `Parley could not read ${this.path}: ${reason(error)}`);
  }

  private parseText(text: string): T {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw damagedFile(this.path, `${this.path} is damaged: it is not valid JSON (${reason(error)}).`);
    }
    return this.parse(raw, this.path);
  }

  write(data: T): Promise<void> {
    // Serialised per file: writes land in call order (the last one wins) and no two ever
    // race on a rename of the same target.
    return enqueue(this.path, () => writeDurably(this.path, JSON.stringify(data)));
  }
}

/** One chain per absolute path, shared by every adapter instance in this process. */
const queues = new Map<string, Promise<void>>();

function enqueue(path: string, job: () => Promise<void>): Promise<void> {
  const previous = queues.get(path) ?? Promise.resolve();
  const next = previous.then(job, job);
  // The chain must not stay rejected, or every later write would fail too.
  const settled = next.catch(() => {});
  queues.set(path, settled);
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path);
  });
  return next;
}

/** True while a write of this process to `path` is queued or under way. */
export function isWritePending(path: string): boolean {
  return queues.has(resolve(path));
}

/** Resolves once every write queued so far for `path` has finished (successfully or not). */
export function pendingWrite(path: string): Promise<void> {
  return queues.get(resolve(path)) ?? Promise.resolve();
}

/** Writes `data` (text as UTF-8, or bytes) to `path` so that a crash leaves the old file or the new one, never a mix. */
export async function writeDurably(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  // Same folder as the target, because rename is only atomic within one filesystem; a
  // random part, because a crashed process may have left an earlier temp file behind.
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw new ParleyError('io-failed', `Parley could not save ${path}: ${reason(error)}`);
  }
  await syncFolder(folder);
}

/** Makes a rename (or a new or deleted file) in `folder` itself durable. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory; NTFS journals the rename on its own.
    if (process.platform === 'win32' || isErrno(error, 'EISDIR') || isErrno(error, 'EINVAL')) return;
    throw new ParleyError('io-failed', `Parley could not flush the folder ${folder}: ${reason(error)}`);
  } finally {
    await handle?.close();
  }
}

/** A notebook-damaged error naming the file relative to its notebook, as the app shows it. */
export type DamagedFileError = ParleyError & { readonly file: string };

/**
 * `notebook-damaged` for one of the notebook's own files (notebook.json, sources/<id>.json,
 * briefs/<id>.json), carrying that file so the app can name it and offer its backups.
 */
export function damagedFile(path: string, message: string): DamagedFileError {
  const error = new ParleyError('notebook-damaged', message) as ParleyError & { file: string };
  const shelf = basename(dirname(path));
  error.file = shelf === 'sources' || shelf === 'briefs' ? `${shelf}/${basename(path)}` : basename(path);
  return error;
}

/**
 * Whether anything is at `path`. Only "not there" is false: any other failure (a name too
 * long, a file where a folder should be, no permission) is an `io-failed` naming the path,
 * since paths are typed by people and can be anything.
 */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw new ParleyError('io-failed', `Parley could not look at ${path}: ${reason(error)}`);
  }
}

export function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
