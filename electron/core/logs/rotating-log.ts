import { appendFile, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogEntry } from '../session/app-session';
import { isErrno } from '../store/durable-file';
import { formatLogLine } from './log-line';

export interface RotatingLogOptions {
  /** The app's log folder: Electron's `app.getPath('logs')`, or `<config folder>/logs`. */
  folder: string;
  /** A file is rotated once the next line would take it past this size. */
  maxBytes?: number;
  /** How many files are kept, the current one included. */
  files?: number;
  /** The clock, so tests can name the time. */
  now?: () => Date;
}

export const LOG_FILE_NAME = 'parley.log';

/** Where `parley serve` and the CLI keep their log: beside the recent list. */
export function logFolderOf(configFolder: string): string {
  return join(configFolder, 'logs');
}

/**
 * The app's log file, rotated by size: parley.log is written, and when full it becomes
 * parley.1.log, the older ones move up and the oldest is deleted, so the folder never
 * grows past `files × maxBytes`. Writes run one at a time; a log that cannot be written
 * is reported once on stderr and never fails the work that was logging.
 */
export class RotatingLog {
  private readonly maxBytes: number;
  private readonly files: number;
  private readonly now: () => Date;
  private size: number | null = null;
  private queue: Promise<void> = Promise.resolve();
  private complained = false;

  constructor(private readonly options: RotatingLogOptions) {
    this.maxBytes = options.maxBytes ?? 1_000_000;
    this.files = Math.max(1, options.files ?? 5);
    this.now = options.now ?? (() => new Date());
  }

  get folder(): string {
    return this.options.folder;
  }

  /** The file being written now. */
  get file(): string {
    return join(this.options.folder, LOG_FILE_NAME);
  }

  /** Queues one entry; the promise settles once it is on disk (or could not be written). */
  write(entry: LogEntry): Promise<void> {
    const line = formatLogLine(entry, this.now());
    this.queue = this.queue.then(() => this.append(line)).catch((error: unknown) => this.complain(error));
    return this.queue;
  }

  private async append(line: string): Promise<void> {
    const bytes = Buffer.byteLength(line);
    if (this.size === null) {
      await mkdir(this.options.folder, { recursive: true });
      this.size = await sizeOf(this.file);
    }
    if (this.size > 0 && this.size + bytes > this.maxBytes) {
      await this.rotate();
      this.size = 0;
    }
    await appendFile(this.file, line, 'utf8');
    this.size += bytes;
  }

  private async rotate(): Promise<void> {
    const numbered = (n: number) => join(this.options.folder, n === 0 ? LOG_FILE_NAME : `parley.${n}.log`);
    // Windows refuses to rename onto an existing file, so the oldest goes first.
    await unlink(numbered(this.files - 1)).catch(ignoreMissing);
    for (let n = this.files - 2; n >= 0; n--) {
      await rename(numbered(n), numbered(n + 1)).catch(ignoreMissing);
    }
  }

  private complain(error: unknown): void {
    // Next write starts over from the disk, whatever state this one left.
    this.size = null;
    if (this.complained) return;
    this.complained = true;
    console.error(`Parley could not write its log in ${this.options.folder}:`, error instanceof Error ? error.message : error);
  }
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 0;
    throw error;
  }
}

function ignoreMissing(error: unknown): void {
  if (!isErrno(error, 'ENOENT')) throw error;
}
