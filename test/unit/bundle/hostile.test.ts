import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/core/bundle';
import { ParleyError } from '../../../shared/contract';
import { tempFolder } from '../core/support/temp';
import { filesUnder } from './support';
import { jsonEdit, rewritten, smallBundle, withDeclaredSizes, withEntryCount, zipOf, type SmallBundle } from './zips';

let good: SmallBundle;
beforeAll(async () => {
  good = await smallBundle();
});

/** Importing `bytes` fails with a bad-request naming the problem, and the folder around is as it was. */
async function expectRefused(bytes: Uint8Array, problem: RegExp): Promise<void> {
  const root = await tempFolder();
  await writeFile(join(root, 'keep.txt'), 'the researcher’s own file');
  await mkdir(join(root, 'Empty.parley'));
  await writeFile(join(root, 'Empty.parley', '.DS_Store'), 'finder');
  const before = await filesUnder(root);
  for (const target of [join(root, 'New.parley'), join(root, 'Empty.parley')]) {
    const error = await importBundle(bytes, target).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ParleyError);
    expect((error as ParleyError).code).toBe('bad-request');
    expect((error as ParleyError).message).toMatch(problem);
  }
  expect(await filesUnder(root)).toEqual(before);
}

describe('importing a hostile or damaged bundle', { timeout: 60_000 }, () => {
  it('refuses what is not a zip: random bytes, an empty file, a truncated bundle', async () => {
    await expectRefused(randomBytes(4096), /not a zip archive/);
    await expectRefused(new Uint8Array(0), /not a zip archive/);
    await expectRefused(good.bytes.subarray(0, Math.floor(good.bytes.length / 2)), /not a readable zip archive/);
  });

  it('refuses names outside the notebook layout, naming them', async () => {
    const manifest: [string, string] = ['parley-bundle.json', '{}'];
    await expectRefused(await zipOf([manifest, ['../evil.json', '{}']]), /"\.\.\/evil\.json" points outside/);
    await expectRefused(await zipOf([manifest, ['sources/../../evil.json', '{}']]), /points outside/);
    await expectRefused(await zipOf([manifest, ['/etc/cron.d/evil', '{}']]), /"\/etc\/cron\.d\/evil" is an absolute path/);
    await expectRefused(await zipOf([manifest, ['C:/Users/evil.json', '{}']]), /is an absolute path/);
    await expectRefused(await zipOf([manifest, ['sources\\..\\evil.json', '{}']]), /uses backslashes/);
    await expectRefused(await zipOf([manifest, ['sources/not-an-id.json', '{}']]), /is not a file of a Parley notebook/);
    await expectRefused(await zipOf([manifest, ['backups/old.json', '{}']]), /is not a file of a Parley notebook/);
  });

  it('refuses zip bombs: a huge ratio, sizes that lie in the headers, absurd entry counts', async () => {
    await expectRefused(await zipOf([['notebook.json', Buffer.alloc(20_000_000)]]), /notebook\.json inflates \d+ times/);
    // Declared tiny, so only counting while inflating can catch it.
    const lying = withDeclaredSizes(await zipOf([['notebook.json', Buffer.alloc(3_000_000, 0x20)]]), 100);
    await expectRefused(lying, /notebook\.json is larger than its header declares/);
    await expectRefused(withEntryCount(good.bytes, 60_000), /holds 60000 entries/);
  });

  it('refuses a zip without a Parley manifest, or with a foreign one', async () => {
    await expectRefused(await rewritten(good.bytes, (files) => files.delete('parley-bundle.json')), /has no parley-bundle\.json/);
    const foreign = await rewritten(good.bytes, (f) => jsonEdit(f, 'parley-bundle.json', (m) => (m.format = 'other-app')), 'kept');
    await expectRefused(foreign, /is not a Parley bundle manifest/);
    const newer = await rewritten(good.bytes, (f) => jsonEdit(f, 'parley-bundle.json', (m) => (m.version = 99)), 'kept');
    await expectRefused(newer, /made by a newer Parley/);
  });

  it('refuses files whose hash or size does not match the manifest', async () => {
    const tampered = await rewritten(good.bytes, (f) => jsonEdit(f, 'notebook.json', (n) => (n.title = 'Forged')), 'kept');
    await expectRefused(tampered, /notebook\.json is not the file its manifest describes/);
  });

  it('refuses files that fail their schemas, naming the file', async () => {
    const badNotebook = await rewritten(good.bytes, (f) => jsonEdit(f, 'notebook.json', (n) => (n.entities[0].rev = 'one')));
    await expectRefused(badNotebook, /notebook\.json is damaged/);
    const source = `sources/${good.sourceId}.json`;
    const badSource = await rewritten(good.bytes, (f) => jsonEdit(f, source, (s) => (s.versions = [])));
    await expectRefused(badSource, new RegExp(`${source} is damaged`));
    const notJson = await rewritten(good.bytes, (f) => f.set(`briefs/${good.briefId}.json`, Buffer.from('{"schemaVersion":')));
    await expectRefused(notJson, /is not valid UTF-8 JSON/);
    const newerFile = await rewritten(good.bytes, (f) => jsonEdit(f, source, (s) => (s.schemaVersion = 99)));
    await expectRefused(newerFile, /written by a newer Parley/);
  });

  it('refuses a notebook listing a source without its file, or files it does not list', async () => {
    const source = `sources/${good.sourceId}.json`;
    await expectRefused(await rewritten(good.bytes, (f) => f.delete(source)), new RegExp(`${source} is missing`));
    await expectRefused(await rewritten(good.bytes, (f) => f.delete('notebook.json')), /it has no notebook\.json/);
    const unlisted = await rewritten(good.bytes, (f) => jsonEdit(f, 'notebook.json', (n) => (n.briefs = [])));
    await expectRefused(unlisted, /which its notebook\.json does not list/);
    const extra = `sources/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.json`;
    const smuggled = await rewritten(good.bytes, (f) => f.set(extra, f.get(source)!), 'kept');
    await expectRefused(smuggled, /which its manifest does not list/);
    const twice = await rewritten(good.bytes, (f) => jsonEdit(f, 'notebook.json', (n) => n.sources.push(n.sources[0])));
    await expectRefused(twice, /lists the source “.*” twice/);
  });

  it('refuses a folder that already holds files, leaving them as they were', async () => {
    const root = await tempFolder();
    await writeFile(join(root, 'thesis.docx'), 'mine');
    const before = await filesUnder(root);
    await expect(importBundle(good.bytes, root)).rejects.toMatchObject({ code: 'conflict', message: /already holds files/ });
    expect(await filesUnder(root)).toEqual(before);
  });

  it('takes back every file it wrote when the last step fails, leaving the folder as it was', async () => {
    const root = await tempFolder();
    // A file where the notebook's backups folder must go: everything else is written, then opening fails.
    await writeFile(join(root, 'backups'), 'not a folder');
    const before = await filesUnder(root);
    await expect(importBundle(good.bytes, root)).rejects.toMatchObject({ code: 'io-failed', message: /could not make the notebook/ });
    expect(await filesUnder(root)).toEqual(before);
  });
});
