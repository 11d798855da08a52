import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { AppSession } from '../../../electron/core/session/app-session';
import { contract, ErrorCode, sessionOperationNames, type SessionOperationName } from '../../../shared/contract';
import { tempFolder } from '../core/support/temp';
import { hostileValue, mutationsOf } from './contract-arbitraries';

/**
 * The app session's operations open, create and restore folders by path, so they are only
 * checked for never throwing (not for writing nothing: creating a notebook is their job).
 * Every path a fuzzed request names is moved under the test's temp folder first, so no
 * request can reach a real folder of this machine.
 */
const RUNS = Number(process.env['PARLEY_FUZZ_RUNS'] ?? 30);

const sessions: AppSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.dispose()));
});

function validRequest(operation: SessionOperationName, root: string): unknown {
  const zip = Buffer.from('PK\u0003\u0004 not really a zip').toString('base64');
  const requests: Record<SessionOperationName, unknown> = {
    'app.state': {},
    'app.log': { level: 'error', message: 'The page failed', stack: 'at nowhere' },
    'notebooks.create': { title: 'Talks', path: join(root, 'Talks.parley') },
    'notebooks.open': { path: join(root, 'Existing.parley') },
    'notebooks.openSample': {},
    'notebooks.close': {},
    'notebooks.forget': { path: join(root, 'Existing.parley') },
    'notebooks.choose': { purpose: 'open' },
    'notebooks.importBundle': { fileName: 'talks.zip', dataBase64: zip, path: join(root, 'Imported.parley') },
    'notebooks.restore': { path: join(root, 'Existing.parley') },
  };
  return requests[operation];
}

/** A copy of `request` whose `path`, if it is a string, lies inside `root` (no `..`, no `~`). */
function confined(request: unknown, root: string): unknown {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) return request;
  const path = (request as { path?: unknown }).path;
  if (typeof path !== 'string') return request;
  const inside = path
    .split(/[\\/]+/)
    .filter((part) => part !== '..' && part !== '.' && !part.startsWith('~'))
    .join('_');
  return { ...request, path: join(root, 'fuzzed', inside.slice(0, 200)) };
}

function seedOf(operation: string): number {
  return createHash('sha256').update(`session ${operation}`).digest().readInt32LE(0);
}

describe('every app session operation, fed garbage and broken requests', () => {
  it.each([...sessionOperationNames])('%s: answers with a value, bad-request when the contract refuses', async (operation) => {
    const root = await tempFolder();
    await mkdir(join(root, 'fuzzed'), { recursive: true });
    const session = new AppSession({
      door: 'browser',
      configFolder: join(root, 'config'),
      notebooksFolder: join(root, 'notebooks'),
      home: join(root, 'home'),
    });
    sessions.push(session);
    await session.open(join(root, 'Existing.parley'), { create: true, title: 'Existing' });
    const unexpected: unknown[] = [];

    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, mutationsOf(validRequest(operation, root))), async (fuzzed) => {
        const request = confined(fuzzed, root);
        const result = await dispatch(session.handlers, operation, request, (error) => unexpected.push(error));
        expect(result.ok || ErrorCode.safeParse(result.error.code).success).toBe(true);
        if (!contract[operation].request.safeParse(request ?? {}).success) {
          expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
        }
        if (!result.ok) expect(result.error.code, result.error.message).not.toBe('internal');
      }),
      { numRuns: RUNS, seed: seedOf(operation) },
    );
    expect(unexpected).toEqual([]);
  }, 60_000);
});
