import type { AppState, ErrorValue, ParleyApi, Result } from '../../shared/contract';
import { describeError } from '../logic/errors';
import { Store } from '../state/Store';
import { leaveNotice } from './notice';

export type AppStoreState = {
  status: 'loading' | 'ready' | 'failed';
  app: AppState | null;
  /** Why `app.state` itself failed (the page then has nothing to show but this). */
  error: ErrorValue | null;
  /** An app operation in flight: buttons wait rather than asking twice. */
  busy: boolean;
  /** What the last operation could not do, in plain words, until the next one starts. */
  problem: string | null;
};

/**
 * The app around the notebook: what is open, the recent list, a damaged notebook's
 * problem. Everything that changes the open notebook ends in a page reload, so every
 * notebook store starts clean; the browser-mode token survives it in sessionStorage.
 */
export class AppStore extends Store<AppStoreState> {
  constructor(
    private readonly api: ParleyApi,
    private readonly reload: () => void = () => window.location.reload(),
  ) {
    super({ status: 'loading', app: null, error: null, busy: false, problem: null });
  }

  async load(): Promise<void> {
    const state = await this.api['app.state']({});
    if (state.ok) this.update({ status: 'ready', app: state.value, error: null });
    else this.update({ status: 'failed', error: state.error });
  }

  create(title: string, path?: string): Promise<boolean> {
    return this.switchTo(() => this.api['notebooks.create']({ title, ...(path ? { path } : {}) }));
  }

  open(path: string): Promise<boolean> {
    return this.switchTo(() => this.api['notebooks.open']({ path }));
  }

  openSample(): Promise<boolean> {
    return this.switchTo(() => this.api['notebooks.openSample']({}));
  }

  close(): Promise<boolean> {
    return this.switchTo(() => this.api['notebooks.close']({}));
  }

  importBundle(fileName: string, dataBase64: string): Promise<boolean> {
    return this.switchTo(() => this.api['notebooks.importBundle']({ fileName, dataBase64 }));
  }

  /** The recent list changes; what is open does not, so no reload. */
  async forget(path: string): Promise<void> {
    const state = await this.run(() => this.api['notebooks.forget']({ path }));
    if (state) this.update({ app: state });
  }

  /** The desktop's folder dialog; null when cancelled or in the browser (which has none). */
  async choose(purpose: 'open' | 'create'): Promise<string | null> {
    const chosen = await this.run(() => this.api['notebooks.choose']({ purpose }));
    return chosen?.path ?? null;
  }

  /**
   * Replaces a notebook's files with one of its backups. The page reloads on the restored
   * notebook and says there which backup it was and where the replaced files went.
   */
  async restore(path: string, backupId?: string): Promise<boolean> {
    const done = await this.run(() => this.api['notebooks.restore']({ path, ...(backupId ? { backupId } : {}) }));
    if (!done) return false;
    leaveNotice({ kind: 'restored', backup: done.restored, setAside: done.setAside });
    this.update({ app: done.state, status: 'loading' });
    this.reload();
    return true;
  }

  /** Shown when a command needs something the app cannot do right now. */
  say(problem: string | null): void {
    this.update({ problem });
  }

  private async switchTo(operation: () => Promise<Result<AppState>>): Promise<boolean> {
    const state = await this.run(operation);
    if (!state) return false;
    // "Opening…" until the page has reloaded: drawing the new notebook (or the welcome) in
    // the old page first would flash it, and a click on it would land on a page going away.
    this.update({ app: state, status: 'loading' });
    this.reload();
    return true;
  }

  private async run<T>(operation: () => Promise<Result<T>>): Promise<T | null> {
    this.update({ busy: true, problem: null });
    const result = await operation();
    this.update({ busy: false, problem: result.ok ? null : describeError(result.error) });
    return result.ok ? result.value : null;
  }
}
