import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openNotebook } from '../../../electron/core/notebook';
import { killHard, runFixture } from './support/child';
import { must, track } from './support/notebook';
import { tempFolder } from './support/temp';

describe('a notebook whose writer is killed', () => {
  // Starting a child process takes seconds on a busy machine; this is a timeout, not a timing claim.
  it('opens afterwards with every acknowledged record present', { timeout: 60_000 }, async () => {
    const path = join(await tempFolder(), 'Crash.parley');
    const writer = runFixture('write-forever.ts', ['notebook', path]);
    await writer.waitFor((_, count) => count >= 40);
    await killHard(writer);

    const acknowledged = writer.lines.filter((l) => l.startsWith('acked ')).map((l) => l.slice(6));
    // The dead writer's lock is stale and is taken over; its temp files are not data.
    const notebook = track(await openNotebook(path));
    const ids = new Set((await must(notebook, 'entities.list', {})).map((e) => e.id));
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);
    expect(ids.size - acknowledged.length).toBeLessThanOrEqual(1);
  });
});
