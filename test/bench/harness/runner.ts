import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROWS, type RowModule } from '../rows';
import type { RowResult } from '../types';
import { harnessContext } from './context';
import { machineInfo, type MachineInfo } from './machine';
import { ratioOf } from './table';

export interface BenchOptions {
  quick: boolean;
  seed: number;
  /** Run only rows whose name contains this (case-insensitive). */
  only?: string;
  /** Where the JSON goes. */
  out: string;
  /** Progress for the person watching. */
  say(line: string): void;
}

export interface BenchReport {
  date: string;
  seed: number;
  quick: boolean;
  machine: MachineInfo;
  /** Every result, with the baseline ratio worked out where there is one. */
  rows: Array<RowResult & { ratio?: number }>;
  /** Rows that threw instead of measuring; their results say so too. */
  failed: string[];
}

export function selectRows(only: string | undefined): RowModule[] {
  const wanted = only?.toLowerCase();
  return ROWS.filter((row) => !wanted || row.name.toLowerCase().includes(wanted));
}

/**
 * Runs the rows one after another (never two at once: they would time each other), each
 * on its own temp folders, and writes the report. A row that throws is reported as not
 * measured, with the error, and the others still run.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const rows = selectRows(options.only);
  if (rows.length === 0) throw new Error(`no row matches "${options.only}"; rows are: ${ROWS.map((r) => r.name).join('; ')}`);
  const root = await mkdtemp(join(tmpdir(), 'parley-bench-'));
  const started = performance.now();
  let current = 0;
  const say = (message: string) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
    options.say(`[${current}/${rows.length} ${seconds}s] ${message}`);
  };
  const context = harnessContext(root, { quick: options.quick, seed: options.seed, say });
  const results: BenchReport['rows'] = [];
  const failed: string[] = [];
  try {
    for (const row of rows) {
      current += 1;
      say(row.name);
      try {
        const module = await row.load();
        for (const result of await module.run(context)) results.push({ ...result, ratio: ratioOf(result) });
      } catch (error) {
        failed.push(row.name);
        const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
        say(`${row.name} FAILED: ${why}`);
        results.push({ row: row.name, workload: '—', median: Number.NaN, target: '—', met: null, notes: `not measured: ${why.split('\n')[0]}` });
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  const report: BenchReport = { date: new Date().toISOString(), seed: options.seed, quick: options.quick, machine: machineInfo(), rows: results, failed };
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
