import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { SHOTS } from '../../e2e/support/app';
import { chromiumPath, launchChromium } from '../../e2e/support/browser';
import { REPO_ROOT, serveNotebook, type Served } from '../../e2e/support/serve';
import type { BenchContext, BenchRow, RowResult } from '../types';
import { countMarks, timeLinking, timeOpening } from './reader/measure';
import { seedReaderNotebook } from './reader/notebook';
import { answerTimes, trackRequests } from './reader/settle';

const ROW = 'reader in Chromium';
const OPEN_TARGET = 'highlights painted ≤ 300 ms after opening';
const LINK_TARGET = 'link-entity to visible highlight ≤ 100 ms';

/** Nearest-rank percentile of a non-empty list. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function result(workload: string, target: string, limit: number, times: number[], notes: string): RowResult {
  const median = percentile(times, 50);
  return {
    row: ROW,
    workload,
    median: round(median),
    p95: round(percentile(times, 95)),
    target,
    met: median <= limit,
    notes,
  };
}

/** Both lines of the row, unjudged, with the reason no browser run was possible. */
function notRun(workload: string, why: string): RowResult[] {
  return [
    { row: ROW, workload, median: Number.NaN, target: OPEN_TARGET, met: null, notes: why },
    { row: ROW, workload, median: Number.NaN, target: LINK_TARGET, met: null, notes: why },
  ];
}

/**
 * The reader in Chromium through the browser host: a notebook made by the real engine,
 * served by `parley serve`, opened in the system Chromium, clicked and typed in as a person
 * would, with times taken inside the page (see reader/paintWatch.ts).
 */
export const run: BenchRow = async (context: BenchContext) => {
  const [words, highlights, repetitions] = context.quick ? [2_000, 100, 3] : [10_000, 500, 7];
  const workload = `${words.toLocaleString('en')}-word source with ${highlights} highlights`;
  if (!existsSync(chromiumPath())) return notRun(workload, `no Chromium at ${chromiumPath()} (set CHROME_PATH)`);
  if (!existsSync(path.join(REPO_ROOT, 'dist/renderer/index.html'))) {
    return notRun(workload, 'the renderer is not built: run npm run build:renderer first');
  }

  context.say(`reader: making a notebook with a ${workload}`);
  const folder = path.join(await context.tempDir('reader'), 'Reader benchmark.parley');
  const notebook = await seedReaderNotebook(folder, context.seed, words, highlights);

  let served: Served | undefined;
  let browser: Browser | undefined;
  try {
    served = await serveNotebook(folder);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    trackRequests(page);
    await page.goto(served.url);
    context.say(`reader: opening the long source ${repetitions + 1} times`);
    const opening = await timeOpening(page, notebook, repetitions);
    const painted = await countMarks(page);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'bench-reader.png') });
    context.say(`reader: linking ${repetitions + 1} selections to an entity`);
    const linking = await timeLinking(page, notebook, repetitions);
    const reps = `${repetitions} repetitions after a warm-up`;
    // The host's entity suggestions follow every open and every annotation change; anything
    // asked of the host meanwhile waits behind them, which the timed actions avoid by settling.
    const suggestions = await answerTimes(page, 'sources.suggestions');
    const busy = suggestions.length
      ? `; the entity suggestions asked for after each open and each new annotation took the host a median ${Math.round(percentile(suggestions, 50))} ms, and anything asked meanwhile waits behind them`
      : '';
    return [
      result(workload, OPEN_TARGET, 300, opening, `${reps}; from the click in the navigator to the frame after all ${highlights} highlights (${painted} mark elements) are painted, the host idle at the click${busy}`),
      result(workload, LINK_TARGET, 100, linking, `${reps}, each on fresh words; from the Enter that saves the link to the frame after its highlight is painted, the host idle at the Enter${busy}`),
    ];
  } finally {
    await browser?.close();
    await served?.stop();
  }
};
