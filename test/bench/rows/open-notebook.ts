import { execFile } from 'node:child_process';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { childScript } from '../harness/child-script';
import type { CorpusKind, HarnessContext } from '../harness/context';
import { figuresOf } from '../harness/measure';
import type { RowResult } from '../types';

const ROW = 'open a notebook, ready to use (records + search index)';
const TARGET_MS: Record<CorpusKind, number> = { '2k': 1500, '10k': 6000 };
const MEMORY_TARGET_MB = 400;

interface ChildReport {
  ms: number;
  openedMs: number;
  rssMB: number;
  hits: number;
}

async function openInChild(mode: 'parley' | 'one-file' | 'idle', path: string): Promise<ChildReport> {
  const script = await childScript(new URL('./open-child.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, mode, path], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildReport;
}

async function repeat(times: number, before: () => Promise<void>, open: () => Promise<ChildReport>): Promise<ChildReport[]> {
  const reports: ChildReport[] = [];
  for (let i = 0; i < times; i += 1) {
    await before();
    reports.push(await open());
  }
  return reports;
}

/**
 * Each open runs in a fresh process (clean memory, cold module caches, warm disk cache):
 * openNotebook (every file read and validated) and the first search, which reads the saved
 * index or builds it. Both cases are measured: the saved index is the everyday case, a build
 * happens on the first open after an upgrade or when the index was lost.
 */
export async function run(context: HarnessContext): Promise<RowResult[]> {
  const results: RowResult[] = [];
  // Under --quick both workloads are the same small notebook: open it once.
  const kinds: CorpusKind[] = context.quick ? ['2k'] : ['2k', '10k'];
  for (const kind of kinds) {
    const pristine = await context.corpus(kind);
    const label = `${pristine.size.sources.toLocaleString('en')} sources`;
    const folder = await context.workingCopy(kind, `open-${kind}`);
    const oneFile = join(await context.tempDir(`open-one-file-${kind}`), 'notebook.json');
    await copyFile(pristine.oneFile, oneFile);
    const runs = context.pick(3, 1);
    const dropIndex = () => rm(join(folder, 'index'), { recursive: true, force: true });
    const nothing = async () => {};

    context.say(`${ROW}: ${label}, search index built on open`);
    const built = await repeat(runs, dropIndex, () => openInChild('parley', folder));
    // The last build was saved on close: every open from here reads it.
    context.say(`${ROW}: ${label}, saved search index`);
    const saved = await repeat(runs, nothing, () => openInChild('parley', folder));
    context.say(`${ROW}: ${label}, one lowdb file`);
    const baseline = await repeat(runs, nothing, () => openInChild('one-file', oneFile));

    const base = { name: 'one lowdb file, read and parsed (no index)', median: figuresOf(baseline.map((r) => r.ms)).median };
    const target = TARGET_MS[kind];
    for (const [how, reports] of [['saved index', saved], ['index built on open', built]] as const) {
      const figures = figuresOf(reports.map((r) => r.ms));
      const opened = figuresOf(reports.map((r) => r.openedMs)).median;
      results.push({
        row: ROW,
        workload: `${label}, ${how}`,
        median: figures.median,
        baseline: base,
        target: `≤ ${target / 1000} s`,
        met: figures.median <= target,
        notes: `${figures.runs} runs in fresh processes; records open in ${Math.round(opened)} ms, the rest is the first search`,
      });
    }
    if (kind === kinds.at(-1)) {
      const memory = figuresOf(saved.map((r) => r.rssMB));
      const builtMemory = figuresOf(built.map((r) => r.rssMB)).median;
      const idle = (await openInChild('idle', '-')).rssMB;
      results.push({
        row: ROW,
        workload: `${label}, resident memory once ready (saved index)`,
        median: memory.median,
        unit: 'MB',
        baseline: { name: 'one lowdb file, resident memory', median: figuresOf(baseline.map((r) => r.rssMB)).median },
        target: `≤ ${MEMORY_TARGET_MB} MB`,
        met: memory.median <= MEMORY_TARGET_MB,
        notes: `process.memoryUsage().rss after the first search; ${Math.round(builtMemory)} MB when the index was built on open; of which ${Math.round(idle)} MB is Node with the engine's modules loaded, before any notebook`,
      });
    }
  }
  return results;
}
