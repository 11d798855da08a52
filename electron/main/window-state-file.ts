import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeDurably } from '../core/store/durable-file';

export const WindowState = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

/** Enough for every notebook anyone works on; the oldest are forgotten first. */
const REMEMBERED = 50;

/** Windows without a notebook (the welcome) share one entry. */
const NO_NOTEBOOK = '';

const StateFile = z.object({ windows: z.record(z.string(), z.unknown()) });

/**
 * Each notebook's window, in `window-state.json` in the app's config folder. Like the
 * recent list, it is a convenience: a damaged file or entry reads as "no saved state" and
 * a failed save is reported to the caller's log, never to the person.
 */
export class WindowStateFile {
  private readonly file: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(configFolder: string) {
    this.file = join(configFolder, 'window-state.json');
  }

  async read(notebookPath: string | null): Promise<WindowState | undefined> {
    const parsed = WindowState.safeParse((await this.readAll())[notebookPath ?? NO_NOTEBOOK]);
    return parsed.success ? parsed.data : undefined;
  }

  /** Saves are queued so two windows closing at once do not overwrite each other's entry. */
  save(notebookPath: string | null, state: WindowState): Promise<void> {
    const run = this.queue.then(async () => {
      const key = notebookPath ?? NO_NOTEBOOK;
      const others = Object.entries(await this.readAll()).filter(([path]) => path !== key);
      // Newest last, so the oldest are the ones cut.
      const windows = Object.fromEntries([...others, [key, state]].slice(-REMEMBERED));
      await mkdir(join(this.file, '..'), { recursive: true });
      await writeDurably(this.file, JSON.stringify({ windows }, null, 2));
    });
    this.queue = run.catch(() => {});
    return run;
  }

  private async readAll(): Promise<Record<string, unknown>> {
    try {
      const parsed = StateFile.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.windows : {};
    } catch {
      return {};
    }
  }
}
