import { join } from 'node:path';
import { afterEach } from 'vitest';
import { dispatch } from '../../../../electron/core/dispatch';
import { openNotebook, type OpenNotebook } from '../../../../electron/core/notebook';
import type { OperationName, RequestOf, ResponseOf, Result } from '../../../../shared/contract';
import { tempFolder } from './temp';

const open: OpenNotebook[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((n) => n.close()));
});

/** A new notebook in a real temp folder, closed after the test. */
export async function newNotebook(name = 'Ceasefire talks.parley'): Promise<OpenNotebook> {
  return track(await openNotebook(join(await tempFolder(), name), { create: true }));
}

export async function reopen(notebook: OpenNotebook): Promise<OpenNotebook> {
  await notebook.close();
  return track(await openNotebook(notebook.path));
}

export function track(notebook: OpenNotebook): OpenNotebook {
  open.push(notebook);
  return notebook;
}

/** Calls an operation as a door would: request parsed from scratch, result as a value. */
export function call<K extends OperationName>(notebook: OpenNotebook, operation: K, request: RequestOf<K>): Promise<Result<ResponseOf<K>>> {
  return dispatch(notebook.handlers, operation, request) as Promise<Result<ResponseOf<K>>>;
}

/** Like `call`, for steps that must succeed. */
export async function must<K extends OperationName>(notebook: OpenNotebook, operation: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = await call(notebook, operation, request);
  if (!result.ok) throw new Error(`${operation} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function base64(text: string | Uint8Array): string {
  return Buffer.from(typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');
}
