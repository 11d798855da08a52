import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNotebook } from '../../../electron/core/check';
import { dispatch } from '../../../electron/core/dispatch';
import { openNotebook, type OpenNotebook } from '../../../electron/core/notebook';
import { contentOf, parseLine, seededRandom, type Ack } from './support/crash-acks';
import { killHard, runScript } from './support/child';
import { tempFolder } from './support/temp';

/** 200 in the full run (PARLEY_CRASH_RUNS=200); a few in `npm test`. */
const RUNS = Number(process.env.PARLEY_CRASH_RUNS ?? 8);
/** Printed with the result, so a failing run can be replayed with PARLEY_CRASH_SEED. */
const SEED = Number(process.env.PARLEY_CRASH_SEED ?? Math.floor(Math.random() * 1e9));
const WRITER = fileURLToPath(new URL('./support/crash-writer.ts', import.meta.url));
/** Longest pause between the first acknowledged write and the kill. */
const MAX_DELAY_MS = 400;

const operationFor = { entity: 'entities.get', proposal: 'proposals.get', source: 'sources.get', annotation: 'annotations.get', brief: 'briefs.get' } as const;

/**
 * What of the acknowledged writes the reopened notebook does not hold, one sentence each.
 * `landedEarly` holds, per record, the content of updates under way at a kill since its
 * last acknowledged write.
 */
async function lostWrites(notebook: OpenNotebook, acknowledged: Iterable<Ack>, landedEarly: ReadonlyMap<string, Set<string>>): Promise<string[]> {
  const lost: string[] = [];
  for (const ack of acknowledged) {
    const result = await dispatch(notebook.handlers, operationFor[ack.kind], { id: ack.id });
    if (!result.ok) {
      lost.push(`${ack.kind} ${ack.id} (rev ${ack.rev}) is gone: ${result.error.message}`);
      continue;
    }
    const record = result.value as { rev: number } & Parameters<(typeof contentOf)[typeof ack.kind]>[0];
    // A later write may have landed without its acknowledgement reaching us: newer is fine, older is loss.
    if (record.rev < ack.rev) lost.push(`${ack.kind} ${ack.id} is back at rev ${record.rev}, but rev ${ack.rev} was acknowledged`);
    if (record.rev !== ack.rev) continue;
    const content = (contentOf[ack.kind] as (r: unknown) => string)(record);
    if (content !== ack.fingerprint && !landedEarly.get(ack.id)?.has(content)) {
      lost.push(`${ack.kind} ${ack.id} at rev ${ack.rev} does not hold the acknowledged content`);
    }
  }
  return lost;
}

describe('a notebook whose writer is killed in the middle of a stream of edits', () => {
  it(`passes the check and holds every acknowledged write after each of ${RUNS} kills`, { timeout: RUNS * 30_000 }, async () => {
    const random = seededRandom(SEED);
    const path = join(await tempFolder(), 'Crash stream.parley');
    const acknowledged = new Map<string, Ack>();
    const landedEarly = new Map<string, Set<string>>();
    const tally = { writes: 0, lost: [] as string[], checkFailures: [] as string[], writerErrors: [] as string[] };
    const started = Date.now();

    for (let round = 1; round <= RUNS; round++) {
      const writer = runScript(WRITER, [path, String(SEED + round)]);
      await writer.waitFor((line) => line.startsWith('ack '));
      await sleep(random() * MAX_DELAY_MS);
      await killHard(writer);
      if (writer.stderr() !== '') tally.writerErrors.push(`round ${round}: ${writer.stderr()}`);
      for (const line of writer.lines.map(parseLine)) {
        if (line && 'pending' in line) {
          landedEarly.set(line.pending.id, (landedEarly.get(line.pending.id) ?? new Set()).add(line.pending.fingerprint));
        }
        if (!line || !('ack' in line)) continue;
        acknowledged.set(line.ack.id, line.ack);
        landedEarly.delete(line.ack.id);
        tally.writes += 1;
      }

      // The files exactly as the kill left them, before opening tidies anything.
      const report = await checkNotebook(path);
      if (!report.ok) tally.checkFailures.push(`round ${round}: ${report.problems.map((p) => p.message).join(' | ')}`);
      const notebook = await openNotebook(path);
      try {
        tally.lost.push(...(await lostWrites(notebook, acknowledged.values(), landedEarly)).map((line) => `round ${round}: ${line}`));
      } finally {
        await notebook.close();
      }
    }

    console.info(
      `crash test (seed ${SEED}): ${RUNS} rounds, ${tally.writes} writes acknowledged (${acknowledged.size} records), ` +
        `${tally.lost.length} lost, ${tally.checkFailures.length} check failures, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(tally.writerErrors).toEqual([]);
    expect(tally.checkFailures).toEqual([]);
    expect(tally.lost).toEqual([]);
    // Each round waited for at least one acknowledged write, so the test did test something.
    expect(tally.writes).toBeGreaterThanOrEqual(RUNS);
  });
});
