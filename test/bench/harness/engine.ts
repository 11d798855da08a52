import { dispatch, type NotebookHandlers } from '../../../electron/core/dispatch';
import type { NotebookOperationName, RequestOf, ResponseOf } from '../../../shared/contract';

/**
 * Calls an operation the way every door does (request parsed with the contract, errors as
 * values). A failed call stops the row: a figure for a failing operation means nothing.
 */
export async function call<K extends NotebookOperationName>(handlers: NotebookHandlers, operation: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = await dispatch(handlers, operation, request, (error) => {
    throw error;
  });
  if (!result.ok) throw new Error(`${operation} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as ResponseOf<K>;
}
