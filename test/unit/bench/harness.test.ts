import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchoringCases } from '../../bench/corpus/perturb';
import { matchQuote } from '../../bench/baselines/match-quote';
import { describeSpan } from '../../../shared/anchoring/describe';
import { figuresOf } from '../../bench/harness/measure';
import { runBench, type BenchReport } from '../../bench/harness/runner';
import { formatTable } from '../../bench/harness/table';

describe('benchmark figures', () => {
  it('reads the median, p95 and p99 off the samples by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(figuresOf(samples)).toEqual({ median: 50.5, p95: 95, p99: 99, runs: 100 });
    expect(figuresOf([3, 1, 2])).toMatchObject({ median: 2, p99: 3 });
  });
});

describe('perturbed anchoring cases', () => {
  const cases = anchoringCases(3, 12);

  it('has each kind of edit, the same for the same seed', () => {
    expect(cases.map((c) => c.kind).sort()).toEqual([...Array(12).fill('across'), ...Array(12).fill('deleted'), ...Array(12).fill('inside'), ...Array(12).fill('near')]);
    expect(anchoringCases(3, 12)).toEqual(cases);
  });

  it('knows the answer: an edit beside a span leaves its words where the answer says, a deleted span is gone', () => {
    for (const c of cases) {
      if (c.kind === 'near') expect(c.text.slice(c.expected!.start, c.expected!.end)).toBe(c.target.quote.exact);
      if (c.kind === 'deleted') expect(c.text.includes(c.target.quote.exact)).toBe(false);
      if (c.kind === 'inside') expect(c.text.slice(c.expected!.start, c.expected!.end)).not.toBe(c.target.quote.exact);
    }
  });
});

describe('the matchQuote baseline', () => {
  const text = 'The talks resumed on Monday. Officials said the pause would hold. The talks resumed on Friday after a delay.';

  it('tells two occurrences apart by their context', () => {
    const start = text.lastIndexOf('The talks resumed');
    const target = describeSpan(text, start, start + 'The talks resumed'.length);
    const edited = `Breaking. ${text}`;
    expect(matchQuote(edited, target)).toMatchObject({ start: start + 10, end: start + 10 + 17 });
  });

  it('has no minimum score: with the quoted sentence deleted it still lands on a look-alike', () => {
    const start = text.indexOf('Friday after a delay');
    const target = describeSpan(text, start, start + 'Friday after a delay'.length);
    const edited = text.replace(' The talks resumed on Friday after a delay.', ' Monday after a delay was announced.');
    expect(matchQuote(edited, target)).not.toBeNull();
  });
});

describe('a benchmark run', () => {
  let folder: string;
  let report: BenchReport;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parley-bench-run-'));
    report = await runBench({ quick: true, seed: 5, only: 'compare two', out: join(folder, 'latest.json'), say: () => {} });
  }, 120_000);

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('writes the figures with the machine they were measured on', async () => {
    const written = JSON.parse(await readFile(join(folder, 'latest.json'), 'utf8')) as BenchReport;
    expect(written.seed).toBe(5);
    expect(written.quick).toBe(true);
    expect(written.machine.cpus).toBeGreaterThan(0);
    expect(written.failed).toEqual([]);
    expect(written.rows.map((r) => r.row)).toEqual(['compare two sources']);
    expect(written.rows[0]!.median).toBeGreaterThan(0);
    expect(written).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('prints a table with the row, its target and whether it was met', () => {
    const table = formatTable(report.rows);
    expect(table).toMatch(/compare two sources .*│ ≤ 100 ms\s+│ (yes|NO)/);
  });

  it('says which rows exist when --only matches none', async () => {
    await expect(runBench({ quick: true, seed: 5, only: 'no such row', out: join(folder, 'x.json'), say: () => {} })).rejects.toThrow(/save one annotation, durable/);
  });
});
