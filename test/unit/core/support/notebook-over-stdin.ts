/**
 * A Parley engine in a process of its own, so a test can run it under limits the test
 * runner must not have (a file-size limit, another user). It opens the notebook given as
 * the first argument (creating it), prints `ready`, then reads one JSON request per line,
 * `{"operation": "...", "request": {...}}`, and prints each result as one JSON line.
 * `{"close": true}` closes the notebook and exits.
 */
import { createInterface } from 'node:readline';
import { dispatch } from '../../../../electron/core/dispatch';
import { openNotebook } from '../../../../electron/core/notebook';

const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: notebook-over-stdin.ts <notebook folder>');

const notebook = await openNotebook(path, { create: true, title: 'Under limits' });
process.stdout.write('ready\n');

for await (const line of createInterface({ input: process.stdin })) {
  const message = JSON.parse(line) as { operation?: string; request?: unknown; close?: boolean };
  if (message.close) break;
  const result = await dispatch(notebook.handlers, message.operation, message.request, (error) =>
    process.stderr.write(`unexpected: ${error instanceof Error ? error.stack : String(error)}\n`),
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
await notebook.close();
