import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROWS } from '../bench/rows';
import type { BenchReport } from '../bench/harness/runner';
import { REPO_ROOT } from './support/serve';

// The whole benchmark at its quick sizes, as `npm run bench -- --quick` runs it: here (not
// in the unit project) because its reader row drives Chromium through the browser host.
// Figures are not judged: machines running the tests are shared and noisy.
describe('npm run bench -- --quick', () => {
  let folder: string | undefined;
  afterAll(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

  it('measures every row of the performance table and writes them as JSON', async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'parley-bench-smoke-'));
    const out = path.join(folder, 'latest.json');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'test/bench/run.ts', '--quick', '--out', out], {
      cwd: REPO_ROOT,
      maxBuffer: 16 << 20,
    });
    const report = JSON.parse(await readFile(out, 'utf8')) as BenchReport;
    expect(report.failed).toEqual([]);
    expect(new Set(report.rows.map((r) => r.row))).toEqual(new Set(ROWS.map((r) => r.name)));
    for (const row of report.rows) {
      expect(row.met === null || typeof row.met === 'boolean').toBe(true);
      expect(row.target).not.toBe('');
    }
    // Every baseline the table names was measured in the same run.
    const baselines = report.rows.filter((r) => r.baseline).map((r) => r.row);
    expect(new Set(baselines)).toEqual(new Set(['save one annotation, durable', 'open a notebook, ready to use (records + search index)', 'fuzzy anchoring accuracy and speed']));
    expect(stdout).toContain('Figures written to');
    expect(stdout).toMatch(/^row\s+│ workload/m);
  }, 600_000);
});
