import type { CheckProblem, CheckProblemKind, CheckReport } from '../../shared/contract';

const KIND: Record<CheckProblemKind, string> = {
  'damaged-file': 'Damaged file',
  'missing-file': 'Missing file',
  'orphaned-file': 'File no record uses',
  'leftover-temp-file': 'Left over from an interrupted save',
  'broken-reference': 'Points at something that is gone',
  anchoring: 'Annotation out of step with its text',
  inconsistent: 'Contradiction',
};

export function kindWords(kind: CheckProblemKind): string {
  return KIND[kind];
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The report's headline, in plain words. */
export function checkHeadline(report: CheckReport): string {
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  if (report.problems.length === 0) return 'No problems found. The notebook is in good order.';
  if (errors === 0) return `No errors. ${count(warnings, 'thing')} worth a look.`;
  const also = warnings > 0 ? `, and ${count(warnings, 'thing')} worth a look` : '';
  return `Found ${count(errors, 'problem')}${also}.`;
}

/** "Checked 14 files: 3 sources, 42 annotations and 2 briefs." */
export function checkedWords({ checked }: CheckReport): string {
  return `Checked ${count(checked.files, 'file')}: ${count(checked.sources, 'source')}, ${count(checked.annotations, 'annotation')} and ${count(checked.briefs, 'brief')}.`;
}

/** Errors first, then warnings; within each, by file. */
export function orderedProblems(problems: readonly CheckProblem[]): CheckProblem[] {
  const rank = (p: CheckProblem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
}

export function repairableCount(report: CheckReport): number {
  return report.problems.filter((p) => p.repairable).length;
}
