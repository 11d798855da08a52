import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { OpenNotebook } from '../../../electron/core/notebook';
import {
  contract,
  ErrorCode,
  operationNames,
  sessionOperationNames,
  type NotebookOperationName,
  type OperationName,
} from '../../../shared/contract';
import { tempFolder } from '../core/support/temp';
import { hostileValue, mutationsOf } from './contract-arbitraries';
import { seededNotebook, validRequests } from './contract-samples';

/** Runs per operation in `npm test`; PARLEY_FUZZ_RUNS asks for a longer hunt. */
const RUNS = Number(process.env['PARLEY_FUZZ_RUNS'] ?? 30);

const session = new Set<string>(sessionOperationNames);
const notebookOperations = operationNames.filter((name): name is NotebookOperationName => !session.has(name));

const opened: OpenNotebook[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((n) => n.close()));
});

/**
 * Every file of the notebook by content hash. backups/ and index/ are left out: a backup or
 * the search index may be written in the background by an earlier, successful request.
 */
async function filesOf(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const name = relative(folder, full);
      if (name === 'backups' || name === 'index' || name === '.lock') continue;
      if (entry.isDirectory()) await walk(full);
      else files[name] = createHash('sha256').update(await readFile(full)).digest('hex');
    }
  };
  await walk(folder);
  return files;
}

/** A fixed seed per operation, so a failure can be replayed (fast-check prints it too). */
function seedOf(operation: string): number {
  return createHash('sha256').update(operation).digest().readInt32LE(0);
}

const isResult = (value: unknown): boolean => {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (result.ok === true) return 'value' in result;
  return result.ok === false && ErrorCode.safeParse(result.error?.code).success && typeof result.error?.message === 'string';
};

describe('every notebook operation, fed garbage and broken requests', () => {
  it('has a valid request to start from for each operation', async () => {
    const { notebook, seeded } = await seededNotebook(await tempFolder());
    opened.push(notebook);
    const samples = validRequests(seeded);
    expect(notebookOperations.filter((name) => !(name in samples))).toEqual([]);
    for (const [name, request] of Object.entries(samples)) {
      expect(contract[name as OperationName].request.safeParse(request).success, name).toBe(true);
    }
  });

  it('refuses every operation name the contract does not have, inherited names included', async () => {
    const { notebook } = await seededNotebook(await tempFolder());
    opened.push(notebook);
    const names = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'sources.list ', 'SOURCES.LIST', ''),
      fc.string({ maxLength: 40 }),
      hostileValue,
    );
    await fc.assert(
      fc.asyncProperty(names, async (name) => {
        fc.pre(!operationNames.includes(name as OperationName));
        const before = await filesOf(notebook.path);
        const result = await dispatch(notebook.handlers, name, {});
        expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
        expect(await filesOf(notebook.path)).toEqual(before);
      }),
      { numRuns: RUNS * 2, seed: seedOf('operation names') },
    );
  });

  it.each(notebookOperations)('%s: answers with a value, bad-request when the contract refuses, and writes nothing when it fails', async (operation) => {
    const { notebook, seeded } = await seededNotebook(await tempFolder());
    opened.push(notebook);
    const valid = validRequests(seeded)[operation] ?? {};
    const unexpected: unknown[] = [];

    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, mutationsOf(valid)), async (request) => {
        // Whatever an earlier (successful) request wrote is on disk before the "before".
        await notebook.store.whileQuiet(async () => {});
        const before = await filesOf(notebook.path);

        const result = await dispatch(notebook.handlers, operation, request, (error) => unexpected.push(error));

        expect(isResult(result)).toBe(true);
        expect(() => JSON.stringify(result)).not.toThrow();
        if (!contract[operation].request.safeParse(request ?? {}).success) {
          expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
        }
        if (!result.ok) {
          expect(result.error.code, result.error.message).not.toBe('internal');
          await notebook.store.whileQuiet(async () => {});
          expect(await filesOf(notebook.path)).toEqual(before);
        }
      }),
      { numRuns: RUNS, seed: seedOf(operation) },
    );
    expect(unexpected).toEqual([]);
  }, 60_000);
});
