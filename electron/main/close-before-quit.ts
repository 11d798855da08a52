/** The part of Electron's `will-quit` event the guard uses. */
export interface QuitEvent {
  preventDefault(): void;
}

export interface CloseBeforeQuit {
  /** Hands over the open notebook's close and forgets it; undefined when none is open. */
  readonly takeClose: () => (() => Promise<void>) | undefined;
  readonly quit: () => void;
  readonly onError: (error: unknown) => void;
}

/**
 * A `will-quit` listener that holds the quit until the notebook has closed: Electron does
 * not wait for promises, and quitting mid-write would skip the fsync and leave the lock.
 * The first quit is cancelled, the notebook closes, then quit runs again and passes.
 */
export function closeBeforeQuit({ takeClose, quit, onError }: CloseBeforeQuit): (event: QuitEvent) => void {
  return (event) => {
    const close = takeClose();
    if (close === undefined) return;
    event.preventDefault();
    close().catch(onError).finally(quit);
  };
}
