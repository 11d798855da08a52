import path from 'node:path';
import type { ReanchorReport } from '../../../shared/contract';
import type { Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';
import { readBytes } from './import';

/**
 * Imports an updated copy of an article as a new version of an existing source; the engine
 * re-anchors every annotation and reports what happened to each.
 */
export async function importVersion(file: string, sourceId: string, options: GlobalOptions, output: Output): Promise<number> {
  const data = await readBytes(file);
  const outcome = await withNotebook(options, { create: false }, (call) =>
    call('sources.importVersion', { id: sourceId, fileName: path.basename(file), dataBase64: data.toString('base64') }),
  );
  const { source, report } = outcome;
  const versions = source.versions.map(({ id, createdAt, reason, hash }) => ({ id, createdAt, reason, hash }));
  output.result({ source: { id: source.id, title: source.title, versions }, report }, () => [
    summary(report),
    ...report.orphans.map((o) => `orphaned  ${o.id}  “${o.quote}”`),
  ]);
  return 0;
}

/** "12 annotations: 9 stayed, 2 moved, 1 fuzzy, 0 orphaned" */
export function summary(report: ReanchorReport): string {
  const total = report.anchored + report.moved + report.fuzzy + report.orphaned;
  return `${total} annotation${total === 1 ? '' : 's'}: ${report.anchored} stayed, ${report.moved} moved, ${report.fuzzy} fuzzy, ${report.orphaned} orphaned`;
}
