import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ParleyError, type CheckProblem, type CheckReport } from '../../../shared/contract';
import { checkNotebook } from '../../core/check';
import { isErrno } from '../../core/store/durable-file';
import { acquireLock } from '../../core/store/lock';
import type { Output } from '../output';
import type { Run } from '../record-commands';
import { notebookPathFrom, type GlobalOptions } from '../session';

/** `parley check [--json] [--repair]`: exit 0 when the notebook is sound (warnings allowed), 1 when not. */
export function registerCheckCommand(program: Command, run: Run): void {
  program
    .command('check')
    .description('check every file, reference and anchor of the notebook; exit 1 if something is wrong')
    .option('--repair', 'fix what is safe to fix (leftover temp files, files nothing lists) and say what was done')
    .action(run((output, options) => check(options as GlobalOptions & { repair?: boolean }, output)));
}

async function check(options: GlobalOptions & { repair?: boolean }, output: Output): Promise<number> {
  const folder = resolve(notebookPathFrom(options));
  await assertFolder(folder);
  // The lock, not the store: the store refuses a damaged notebook, and the check must read it.
  const lock = await acquireLock(folder);
  let report: CheckReport;
  try {
    report = await checkNotebook(folder, { repair: Boolean(options.repair) });
  } finally {
    await lock.release();
  }
  output.result(report, () => describeReport(folder, report, Boolean(options.repair)));
  return report.ok ? 0 : 1;
}

async function assertFolder(folder: string): Promise<void> {
  try {
    if ((await stat(folder)).isDirectory()) return;
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
  throw new ParleyError('not-found', `There is no Parley notebook at ${folder}.`);
}

/** The report as a person reads it: problems first, errors before warnings, then what to do. */
export function describeReport(folder: string, report: CheckReport, repairing: boolean): string[] {
  const { files, sources, annotations, briefs } = report.checked;
  const lines = [`Checked ${folder}: ${count(files, 'file')}, ${count(sources, 'source')}, ${count(annotations, 'annotation')}, ${count(briefs, 'brief')}.`];
  if (report.repaired.length > 0) {
    lines.push('', 'Repaired:', ...report.repaired.map((line) => `  ${line}`));
  }
  const ordered = [...report.problems].sort((a, b) => rank(a) - rank(b));
  if (ordered.length > 0) {
    lines.push('', ...ordered.map((p) => `${p.severity === 'error' ? 'ERROR  ' : 'warning'}  ${p.message}${p.repairable ? ' (repairable)' : ''}`));
  }
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  const repairable = report.problems.filter((p) => p.repairable).length;
  lines.push('', report.ok ? `The notebook is sound${warnings ? ` (${count(warnings, 'warning')})` : ''}.` : `${count(errors, 'error')}, ${count(warnings, 'warning')}.`);
  if (repairable > 0 && !repairing) lines.push(`Run parley check --repair to fix the ${count(repairable, 'repairable problem')}; nothing is deleted.`);
  if (!report.ok) lines.push('The errors cannot be repaired without choosing what to keep; restore a backup with parley restore.');
  return lines;
}

function rank(problem: CheckProblem): number {
  return problem.severity === 'error' ? 0 : 1;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
