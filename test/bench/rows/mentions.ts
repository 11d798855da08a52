import { openNotebook } from '../../../electron/core/notebook';
import { buildNameIndex } from '../../../shared/mentions';
import type { HarnessContext } from '../harness/context';
import { call } from '../harness/engine';
import { measure } from '../harness/measure';
import type { RowResult } from '../types';

const ROW = 'unlinked-mention discovery';

/**
 * Two ways the product discovers unlinked mentions over the 2,000-source notebook with
 * 500 entities × 3 aliases: an entity's page (`entities.mentions`: its names and near-miss
 * spellings in every source, other entities' names ruled out), asked for a different
 * entity each run so no answer is cached; and every entity's names at once through the
 * shared name index, as a sweep of the whole notebook would.
 */
export async function run(context: HarnessContext): Promise<RowResult[]> {
  const pristine = await context.corpus('2k');
  const folder = await context.workingCopy('2k', 'mentions');
  // The row measures its operation, not the backup every open starts in the background.
  const notebook = await openNotebook(folder, { backups: false });
  const { entities, sources } = pristine.written.notebook;
  const workload = `${sources.length.toLocaleString('en')} sources × ${entities.length} entities × 3 aliases`;

  context.say(`${ROW}: entities.mentions, one entity at a time`);
  let found = 0;
  const page = await measure({ warmup: 2, runs: context.pick(12, 4) }, async (run) => {
    const entity = entities[(run * 37) % entities.length]!;
    const mentions = await call(notebook.handlers, 'entities.mentions', { id: entity.id });
    found = mentions.unlinked.length + mentions.nearMisses.length;
  });

  context.say(`${ROW}: every entity's names over every source`);
  const texts = await Promise.all(sources.map(async (s) => (await call(notebook.handlers, 'sources.get', { id: s.id })).versions.at(-1)!.text));
  await notebook.close();
  let hits = 0;
  const sweep = await measure({ warmup: 1, runs: context.pick(5, 2) }, () => {
    const index = buildNameIndex(entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases] })));
    hits = texts.reduce((sum, text) => sum + index.find(text).length, 0);
  });

  return [
    {
      row: ROW,
      workload: `${workload}: one entity's page (entities.mentions)`,
      median: page.median,
      p95: page.p95,
      target: '≤ 500 ms',
      met: page.median <= 500,
      notes: `${page.runs} entities, each asked once (nothing cached); the last had ${found} unlinked mentions and near misses`,
    },
    {
      row: ROW,
      workload: `${workload}: every entity at once (name index)`,
      median: sweep.median,
      target: '≤ 500 ms',
      met: sweep.median <= 500,
      notes: `index built and all sources scanned, ${sweep.runs} runs; ${hits.toLocaleString('en')} mentions found`,
    },
  ];
}
