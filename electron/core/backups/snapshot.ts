import { statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupReason } from '../../../shared/contract';
import { isErrno, syncFolder, writeDurably } from '../store/durable-file';
import { layout } from '../store/layout';
import { backupIdAt, backupIds, backupPaths, newestManifest, type Manifest, type ManifestEntry } from './manifest';
import { hashOf, objectNames, syncObject, writeObject } from './objects';
import { stagingFolder, stageFile } from './staging';

/** Files read and copied at once: enough to keep the disk busy, few enough to bound memory. */
const AT_ONCE = 32;

export interface SnapshotOptions {
  reason: BackupReason;
  now: Date;
  /** Return the newest backup instead of a new one when no file differs from it (opening a notebook again). */
  skipIfUnchanged?: boolean;
}

/** Runs a task while no change is under way (the store's `whileQuiet`). */
export type WhileQuiet = <T>(task: () => Promise<T>) => Promise<T>;

/** How a file looked when the backup saw it. */
type Seen = Pick<ManifestEntry, 'size' | 'mtimeMs' | 'ino'>;

/**
 * Backs up the notebook's files as they are on disk. While the notebook is held still (no
 * change runs), the backup only looks: each file unchanged since the newest backup (same
 * size, modification time and inode: every save writes a new file and renames it into
 * place) keeps its copy unread, and each changed one is staged (`stageFile`). Copying,
 * syncing and the manifest, written last, come after, while edits go on.
 */
export async function takeSnapshot(notebook: string, options: SnapshotOptions, whileQuiet: WhileQuiet): Promise<Manifest> {
  // Asked for the quiet moment at once: the backup holds every change asked for before it.
  const still = await whileQuiet(() => look(notebook));
  const { previous, files, staged, staging } = still;
  try {
    const copied = await copyStaged(notebook, staged, still.stored, files);
    // Opening a notebook again without changing it adds no backup of the same files.
    if (options.skipIfUnchanged && previous && sameContents(previous.files, files)) return previous;
    // The copies, and their names, must be on disk before a manifest points at them.
    for (let i = 0; i < copied.length; i += AT_ONCE) {
      await Promise.all(copied.slice(i, i + AT_ONCE).map((hash) => syncObject(notebook, hash)));
    }
    await syncFolder(backupPaths.objects(notebook));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const takenAt = await freshTime(notebook, options.now);
  const id = backupIdAt(takenAt);
  const manifest: Manifest = { id, createdAt: takenAt.toISOString(), reason: options.reason, files };
  await writeDurably(backupPaths.manifest(notebook, id), JSON.stringify(manifest));
  return manifest;
}

interface Staged {
  name: string;
  path: string;
  seen: Seen;
}

/** The part that needs the notebook still: which files changed, and those staged. */
async function look(notebook: string) {
  await mkdir(backupPaths.objects(notebook), { recursive: true });
  const previous = await newestManifest(notebook);
  const stored = await objectNames(notebook);
  const staging = await stagingFolder(notebook);
  const files: Record<string, ManifestEntry> = {};
  const staged: Staged[] = [];
  const names = await notebookFileNames(notebook);
  for (let i = 0; i < names.length; i += AT_ONCE) {
    await Promise.all(
      names.slice(i, i + AT_ONCE).map(async (name, j) => {
        const live = join(notebook, name);
        // Without the thread pool: thousands of stats of cached metadata cost far less
        // this way, and every millisecond here is one an edit may wait.
        const seen = statSync(live);
        const before = previous?.files[name];
        if (before && stored.has(before.hash) && sameFile(before, seen)) {
          files[name] = before;
          return;
        }
        const path = join(staging, String(i + j));
        await stageFile(live, path);
        staged.push({ name, path, seen: { size: seen.size, mtimeMs: seen.mtimeMs, ino: seen.ino } });
      }),
    );
  }
  return { previous, stored, files, staged, staging };
}

function sameContents(a: Manifest['files'], b: Manifest['files']): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name]!.hash === b[name]?.hash);
}

function sameFile(before: Seen, seen: Seen): boolean {
  return before.size === seen.size && before.mtimeMs === seen.mtimeMs && before.ino === seen.ino;
}

/** Copies each staged file into the object store (once per content) and names it in `files`; returns the new objects. */
async function copyStaged(notebook: string, staged: Staged[], stored: Set<string>, files: Record<string, ManifestEntry>): Promise<string[]> {
  const copied: string[] = [];
  for (let i = 0; i < staged.length; i += AT_ONCE) {
    await Promise.all(
      staged.slice(i, i + AT_ONCE).map(async ({ name, path, seen }) => {
        const bytes = await readFile(path);
        const hash = hashOf(bytes);
        if (!stored.has(hash)) {
          stored.add(hash);
          await writeObject(notebook, hash, bytes);
          copied.push(hash);
        }
        files[name] = { hash, size: bytes.length, mtimeMs: seen.mtimeMs, ino: seen.ino };
      }),
    );
  }
  return copied;
}

/** notebook.json and every sources/*.json and briefs/*.json (temp files start with a dot). */
export async function notebookFileNames(notebook: string): Promise<string[]> {
  const names = ['notebook.json'];
  for (const [shelf, folder] of [
    ['sources', layout.sourcesFolder(notebook)],
    ['briefs', layout.briefsFolder(notebook)],
  ] as const) {
    names.push(...(await jsonFilesIn(folder)).map((name) => `${shelf}/${name}`));
  }
  return names;
}

async function jsonFilesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
}

/** Two backups in the same millisecond (a fast test, a frozen clock) still get their own ids. */
async function freshTime(notebook: string, now: Date): Promise<Date> {
  const taken = new Set(await backupIds(notebook));
  let at = now.getTime();
  while (taken.has(backupIdAt(new Date(at)))) at += 1;
  return new Date(at);
}
