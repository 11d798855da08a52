import {
  contract,
  describeIssues,
  fail,
  isOperationName,
  ok,
  ParleyError,
  type NotebookOperationName,
  type OperationName,
  type ParsedRequestOf,
  type SessionOperationName,
  type ResponseOf,
  type Result,
} from '../../shared/contract';

/** The engine's side of the contract: one handler per operation, on parsed requests. */
export type Handlers = {
  [K in OperationName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>>;
};

/** The operations one open notebook answers. */
export type NotebookHandlers = Pick<Handlers, NotebookOperationName>;
/** The operations of the app around it (open, create, restore…). */
export type SessionHandlers = Pick<Handlers, SessionOperationName>;

/** Called with errors that are not ParleyErrors, so a door can log them; the caller sees only `internal`. */
export type UnexpectedErrorSink = (error: unknown, operation: OperationName) => void;

/**
 * The one entry point every door uses: the operation name and request arrive as `unknown`
 * (IPC payload, HTTP body, CLI arguments) and are parsed with the contract before any
 * handler runs. Failures come back as values.
 */
export async function dispatch(
  handlers: Partial<Handlers>,
  operation: unknown,
  request: unknown,
  onUnexpected: UnexpectedErrorSink = () => {},
): Promise<Result<unknown>> {
  if (!isOperationName(operation)) {
    // Only a string is quoted back: String() of an object with a hostile toString throws.
    const named = typeof operation === 'string' ? JSON.stringify(operation).slice(0, 80) : `of type ${typeof operation}`;
    return fail('bad-request', `Unknown operation ${named}.`);
  }
  const parsed = contract[operation].request.safeParse(request ?? {});
  if (!parsed.success) {
    return fail('bad-request', `Invalid request for ${operation}: ${describeIssues(parsed.error)}.`);
  }
  const handler = handlers[operation] as ((request: unknown) => Promise<unknown>) | undefined;
  if (!handler) {
    return fail('unavailable', `${operation} is answered by the Parley app, not by a notebook on its own.`);
  }
  try {
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof ParleyError) return fail(error.code, error.message);
    onUnexpected(error, operation);
    return fail('internal', `Parley hit an unexpected problem during ${operation}; details are in the log.`);
  }
}
