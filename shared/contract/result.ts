import { z } from 'zod';

/**
 * Stable error codes: the UI phrases them for a person, scripts branch on them.
 * Messages are for people and may change; codes may not.
 */
export const ErrorCode = z.enum([
  'bad-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'duplicate',
  'unsupported-file',
  'notebook-locked',
  'notebook-damaged',
  'io-failed',
  /** Something this machine lacks (e.g. a browser to print PDF with); the message says how to get it. */
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorValue = z.object({ code: ErrorCode, message: z.string() });
export type ErrorValue = z.infer<typeof ErrorValue>;

/** Errors cross every boundary (IPC, HTTP, CLI) as values, never as thrown exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorValue };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ErrorValue }),
  ]);
}

/** Thrown inside the engine; turned into a `Result` at the door. */
export class ParleyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ParleyError';
  }
}

/** Renders a zod failure as one sentence naming each bad field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
