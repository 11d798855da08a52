import { BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { fail, ok, type Result } from '../../shared/contract';
import { dispatch, type UnexpectedErrorSink } from '../core/dispatch';
import { AppSession, type SessionOptions } from '../core/session/app-session';
import { bringForward, createDesktopWindow, loadApp, onPlaceSettled, windowStateOf } from './desktop-window';
import { notebookAskedFor, placeNotebook, windowHolding, type WindowSummary } from './window-choice';
import { WindowStateFile } from './window-state-file';

export interface WindowsOptions {
  /** What every window's session gets (door, folders, dialog, log, printing). */
  readonly session: SessionOptions;
  readonly home: string;
  readonly preload: string;
  /** The menu's enabled states and recent list follow the windows. */
  readonly onChange: () => void;
  readonly onError: (error: unknown, context: string) => void;
}

export interface DesktopWindow {
  readonly window: BrowserWindow;
  readonly session: AppSession;
}

interface Entry extends DesktopWindow {
  /** The notebook the window shows, for its saved size and place. */
  notebookPath: string | null;
}

/**
 * Parley's windows, one notebook each, every one with its own AppSession. Contract calls
 * are answered by the session of the window that sent them; closing a window closes its
 * notebook, and quitting waits until every notebook has closed.
 */
export class NotebookWindows {
  private readonly entries = new Map<number, Entry>();
  /** Notebooks closing and window states being saved; a quit waits for them. */
  private readonly pending = new Set<Promise<unknown>>();
  private readonly states: WindowStateFile;
  private lastFocused: number | null = null;

  constructor(private readonly options: WindowsOptions) {
    this.states = new WindowStateFile(options.session.configFolder);
  }

  /** A window on `askedFor` (created when missing), else the last notebook, else the welcome. */
  async launch(askedFor?: string): Promise<void> {
    const session = new AppSession(this.options.session);
    try {
      await session.launch(askedFor);
    } catch (error) {
      await session.dispose();
      throw error;
    }
    await this.show(session);
  }

  /**
   * Opens a notebook from the menu, the dock or a second launch: its own window if it has
   * one, else a window showing the welcome, else a new window. `how` opens it in a session.
   */
  async openNotebook(path: string, how: (session: AppSession) => Promise<unknown>): Promise<void> {
    const placement = placeNotebook(path, this.summaries(), this.focused()?.window.id ?? null);
    if (placement.kind === 'focus') return this.focus(placement.windowId);
    if (placement.kind === 'in-window') {
      const entry = this.entries.get(placement.windowId)!;
      await how(entry.session);
      await this.changed(entry);
      // The page learns what is open when it starts; a fresh start is the plain way to show the notebook.
      entry.window.webContents.reload();
      return bringForward(entry.window);
    }
    const session = new AppSession(this.options.session);
    try {
      await how(session);
    } catch (error) {
      await session.dispose();
      throw error;
    }
    await this.show(session);
  }

  /** One contract call from a page, answered by its own window's session. */
  async dispatch(event: IpcMainInvokeEvent, operation: unknown, request: unknown, onUnexpected: UnexpectedErrorSink): Promise<Result<unknown>> {
    const entry = [...this.entries.values()].find((e) => e.window.webContents === event.sender);
    if (!entry) return fail('forbidden', 'This window has no notebook session.');
    const asked = notebookAskedFor(operation, request, { notebooksFolder: this.options.session.notebooksFolder, home: this.options.home });
    const holder = asked === null ? null : windowHolding(asked, this.summaries(), entry.window.id);
    if (holder !== null) {
      // Opening it here would only meet its lock: show the window that has it instead.
      this.focus(holder);
      return ok(await entry.session.state());
    }
    const result = await dispatch(entry.session.handlers, operation, request, onUnexpected);
    if (typeof operation === 'string' && operation.startsWith('notebooks.')) await this.changed(entry);
    return result;
  }

  /** The window in front, else the one last in front, else any. */
  focused(): DesktopWindow | undefined {
    const focused = BrowserWindow.getFocusedWindow();
    return (
      (focused && this.entries.get(focused.id)) ??
      (this.lastFocused === null ? undefined : this.entries.get(this.lastFocused)) ??
      this.entries.values().next().value
    );
  }

  /** Where files handed to Parley are imported: the window in front if it has a notebook, else any that has one. */
  withNotebook(): DesktopWindow | undefined {
    const front = this.focused();
    if (front?.session.notebook) return front;
    return [...this.entries.values()].find((e) => e.session.notebook !== null);
  }

  get count(): number {
    return this.entries.size;
  }

  /** For `closeBeforeQuit`: closes every notebook and waits for saves under way; undefined when there is nothing. */
  takeClose(): (() => Promise<void>) | undefined {
    const sessions = [...this.entries.values()].map((e) => e.session);
    this.entries.clear();
    const pending = [...this.pending];
    if (sessions.length === 0 && pending.length === 0) return undefined;
    return async () => {
      await Promise.allSettled([...pending, ...sessions.map((s) => s.dispose())]);
    };
  }

  private async show(session: AppSession): Promise<void> {
    const notebookPath = session.notebook?.path ?? null;
    const window = createDesktopWindow(await this.states.read(notebookPath), this.options.preload);
    const entry: Entry = { window, session, notebookPath };
    const id = window.id;
    this.entries.set(id, entry);
    window.on('focus', () => {
      this.lastFocused = id;
      this.options.onChange();
    });
    const savePlace = () => this.track(this.states.save(entry.notebookPath, windowStateOf(window)), 'saving the window’s place');
    onPlaceSettled(window, savePlace);
    window.on('closed', () => {
      // Already gone when a quit took every session at once.
      if (this.entries.get(id) !== entry) return;
      this.entries.delete(id);
      if (this.lastFocused === id) this.lastFocused = null;
      this.track(session.dispose(), 'closing the notebook');
      this.options.onChange();
    });
    await this.changed(entry);
    await loadApp(window);
  }

  private async changed(entry: Entry): Promise<void> {
    const notebook = entry.session.notebook;
    const previous = entry.notebookPath;
    entry.notebookPath = notebook?.path ?? null;
    // The notebook leaving this window keeps the place it had, for the next time it opens.
    if (previous !== null && previous !== entry.notebookPath && !entry.window.isDestroyed()) {
      this.track(this.states.save(previous, windowStateOf(entry.window)), 'saving the window’s place');
    }
    const title = notebook ? (await notebook.handlers['notebook.info']({})).title : null;
    if (!entry.window.isDestroyed()) entry.window.setTitle(title ? `${title} — Parley` : 'Parley');
    this.options.onChange();
  }

  private focus(windowId: number): void {
    const entry = this.entries.get(windowId);
    if (entry) bringForward(entry.window);
  }

  private summaries(): WindowSummary[] {
    return [...this.entries.entries()].map(([id, e]) => ({ id, notebookPath: e.session.notebook?.path ?? null }));
  }

  private track(work: Promise<unknown>, context: string): void {
    const run = work.catch((error: unknown) => this.options.onError(error, context)).finally(() => this.pending.delete(run));
    this.pending.add(run);
  }
}
