import { openNotebook } from '../../../electron/core/notebook';
import type { ExportFormat } from '../../../shared/contract';
import type { HarnessContext } from '../harness/context';
import { call } from '../harness/engine';
import { measure } from '../harness/measure';
import type { RowResult } from '../types';

const ROW = 'export a brief';
const FORMATS: Array<{ format: ExportFormat; name: string; targetMs: number }> = [
  { format: 'md', name: 'Markdown', targetMs: 100 },
  { format: 'html', name: 'HTML', targetMs: 100 },
  { format: 'docx', name: 'DOCX', targetMs: 500 },
];

/**
 * `briefs.export` of a brief with 100 citations in the 2,000-source notebook: the whole
 * operation a researcher waits for, including gathering the cited annotations and their
 * sources from the store.
 */
export async function run(context: HarnessContext): Promise<RowResult[]> {
  const pristine = await context.corpus('2k');
  const folder = await context.workingCopy('2k', 'export');
  // The row measures its operation, not the backup every open starts in the background.
  const notebook = await openNotebook(folder, { backups: false });
  const brief = pristine.written.notebook.briefs[0]!;
  const citations = JSON.stringify((await call(notebook.handlers, 'briefs.get', { id: brief.id })).content).split('"type":"citation"').length - 1;

  const results: RowResult[] = [];
  for (const { format, name, targetMs } of FORMATS) {
    context.say(`${ROW}: ${name}`);
    let bytes = 0;
    const figures = await measure({ warmup: 2, runs: context.pick(15, 5) }, async () => {
      bytes = (await call(notebook.handlers, 'briefs.export', { id: brief.id, format })).dataBase64.length;
    });
    results.push({
      row: ROW,
      workload: `${citations} citations, ${name}`,
      median: figures.median,
      p95: figures.p95,
      target: `${name} ≤ ${targetMs} ms`,
      met: figures.median <= targetMs,
      notes: `${figures.runs} runs through the contract in a notebook of ${pristine.written.annotations.toLocaleString('en')} annotations; ${Math.round((bytes * 3) / 4 / 1024)} KB`,
    });
  }
  await notebook.close();
  return results;
}
