import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeDurably } from '../store/durable-file';

/** How many notebooks the recent list remembers. */
export const RECENT_LIMIT = 10;

export const RecentEntry = z.object({ path: z.string().min(1), title: z.string(), openedAt: z.iso.datetime() });
export type RecentEntry = z.infer<typeof RecentEntry>;

/**
 * The notebook just opened goes first; an older entry for the same folder is dropped
 * (paths compare exactly, except that case is ignored where the file system ignores it).
 */
export function withOpened(list: readonly RecentEntry[], entry: RecentEntry, platform: NodeJS.Platform = process.platform): RecentEntry[] {
  const key = pathKey(platform);
  return [entry, ...list.filter((e) => key(e.path) !== key(entry.path))].slice(0, RECENT_LIMIT);
}

export function without(list: readonly RecentEntry[], path: string, platform: NodeJS.Platform = process.platform): RecentEntry[] {
  const key = pathKey(platform);
  return list.filter((e) => key(e.path) !== key(path));
}

function pathKey(platform: NodeJS.Platform): (path: string) => string {
  return platform === 'win32' || platform === 'darwin' ? (p) => p.toLowerCase() : (p) => p;
}

const RecentFile = z.object({ notebooks: z.array(z.unknown()) });

/**
 * The list on disk. A damaged or foreign file is not worth an error: the list is a
 * convenience, so bad entries are skipped and a bad file reads as empty.
 */
export class RecentList {
  private readonly file: string;

  constructor(configFolder: string) {
    this.file = join(configFolder, 'recent.json');
  }

  async read(): Promise<RecentEntry[]> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      return [];
    }
    const parsed = RecentFile.safeParse(raw);
    if (!parsed.success) return [];
    return parsed.data.notebooks.flatMap((n) => {
      const entry = RecentEntry.safeParse(n);
      return entry.success ? [entry.data] : [];
    });
  }

  async write(list: readonly RecentEntry[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeDurably(this.file, JSON.stringify({ notebooks: list }, null, 2));
  }
}
