import os from 'node:os';
import { dispatch } from '../core/dispatch';
import { openNotebook, type OpenNotebook } from '../core/notebook';
import { resolveNotebookPath } from '../core/notebook-location';
import { ParleyError, type OperationName, type RequestOf, type ResponseOf } from '../../shared/contract';

export interface GlobalOptions {
  notebook?: string;
  json?: boolean;
}

/** Calls one operation through the contract, as every door does; failures become ParleyErrors. */
export type Call = <K extends OperationName>(operation: K, request: RequestOf<K>) => Promise<ResponseOf<K>>;

export function notebookPathFrom(options: GlobalOptions): string {
  return resolveNotebookPath({ flag: options.notebook, env: process.env, home: os.homedir() });
}

/**
 * Opens the notebook for one command and always closes it, so the lock is released even
 * when the command fails. Read-only commands do not create a notebook as a side effect.
 */
export async function withNotebook<T>(
  options: GlobalOptions,
  mode: { create: boolean },
  work: (call: Call, notebook: OpenNotebook) => Promise<T>,
): Promise<T> {
  const notebook = await openNotebook(notebookPathFrom(options), { create: mode.create });
  const call: Call = async (operation, request) => {
    const result = await dispatch(notebook.handlers, operation, request, (error) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    });
    if (!result.ok) throw new ParleyError(result.error.code, result.error.message);
    return result.value as ResponseOf<typeof operation>;
  };
  try {
    return await work(call, notebook);
  } finally {
    await notebook.close();
  }
}
