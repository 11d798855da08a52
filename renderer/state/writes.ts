import type { Result } from '../../shared/contract';
import { describeError } from '../logic/errors';
import type { NotebookStore } from './NotebookStore';

/**
 * One write to the engine: the status line says "Saving…" while it is in flight, and a
 * failure comes back as a sentence for the page to show instead of a value.
 */
export async function sendWrite<T>(notebook: NotebookStore, call: () => Promise<Result<T>>, onError: (message: string) => void): Promise<T | null> {
  const result = await notebook.trackWrite(call);
  if (result.ok) return result.value;
  onError(describeError(result.error));
  return null;
}
