import type { OperationName, RequestOf, ResponseOf } from './operations';
import type { Result } from './result';

/**
 * The typed surface every door offers: `window.parley` in the desktop app, the HTTP client
 * in browser mode. One method per operation, named after it.
 */
export type ParleyApi = {
  [K in OperationName]: (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
};

/** A transport sends one operation and gives back its result as an unparsed value. */
export type Transport = (operation: OperationName, request: unknown) => Promise<unknown>;
