import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { oneFileCollector } from '../baselines/one-file';
import { sizeFor, writeCorpus, type CorpusSize, type WrittenCorpus } from '../corpus';
import type { BenchContext } from '../types';

export type CorpusKind = '2k' | '10k';

/** A generated notebook kept untouched for the whole run; rows work on copies of it. */
export interface PristineCorpus {
  written: WrittenCorpus;
  size: CorpusSize;
  /** The same records in one lowdb file, for the baselines. */
  oneFile: string;
}

/** What this harness gives its own rows beyond the shared `BenchContext`. */
export interface HarnessContext extends BenchContext {
  corpus(kind: CorpusKind): Promise<PristineCorpus>;
  /** A copy of the pristine notebook folder that a row may open, write and throw away. */
  workingCopy(kind: CorpusKind, label: string): Promise<string>;
  /** `full` normally, `quick` under --quick. */
  pick<T>(full: T, quick: T): T;
}

/**
 * One context per run: temp folders under `root`, and each corpus generated once, the first
 * time a row asks for it (a 10,000-source notebook takes a while to write).
 */
export function harnessContext(root: string, options: { quick: boolean; seed: number; say: (message: string) => void }): HarnessContext {
  const corpora = new Map<CorpusKind, Promise<PristineCorpus>>();
  let folders = 0;
  const tempDir = async (label: string) => {
    folders += 1;
    return mkdtemp(join(root, `${folders}-${label.replace(/[^a-z0-9]+/gi, '-')}-`));
  };

  const corpus = (asked: CorpusKind) => {
    // Under --quick every row shares one small notebook (see sizes.ts).
    const kind = options.quick ? '2k' : asked;
    let pending = corpora.get(kind);
    if (!pending) {
      pending = (async () => {
        const size = sizeFor(kind, options.quick);
        options.say(`generating the ${size.sources.toLocaleString('en')}-source notebook (seed ${options.seed})`);
        const base = await tempDir(`corpus-${kind}`);
        const collect = oneFileCollector();
        const written = await writeCorpus(join(base, 'notebook'), options.seed, size, collect.onFile);
        const oneFile = join(base, 'one-file.json');
        await writeFile(oneFile, JSON.stringify(collect.result()));
        return { written, size, oneFile };
      })();
      corpora.set(kind, pending);
    }
    return pending;
  };

  return {
    quick: options.quick,
    seed: options.seed,
    say: options.say,
    tempDir,
    corpus,
    async workingCopy(kind, label) {
      const pristine = await corpus(kind);
      const folder = join(await tempDir(label), 'notebook');
      await mkdir(folder, { recursive: true });
      await cp(pristine.written.folder, folder, { recursive: true });
      return folder;
    },
    pick: (full, quick) => (options.quick ? quick : full),
  };
}
