import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import {
  operationNames,
  ParleyError,
  sessionOperationNames,
  type AppState,
  type NotebookOperationName,
  type NotebookProblem,
} from '../../../shared/contract';
import type { Handlers, NotebookHandlers, SessionHandlers } from '../dispatch';
import { listBackups, restoreNotebook } from '../backups';
import { bundleTitle, importBundle } from '../bundle';
import { openNotebook, type OpenNotebook, type OpenOptions } from '../notebook';
import { expandHome } from '../notebook-location';
import { SAMPLE_FOLDER_NAME, writeSampleNotebook } from '../sample';
import { pathExists } from '../store/durable-file';
import { RecentList, withOpened, without, type RecentEntry } from './recent';

export interface SessionOptions {
  door: AppState['door'];
  /** The app's own folder (recent list). */
  configFolder: string;
  /** Where new notebooks, the sample and imported bundles go unless a path is given. */
  notebooksFolder: string;
  /** Passed to every notebook this session opens (PDF printing, backup timing). */
  notebookOptions?: Omit<OpenOptions, 'create' | 'title'>;
  /** The system's folder dialog (desktop); browser mode has none and says so. */
  chooseFolder?: (purpose: 'open' | 'create') => Promise<string | null>;
  home?: string;
  /** Where the page's errors go (the app's rotating log file); dropped when absent. */
  log?: (entry: LogEntry) => void;
}

export interface LogEntry {
  level: 'error' | 'warning' | 'info';
  message: string;
  stack?: string;
  /** Which side it came from: the page, or the process itself. */
  origin: 'renderer' | 'main';
}

/**
 * One window's view of the app: at most one open notebook, or none (welcome), or one that
 * could not be opened (its problem and backups). Every operation of the contract comes
 * through `handlers`: the app's own here, the notebook's passed to the open notebook.
 */
export class AppSession {
  private current: OpenNotebook | null = null;
  private problem: NotebookProblem | null = null;
  private readonly recent: RecentList;
  /** One change at a time: opening while closing would race on the lock. */
  private queue: Promise<unknown> = Promise.resolve();
  readonly handlers: Handlers;

  constructor(private readonly options: SessionOptions) {
    this.recent = new RecentList(options.configFolder);
    this.handlers = { ...this.sessionHandlers(), ...routedToNotebook(() => this.current) };
  }

  /** The open notebook, if any (the desktop shell uses it to name windows and find duplicates). */
  get notebook(): OpenNotebook | null {
    return this.current;
  }

  /**
   * At launch: the notebook asked for on the command line (created when missing), else the
   * one opened last, else nothing (the welcome). A last notebook that fails to open leaves
   * its problem on show rather than stopping the app.
   */
  async launch(askedFor?: string): Promise<AppState> {
    if (askedFor) return this.open(askedFor, { create: true });
    const [last] = await this.recent.read();
    if (last && (await isFolder(last.path))) {
      await this.open(last.path).catch(() => {});
    }
    return this.state();
  }

  async state(): Promise<AppState> {
    const recent = await this.recent.read();
    const notebook = this.current ? await this.current.handlers['notebook.info']({}) : null;
    return {
      door: this.options.door,
      notebook,
      problem: this.problem,
      recent: await Promise.all(
        recent.map(async (entry) => ({ ...entry, available: await isFolder(entry.path) })),
      ),
      notebooksFolder: this.options.notebooksFolder,
      firstRun: recent.length === 0 && notebook === null && this.problem === null,
    };
  }

  /**
   * Opens the notebook at `path` in place of the current one. A damaged notebook becomes
   * the session's problem (the app offers its backups); any other failure (locked, not a
   * notebook) is thrown and the current notebook stays open.
   */
  open(path: string, how: { create?: boolean; title?: string } = {}): Promise<AppState> {
    return this.serially(async () => {
      const folder = this.absolute(path);
      if (this.current?.path === folder) return this.state();
      let opened: OpenNotebook;
      try {
        opened = await openNotebook(folder, { ...this.options.notebookOptions, ...how });
      } catch (error) {
        if (error instanceof ParleyError && error.code === 'notebook-damaged') {
          await this.closeCurrent();
          this.problem = {
            path: folder,
            code: error.code,
            message: error.message,
            file: damagedFileOf(error),
            backups: await listBackups(folder).catch(() => []),
          };
          return this.state();
        }
        throw error;
      }
      await this.closeCurrent();
      this.current = opened;
      this.problem = null;
      await this.remember(opened);
      return this.state();
    });
  }

  close(): Promise<AppState> {
    return this.serially(async () => {
      await this.closeCurrent();
      this.problem = null;
      return this.state();
    });
  }

  /** Closes whatever is open; the session is done (window closed, app quitting). */
  async dispose(): Promise<void> {
    await this.serially(() => this.closeCurrent());
  }

  private async closeCurrent(): Promise<void> {
    const open = this.current;
    this.current = null;
    await open?.close();
  }

  private async remember(opened: OpenNotebook): Promise<void> {
    const info = await opened.handlers['notebook.info']({});
    const entry: RecentEntry = { path: opened.path, title: info.title, openedAt: new Date().toISOString() };
    // The recent list is a convenience: failing to save it must not fail the open.
    await this.recent.write(withOpened(await this.recent.read(), entry)).catch(() => {});
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  private absolute(path: string): string {
    return resolve(expandHome(path.trim(), this.options.home ?? homedir()));
  }

  /** A new folder for `title` in the notebooks folder: "Talks.parley", else "Talks 2.parley"… */
  private async freshFolder(title: string): Promise<string> {
    const base = safeFileName(title);
    for (let n = 1; ; n++) {
      const candidate = join(this.options.notebooksFolder, `${base}${n === 1 ? '' : ` ${n}`}.parley`);
      if (!(await pathExists(candidate))) return candidate;
    }
  }

  private sessionHandlers(): SessionHandlers {
    return {
      'app.state': () => this.state(),
      'app.log': async ({ level, message, stack }) => {
        this.options.log?.({ level, message, ...(stack === undefined ? {} : { stack }), origin: 'renderer' });
        return {};
      },
      'notebooks.create': async ({ title, path }) => {
        const folder = path ? this.absolute(path) : await this.freshFolder(title);
        if (path && (await pathExists(join(folder, 'notebook.json')))) {
          throw new ParleyError('conflict', `${folder} is already a notebook; open it instead.`);
        }
        return this.open(folder, { create: true, title });
      },
      'notebooks.open': async ({ path }) => {
        const folder = this.absolute(path);
        if (!(await pathExists(join(folder, 'notebook.json'))) && !(await isFolder(folder))) {
          throw new ParleyError('not-found', `There is no Parley notebook at ${folder}.`);
        }
        return this.open(folder);
      },
      'notebooks.openSample': async () => {
        const folder = join(this.options.notebooksFolder, SAMPLE_FOLDER_NAME);
        if (!(await pathExists(join(folder, 'notebook.json')))) await writeSampleNotebook(folder);
        return this.open(folder);
      },
      'notebooks.close': () => this.close(),
      'notebooks.forget': async ({ path }) => {
        await this.recent.write(without(await this.recent.read(), this.absolute(path)));
        return this.state();
      },
      'notebooks.choose': async ({ purpose }) => {
        if (!this.options.chooseFolder) {
          throw new ParleyError('unavailable', 'There is no folder dialog in the browser; type the notebook’s folder instead.');
        }
        return { path: await this.options.chooseFolder(purpose) };
      },
      'notebooks.importBundle': async ({ fileName, dataBase64, path }) => {
        const bytes = Buffer.from(dataBase64, 'base64');
        const title = (await bundleTitle(bytes)) ?? fileName.replace(/\.zip$/i, '');
        const folder = path ? this.absolute(path) : await this.freshFolder(title);
        await importBundle(bytes, folder);
        return this.open(folder);
      },
      'notebooks.restore': async ({ path, backupId }) => {
        const folder = this.absolute(path);
        const result = await this.serially(async () => {
          if (this.current?.path === folder) await this.closeCurrent();
          if (this.problem?.path === folder) this.problem = null;
          return restoreNotebook(folder, backupId);
        });
        return { state: await this.open(folder), ...result };
      },
    };
  }
}

/** Every notebook operation, passed to the notebook open at the time of the call. */
function routedToNotebook(current: () => OpenNotebook | null): NotebookHandlers {
  const routed: Record<string, (request: unknown) => Promise<unknown>> = {};
  const session = new Set<string>(sessionOperationNames);
  for (const operation of operationNames) {
    if (session.has(operation)) continue;
    routed[operation] = (request) => {
      const open = current();
      if (!open) return Promise.reject(new ParleyError('not-found', 'No notebook is open. Open or create one first.'));
      const handler = open.handlers[operation as NotebookOperationName] as (r: unknown) => Promise<unknown>;
      return handler(request);
    };
  }
  return routed as unknown as NotebookHandlers;
}

function damagedFileOf(error: ParleyError): string | null {
  const file = (error as ParleyError & { file?: unknown }).file;
  return typeof file === 'string' ? file : null;
}

/** Titles may hold characters no file system accepts in a name. */
function safeFileName(title: string): string {
  const cleaned = [...title]
    .map((c) => (c.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return cleaned || 'Notebook';
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
