import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { AppSession } from '../../../electron/core/session/app-session';
import { tempFolder } from '../core/support/temp';
import { smallBundle, type SmallBundle } from '../bundle/zips';

let good: SmallBundle;
beforeAll(async () => {
  good = await smallBundle();
});

const sessions: AppSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.dispose()));
});

/** A session as the app runs one, with its own notebooks folder to watch. */
async function session(): Promise<{ session: AppSession; notebooksFolder: string }> {
  const root = await tempFolder();
  const notebooksFolder = join(root, 'Parley');
  const made = new AppSession({ door: 'browser', configFolder: join(root, 'config'), notebooksFolder });
  sessions.push(made);
  return { session: made, notebooksFolder };
}

async function listing(folder: string): Promise<string[]> {
  return readdir(folder).catch(() => []);
}

/**
 * Garbage in through the contract, as the app's import would send it: the answer is always
 * a value; a refusal is a bad-request and leaves the notebooks folder as it was; whatever
 * is accepted opens as a notebook.
 */
async function importThroughContract(target: Awaited<ReturnType<typeof session>>, bytes: Uint8Array): Promise<void> {
  const before = await listing(target.notebooksFolder);
  const request = { fileName: 'dropped.parley.zip', dataBase64: Buffer.from(bytes).toString('base64') };
  const result = await dispatch(target.session.handlers, 'notebooks.importBundle', request);
  if (result.ok) {
    expect(await dispatch(target.session.handlers, 'notebook.info', {})).toMatchObject({ ok: true });
    return;
  }
  expect(result.error.code).toBe('bad-request');
  expect(result.error.message).toMatch(/notebook bundle|bundle’s notebook/);
  expect(await listing(target.notebooksFolder)).toEqual(before);
}

const mutations = fc.record({
  bytes: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }),
  cutTo: fc.option(fc.nat(), { nil: undefined }),
});

function mutated(bytes: Buffer, change: { bytes: Array<{ at: number; value: number }>; cutTo: number | undefined }): Buffer {
  const copy = Buffer.from(bytes);
  for (const { at, value } of change.bytes) copy[at % copy.length] = value;
  return change.cutTo === undefined ? copy : copy.subarray(0, change.cutTo % copy.length);
}

/** Hundreds of imports through the contract; a busy machine needs time. */
const FUZZ_TIMEOUT = 180_000;

describe('fuzzing the bundle importer', () => {
  it('answers random bytes with a bad-request value and creates nothing', async () => {
    const target = await session();
    const zipLike = fc.uint8Array({ maxLength: 2000 }).map((rest) => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), rest]));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), zipLike), (bytes) => importThroughContract(target, bytes)),
      { numRuns: 150 },
    );
  }, FUZZ_TIMEOUT);

  it('answers every mutation of a real bundle with a value: refused cleanly, or a notebook that opens', async () => {
    const target = await session();
    await fc.assert(
      fc.asyncProperty(mutations, (change) => importThroughContract(target, mutated(good.bytes, change))),
      { numRuns: 200 },
    );
  }, FUZZ_TIMEOUT);
});
