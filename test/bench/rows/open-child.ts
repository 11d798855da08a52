/**
 * Runs in a process of its own, so memory is measured on a clean process: opens a notebook
 * until it is ready to use and prints what it took as one JSON line.
 *
 *   node open-child.mjs parley <folder> [query]   openNotebook + first search
 *   node open-child.mjs one-file <file>           lowdb reads the one-file notebook
 *   node open-child.mjs idle -                    nothing: the memory of Node with the engine loaded
 *
 * (bundled first by harness/child-script.ts)
 */
import { openNotebook } from '../../../electron/core/notebook';
import { openOneFile } from '../baselines/one-file';
import { call } from '../harness/engine';

const [mode, path, query = 'withdrawal'] = process.argv.slice(2);
if (!path) throw new Error('usage: open-child.ts parley|one-file|idle <path> [query]');

const started = performance.now();
if (mode === 'parley') {
  const notebook = await openNotebook(path);
  const opened = performance.now() - started;
  const found = await call(notebook.handlers, 'search.query', { query });
  const ready = performance.now() - started;
  const rssMB = process.memoryUsage().rss / 2 ** 20;
  process.stdout.write(`${JSON.stringify({ ms: ready, openedMs: opened, rssMB, hits: found.total })}\n`);
  // Closing saves a freshly built search index; not part of the measure.
  await notebook.close();
} else if (mode === 'idle') {
  process.stdout.write(`${JSON.stringify({ ms: 0, openedMs: 0, rssMB: process.memoryUsage().rss / 2 ** 20, hits: 0 })}\n`);
} else {
  const db = await openOneFile(path);
  const ms = performance.now() - started;
  const rssMB = process.memoryUsage().rss / 2 ** 20;
  process.stdout.write(`${JSON.stringify({ ms, openedMs: ms, rssMB, hits: db.data.sources.length })}\n`);
}
