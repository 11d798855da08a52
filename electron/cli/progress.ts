import { SingleBar } from 'cli-progress';

export interface Progress {
  update(current: string): void;
  increment(): void;
  stop(): void;
}

/**
 * A progress bar on stderr for bulk imports, shown only to a person at a terminal: scripts
 * reading --json or a pipe get clean output.
 */
export function startProgress(total: number, json: boolean): Progress {
  if (json || total < 2 || !process.stderr.isTTY) return { update() {}, increment() {}, stop() {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'Importing [{bar}] {value}/{total}  {file}',
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0, { file: '' });
  return {
    update: (file) => bar.update({ file }),
    increment: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
