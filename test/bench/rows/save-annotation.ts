import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openNotebook } from '../../../electron/core/notebook';
import { describeSpan } from '../../../shared/anchoring/describe';
import { newStamp, type Annotation } from '../../../shared/model';
import { openOneFile, saveAnnotationInOneFile } from '../baselines/one-file';
import { highlightSpans } from '../corpus';
import type { HarnessContext } from '../harness/context';
import { call } from '../harness/engine';
import { measure } from '../harness/measure';
import type { RowResult } from '../types';

const ROW = 'save one annotation, durable';

/**
 * `annotations.create` on a notebook of 2,000 sources and 40,000 annotations, each call
 * awaited until the source's file is fsynced and renamed, against saving the same
 * annotation into one lowdb file holding the whole notebook.
 */
export async function run(context: HarnessContext): Promise<RowResult[]> {
  const pristine = await context.corpus('2k');
  const folder = await context.workingCopy('2k', 'save-annotation');
  const sources = pristine.written.notebook.sources;
  const entity = pristine.written.notebook.entities[0]!;
  // The row measures its operation, not the backup every open starts in the background.
  const notebook = await openNotebook(folder, { backups: false });

  // Spans picked before timing, from sources spread over the notebook.
  const picks: Array<{ sourceIndex: number; sourceId: string; start: number; end: number; text: string }> = [];
  for (let i = 0; i < 16; i += 1) {
    const sourceIndex = Math.floor((i * sources.length) / 16);
    const sourceId = sources[sourceIndex]!.id;
    const text = (await call(notebook.handlers, 'sources.get', { id: sourceId })).versions.at(-1)!.text;
    for (const span of highlightSpans(text, 16, context.seed + i)) picks.push({ sourceIndex, sourceId, text, ...span });
  }
  const pickFor = (run: number) => picks[run % picks.length]!;

  context.say(`${ROW}: annotations.create on ${sources.length.toLocaleString('en')} sources`);
  const ours = await measure({ warmup: 10, runs: context.pick(300, 60) }, async (run) => {
    const { sourceId, start, end } = pickFor(run);
    await call(notebook.handlers, 'annotations.create', { sourceId, start, end, links: [{ kind: 'entity', recordId: entity.id, role: 'mention' }] });
  });
  await notebook.close();

  context.say(`${ROW}: the same saves into one lowdb file`);
  const oneFile = join(await context.tempDir('one-file-save'), 'notebook.json');
  await copyFile(pristine.oneFile, oneFile);
  const db = await openOneFile(oneFile);
  const baseline = await measure({ warmup: 1, runs: context.pick(15, 4) }, async (run) => {
    const pick = pickFor(run);
    const annotation: Annotation = {
      ...newStamp(),
      sourceId: pick.sourceId,
      versionId: db.data.sources[pick.sourceIndex]!.versions.at(-1)!.id,
      target: describeSpan(pick.text, pick.start, pick.end),
      anchoring: 'anchored',
      links: [{ kind: 'entity', recordId: entity.id, role: 'mention' }],
      comment: '',
      tags: [],
    };
    await saveAnnotationInOneFile(db, pick.sourceIndex, annotation);
  });

  const ratio = baseline.median / ours.median;
  return [
    {
      row: ROW,
      workload: `${sources.length.toLocaleString('en')} sources / ${pristine.written.annotations.toLocaleString('en')} annotations`,
      median: ours.median,
      p99: ours.p99,
      baseline: { name: 'one lowdb file (stock read, durable write)', median: baseline.median },
      target: 'median ≤ 5 ms, p99 ≤ 20 ms; ≥ 20× faster than one lowdb file',
      met: ours.median <= 5 && ours.p99 <= 20 && ratio >= 20,
      notes: `${ours.runs} saves through the contract, each fsynced (file and folder) before the next; baseline ${baseline.runs} saves`,
    },
  ];
}
