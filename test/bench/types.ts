/**
 * The benchmark's shapes: every row of QUALITY.md's performance table is a module in
 * rows/ exporting `run(context)`, measured through the real code paths.
 */
export interface BenchContext {
  /** --quick: reduced sizes, a smoke check in under a minute. */
  quick: boolean;
  /** The corpus seed; the same seed gives the same corpus. */
  seed: number;
  /** A fresh temporary folder for this row's notebooks and files. */
  tempDir(label: string): Promise<string>;
  /** Progress for the person watching (one line, no newline needed). */
  say(message: string): void;
}

export interface RowResult {
  /** The row of QUALITY.md, e.g. "save one annotation, durable". */
  row: string;
  /** The workload actually run, e.g. "2,000 sources / 40,000 annotations". */
  workload: string;
  /** Milliseconds unless `unit` says otherwise. */
  median: number;
  p95?: number;
  p99?: number;
  unit?: 'ms' | 'MB' | '%';
  /** The baseline measured in the same run, when the row has one. */
  baseline?: { name: string; median: number };
  /** What QUALITY.md asks for, in its words: "median ≤ 5 ms, p99 ≤ 20 ms; ≥ 20× …". */
  target: string;
  /** Whether the figures meet the target; null when it cannot be judged here. */
  met: boolean | null;
  /** Anything a reader of the table needs (repetitions, accuracy counts, memory). */
  notes?: string;
}

export type BenchRow = (context: BenchContext) => Promise<RowResult[]>;
