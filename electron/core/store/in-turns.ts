import { setImmediate as nextTurn } from 'node:timers/promises';

/** Files read between two turns of the event loop: a few milliseconds of work. */
const PER_TURN = 128;

/**
 * Runs `task` over `items` one after another, letting the event loop run between groups so
 * a long open (thousands of files read without the thread pool) never freezes the process.
 * Rejects on the first failure.
 */
export async function forEachInTurns<T>(items: readonly T[], task: (item: T) => Promise<void> | void): Promise<void> {
  for (let i = 0; i < items.length; i += 1) {
    if (i > 0 && i % PER_TURN === 0) await nextTurn();
    await task(items[i] as T);
  }
}
