import type { ReanchorReport } from '../../shared/contract';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "14 annotations: 11 stayed, 2 moved, 1 fuzzy, 0 orphaned", the sentence after a new version. */
export function describeReanchorReport(report: ReanchorReport): string {
  const total = report.anchored + report.moved + report.fuzzy + report.orphaned;
  if (total === 0) return 'Saved the new version. This source has no annotations to move.';
  return (
    `${plural(total, 'annotation', 'annotations')}: ${report.anchored} stayed, ${report.moved} moved, ` +
    `${report.fuzzy} fuzzy, ${report.orphaned} orphaned`
  );
}
