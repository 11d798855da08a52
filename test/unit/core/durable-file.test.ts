import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Low } from 'lowdb';
import { ParleyError } from '../../../shared/contract';
import { DurableJsonFile, TEMP_SUFFIX } from '../../../electron/core/store/durable-file';
import { versionOf } from '../../fixtures/core/versions';
import { killHard, runFixture } from './support/child';
import { tempFolder } from './support/temp';

describe('DurableJsonFile', () => {
  it('reads null for a file that does not exist yet', async () => {
    const file = new DurableJsonFile(join(await tempFolder(), 'missing.json'));
    expect(await file.read()).toBeNull();
  });

  it('round-trips data through lowdb', async () => {
    const path = join(await tempFolder(), 'data.json');
    const db = new Low(new DurableJsonFile<{ items: string[] }>(path), { items: [] });
    db.data.items.push('Doha', 'Cairo');
    await db.write();

    const again = new Low(new DurableJsonFile<{ items: string[] }>(path), { items: [] });
    await again.read();
    expect(again.data.items).toEqual(['Doha', 'Cairo']);
  });

  it('reports malformed JSON as a damaged notebook, naming the file', async () => {
    const path = join(await tempFolder(), 'notebook.json');
    await writeFile(path, '{"schemaVersion": 1, "title": "Cease');
    const error = await new DurableJsonFile(path).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParleyError);
    expect(error).toMatchObject({ code: 'notebook-damaged' });
    expect((error as Error).message).toContain(path);
  });

  it('lets the last of many concurrent writes win and leaves no temp files', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'data.json');
    const file = new DurableJsonFile<{ n: number }>(path);
    await Promise.all(Array.from({ length: 40 }, (_, n) => file.write({ n })));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 39 });
    expect(await readdir(folder)).toEqual(['data.json']);
  });

  it('two adapters on the same file share one queue', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'data.json');
    const a = new DurableJsonFile<{ by: string }>(path);
    const b = new DurableJsonFile<{ by: string }>(join(folder, '.', 'data.json'));
    await Promise.all([a.write({ by: 'a' }), b.write({ by: 'b' }), a.write({ by: 'a again' })]);
    expect(await b.read()).toEqual({ by: 'a again' });
  });

  it('leaves the old or the new complete file when the writer is killed mid-write', async () => {
    const folder = await tempFolder();
    const path = join(folder, 'data.json');
    const child = runFixture('write-forever.ts', ['file', path]);
    // Let it get well into its loop, so the kill lands while a write is in flight.
    await child.waitFor((line) => line === 'acked 25');
    await killHard(child);

    const acked = Math.max(...child.lines.filter((l) => l.startsWith('acked ')).map((l) => Number(l.slice(6))));
    const survived = (await new DurableJsonFile<{ version: number; body: string }>(path).read())!;
    // Complete, one of the versions written, and nothing acknowledged was lost.
    expect(survived).toEqual(versionOf(survived.version));
    expect(survived.version).toBeGreaterThanOrEqual(acked);
    expect(survived.version).toBeLessThanOrEqual(acked + 1);
    // Whatever temp file the kill left is never the data file.
    for (const name of await readdir(folder)) {
      expect(name === 'data.json' || name.endsWith(TEMP_SUFFIX)).toBe(true);
    }
  });
});
