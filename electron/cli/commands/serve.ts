import { fileURLToPath } from 'node:url';
import { startHost } from '../../host/server';
import { openNotebook } from '../../core/notebook';
import { ParleyError } from '../../../shared/contract';
import type { Output } from '../output';
import { notebookPathFrom, type GlobalOptions } from '../session';

/** Where `npm run build:renderer` puts the interface, relative to this file. */
const RENDERER_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

/** Serves until interrupted; the notebook stays locked to this process meanwhile. */
export async function serve(options: GlobalOptions & { port?: string }, output: Output): Promise<number> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ParleyError('bad-request', `--port must be a number from 0 to 65535, not "${options.port}".`);
  }
  const notebook = await openNotebook(notebookPathFrom(options), { create: true });
  let host;
  try {
    host = await startHost({
      handlers: notebook.handlers,
      rendererDir: process.env.PARLEY_RENDERER_DIR ?? RENDERER_DIR,
      port,
      onUnexpected: (error) => output.note(`parley: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
  } catch (error) {
    await notebook.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ParleyError('io-failed', `Port ${port} is already in use; pick another with --port.`);
    throw error;
  }
  output.result({ url: host.url, port: host.port, token: host.token, notebook: notebook.path }, () => [
    `Parley is serving ${notebook.path}`,
    `Open ${host.url}`,
    'Press Ctrl+C to stop.',
  ]);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await host.close();
  await notebook.close();
  return 0;
}
