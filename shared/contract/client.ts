import { contract, operationNames, type OperationName } from './operations';
import type { ParleyApi, Transport } from './api';
import { describeIssues, resultSchema, type Result } from './result';

/**
 * Builds a ParleyApi on any transport. Responses are parsed like any other input from
 * outside: a door that answers with the wrong shape gives an `internal` error value.
 */
export function createApi(transport: Transport): ParleyApi {
  const api: Record<string, (request: unknown) => Promise<Result<unknown>>> = {};
  for (const operation of operationNames) {
    const schema = resultSchema(contract[operation].response);
    api[operation] = async (request: unknown) => {
      let raw: unknown;
      try {
        raw = await transport(operation, request);
      } catch (error) {
        return { ok: false, error: { code: 'io-failed', message: reasonOf(error, operation) } };
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return {
          ok: false,
          error: { code: 'internal', message: `${operation} answered in an unexpected shape: ${describeIssues(parsed.error)}` },
        };
      }
      return parsed.data as Result<unknown>;
    };
  }
  return api as unknown as ParleyApi;
}

function reasonOf(error: unknown, operation: OperationName): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Parley could not reach the notebook for ${operation}: ${detail}`;
}
