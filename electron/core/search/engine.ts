import type { NotebookStore } from '../store/notebook-store';
import type { ChangedCollection } from '../store/change-feed';
import { compactIndex } from './compact';
import type { Notebook } from './documents';
import { LiveIndex } from './live-index';
import { buildIndex, restoreIndex } from './load-index';
import { RecordLookup } from './lookup';
import { readSavedIndex, writeSavedIndex } from './saved-index';

/** Documents changed in one background turn, so a big import does not stall other requests. */
const DRAIN_BATCH = 50;
/** Fewer changes than this are quicker to catch up on at the next open than the whole index is to write. */
const WORTH_SAVING = 50;
/** A fresh index is saved a little after it is built, once the searches that asked for it are answered. */
const SAVE_DELAY_MS = 10_000;

/**
 * The notebook's search index over its life: read or built on the first search (opening a
 * notebook never waits for it), kept up to date from the store's change feed, and saved when
 * the notebook closes if enough changed.
 */
export class SearchEngine {
  private readonly notebook: Notebook;
  private loading: Promise<LiveIndex> | null = null;
  private live: LiveIndex | null = null;
  /** Records changed since the index last read them, oldest first. */
  private readonly pending = new Map<string, ChangedCollection>();
  /** Documents written since the index was last saved (Infinity: never saved). */
  private unsaved = 0;
  private draining = false;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly store: NotebookStore) {
    this.notebook = { store, records: new RecordLookup(store) };
    store.onChange(({ collection, id }) => {
      // Before the first search there is nothing to update: loading reads the notebook as it is then.
      if (!this.loading) return;
      this.pending.delete(id);
      this.pending.set(id, collection);
      this.drainSoon();
    });
    store.whenClosing(() => this.saveOnClose());
  }

  /** The index with every change told so far applied. */
  async current(): Promise<LiveIndex> {
    // A load that failed (a damaged source file) is tried again by the next search.
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    const live = await this.loading;
    this.drain(Infinity);
    return live;
  }

  private async load(): Promise<LiveIndex> {
    const notebookId = this.store.notebook.id;
    const saved = await readSavedIndex(this.store.folder, notebookId);
    const restored = saved ? restoreIndex(this.notebook, saved) : null;
    if (restored) {
      this.unsaved = restored.written;
      this.live = restored.live;
    } else {
      this.live = await buildIndex(this.notebook);
      this.unsaved = Infinity;
      setTimeout(() => void this.save(), SAVE_DELAY_MS).unref();
    }
    return this.live;
  }

  /** Applies up to `budget` documents' worth of pending changes; true if some are left. */
  private drain(budget: number): boolean {
    if (!this.live) return this.pending.size > 0;
    let written = 0;
    try {
      for (const [id, collection] of this.pending) {
        if (written >= budget) return true;
        this.pending.delete(id);
        try {
          written += this.live.apply(collection, id);
        } catch {
          // A record that cannot be read (a damaged file) stays out of the index; the
          // notebook says what is wrong with it where it is opened, and search goes on.
        }
      }
      return false;
    } finally {
      this.unsaved += written;
    }
  }

  private drainSoon(): void {
    if (this.draining) return;
    this.draining = true;
    setTimeout(() => {
      this.draining = false;
      if (this.drain(DRAIN_BATCH)) this.drainSoon();
    }, 0).unref();
  }

  private save(): Promise<void> {
    this.saving = this.saving.then(async () => {
      if (!this.live || this.unsaved < WORTH_SAVING) return;
      this.drain(Infinity);
      const saved = { revisions: this.live.registry.revisions(), words: compactIndex(this.live.words) };
      this.unsaved = 0;
      await writeSavedIndex(this.store.folder, this.store.notebook.id, saved).catch(() => {
        // Derived data: the next open rebuilds what could not be saved.
        this.unsaved = Infinity;
      });
    });
    return this.saving;
  }

  private async saveOnClose(): Promise<void> {
    if (!this.loading) return;
    await this.loading.catch(() => null);
    await this.save();
  }
}
