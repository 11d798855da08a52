import { fileURLToPath } from 'node:url';
import { startHost } from '../../host/server';
import { appConfigFolder, defaultNotebooksFolder } from '../../core/session/app-folders';
import { AppSession } from '../../core/session/app-session';
import { entryOfError } from '../../core/logs/log-line';
import { logFolderOf, RotatingLog } from '../../core/logs/rotating-log';
import { ParleyError } from '../../../shared/contract';
import type { Output } from '../output';
import type { GlobalOptions } from '../session';

/** Where `npm run build:renderer` puts the interface, relative to this file. */
const RENDERER_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

/**
 * Serves until interrupted. The notebook named by --notebook (or PARLEY_NOTEBOOK) is opened,
 * created when missing; without one, the notebook opened last, or the welcome. The page can
 * open, create and switch notebooks; each stays locked to this process while open.
 */
export async function serve(options: GlobalOptions & { port?: string }, output: Output): Promise<number> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ParleyError('bad-request', `--port must be a number from 0 to 65535, not "${options.port}".`);
  }
  const configFolder = appConfigFolder();
  // The page's own errors go to a log file, never to the person's screen.
  const log = new RotatingLog({ folder: logFolderOf(configFolder) });
  const session = new AppSession({
    door: 'browser',
    configFolder,
    notebooksFolder: defaultNotebooksFolder(),
    log: (entry) => void log.write(entry),
  });
  const asked = options.notebook?.trim() || process.env['PARLEY_NOTEBOOK']?.trim() || undefined;
  const state = await session.launch(asked);
  let host;
  try {
    host = await startHost({
      handlers: session.handlers,
      rendererDir: process.env.PARLEY_RENDERER_DIR ?? RENDERER_DIR,
      port,
      onUnexpected: (error) => {
        output.note(`parley: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        void log.write(entryOfError(error, 'Unexpected error in the browser host'));
      },
    });
  } catch (error) {
    await session.dispose();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ParleyError('io-failed', `Port ${port} is already in use; pick another with --port.`);
    throw error;
  }
  const opened = state.notebook?.path ?? null;
  output.result({ url: host.url, port: host.port, token: host.token, notebook: opened }, () => [
    opened ? `Parley is serving ${opened}` : state.problem ? `Parley could not open ${state.problem.path}: ${state.problem.message}` : 'Parley is serving its welcome page (no notebook open yet)',
    `Open ${host.url}`,
    'Press Ctrl+C to stop.',
  ]);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await host.close();
  await session.dispose();
  return 0;
}
