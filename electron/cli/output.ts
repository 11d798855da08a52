import type { ErrorValue } from '../../shared/contract';

/** One place decides between JSON for scripts and lines for people. */
export class Output {
  constructor(
    readonly json: boolean,
    private readonly stdout: NodeJS.WritableStream = process.stdout,
    private readonly stderr: NodeJS.WritableStream = process.stderr,
  ) {}

  /** Prints `value` as JSON, or `human()`'s lines for a person. */
  result(value: unknown, human: () => string[]): void {
    if (this.json) this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    else for (const line of human()) this.stdout.write(`${line}\n`);
  }

  error(error: ErrorValue): void {
    this.stderr.write(`parley: ${error.message}\n`);
    if (this.json) this.stdout.write(`${JSON.stringify({ error }, null, 2)}\n`);
  }

  note(line: string): void {
    this.stderr.write(`${line}\n`);
  }
}

/** Fixed-width columns for list output; the last column runs free. */
export function columns(rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}
