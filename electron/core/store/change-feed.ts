/** The collections a change can touch; annotations live in their source's file. */
export type ChangedCollection = 'sources' | 'annotations' | 'entities' | 'proposals' | 'briefs';

/**
 * One record written or deleted, told after the write is on disk. A change spanning two files
 * that failed halfway is told too: listeners read the record back from the store.
 */
export interface StoreChange {
  collection: ChangedCollection;
  id: string;
  change: 'put' | 'delete';
}

export type ChangeListener = (change: StoreChange) => void;

/**
 * Who wants to follow the notebook's changes (the search index) without the store knowing
 * them, and what must finish before the notebook's lock is given up (saving that index).
 */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private readonly closingTasks = new Set<() => Promise<void>>();

  /** Calls `listener` after each committed write; returns a function that stops it. */
  listen(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(...changes: StoreChange[]): void {
    for (const change of changes) {
      for (const listener of this.listeners) {
        // The write is already on disk: a listener's failure must not make it look failed.
        try {
          listener(change);
        } catch {
          // Listeners keep their own state and catch up from the store when they can.
        }
      }
    }
  }

  /** Runs `task` when the notebook closes, after its last write and before its lock is released. */
  whenClosing(task: () => Promise<void>): void {
    this.closingTasks.add(task);
  }

  async close(): Promise<void> {
    // A task that fails (a derived file that could not be saved) must not keep the notebook open.
    await Promise.all([...this.closingTasks].map((task) => task().catch(() => {})));
  }
}
