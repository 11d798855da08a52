import type { CheckProblem, CheckProblemKind } from '../../../shared/contract/upkeep';

interface Details {
  recordId?: string;
  repairable?: boolean;
}

/**
 * The problems one pass of the check has found. An error means the notebook is not as
 * Parley wrote it (something is damaged, missing or contradicts itself); a warning is
 * something the app itself can leave behind and copes with (an orphaned citation, a file
 * nothing lists), worth knowing but not a failed check.
 */
export class Findings {
  readonly problems: CheckProblem[] = [];

  error(kind: CheckProblemKind, file: string, message: string, details: Details = {}): void {
    this.add('error', kind, file, message, details);
  }

  warning(kind: CheckProblemKind, file: string, message: string, details: Details = {}): void {
    this.add('warning', kind, file, message, details);
  }

  get ok(): boolean {
    return !this.problems.some((p) => p.severity === 'error');
  }

  private add(severity: CheckProblem['severity'], kind: CheckProblemKind, file: string, message: string, details: Details): void {
    const problem: CheckProblem = { severity, kind, file, message, repairable: details.repairable ?? false };
    if (details.recordId !== undefined) problem.recordId = details.recordId;
    this.problems.push(problem);
  }
}
