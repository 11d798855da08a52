import type { ErrorValue, Result } from '../../shared/contract';
import type { Brief, RichText } from '../../shared/model';

export type BriefChange = { title?: string; content?: RichText };

export type SaveEvent =
  | { kind: 'waiting' }
  | { kind: 'saving' }
  | { kind: 'saved'; brief: Brief; more: boolean }
  | { kind: 'failed'; error: ErrorValue };

type Send = (change: BriefChange, rev: number) => Promise<Result<Brief>>;

/** Long enough that a typed sentence is one save, short enough that little waits to be lost. */
export const SAVE_AFTER_MS = 500;

/**
 * Saves one brief's edits in the order they were made. Edits wait a moment after the last
 * keystroke, then go out one save at a time, each with the revision the last save returned;
 * whatever is typed while a save is in flight is saved right after it. A failed save keeps
 * its edits (newer edits win) for the retry, so no keystroke is dropped on the floor.
 */
export class BriefSaver {
  #pending: BriefChange | null = null;
  #inFlight: Promise<boolean> | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #rev: number;

  constructor(
    readonly briefId: string,
    rev: number,
    private readonly send: Send,
    private readonly report: (event: SaveEvent) => void,
    private readonly delayMs = SAVE_AFTER_MS,
  ) {
    this.#rev = rev;
  }

  /** True while an edit is not yet on disk. */
  get unsaved(): boolean {
    return this.#pending !== null || this.#inFlight !== null;
  }

  change(change: BriefChange): void {
    this.#pending = { ...this.#pending, ...change };
    this.report({ kind: 'waiting' });
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves everything now; true when every edit made so far is on disk. */
  async flush(): Promise<boolean> {
    this.#clearTimer();
    for (;;) {
      if (this.#inFlight) {
        if (!(await this.#inFlight)) return false;
        continue;
      }
      const change = this.#pending;
      if (!change) return true;
      this.#pending = null;
      this.#inFlight = this.#saveOne(change).finally(() => {
        this.#inFlight = null;
      });
    }
  }

  /** Forgets edits not yet sent: the brief was deleted, or reloaded after someone else saved it. */
  discard(): void {
    this.#clearTimer();
    this.#pending = null;
  }

  async #saveOne(change: BriefChange): Promise<boolean> {
    this.report({ kind: 'saving' });
    const saved = await this.send(change, this.#rev);
    if (saved.ok) {
      this.#rev = saved.value.rev;
      this.report({ kind: 'saved', brief: saved.value, more: this.#pending !== null });
      return true;
    }
    this.#pending = { ...change, ...this.#pending };
    this.report({ kind: 'failed', error: saved.error });
    return false;
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
