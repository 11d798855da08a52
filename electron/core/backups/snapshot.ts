import { statSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupReason } from '../../../shared/contract';
import { isErrno, syncFolder, writeDurably } from '../store/durable-file';
import { layout } from '../store/layout';
import { backupIdAt, backupIds, backupPaths, newestManifest, type Manifest, type ManifestEntry } from './manifest';
import { hashOf, objectNames, syncObject, writeObject } from './objects';

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

/**
 * Backs up the notebook's files as they are on disk. Only the copying runs while the
 * notebook is quiet, so the backup is one consistent state; syncing the copies to the disk
 * (most of the time of a first backup) runs after, while edits go on, and the manifest is
 * written last. Only files that changed since the newest backup are read: a file whose
 * size, modification time and inode are as that backup saw them has the same bytes (every
 * save writes a new file and renames it into place).
 */
export async function takeSnapshot(notebook: string, options: SnapshotOptions, whileQuiet: WhileQuiet): Promise<Manifest> {
  const copied: string[] = [];
  // Asked for the quiet moment at once: the backup holds every change asked for before it.
  const { previous, files, changed } = await whileQuiet(async () => {
    await mkdir(backupPaths.objects(notebook), { recursive: true });
    const previous = await newestManifest(notebook);
    const stored = await objectNames(notebook);
    const names = await notebookFileNames(notebook);
    const files: Record<string, ManifestEntry> = {};
    let changed = !previous || Object.keys(previous.files).length !== names.length;
    for (let i = 0; i < names.length; i += AT_ONCE) {
      await Promise.all(
        names.slice(i, i + AT_ONCE).map(async (name) => {
          const entry = await entryFor(notebook, name, previous?.files[name], stored, copied);
          if (entry.hash !== previous?.files[name]?.hash) changed = true;
          files[name] = entry;
        }),
      );
    }
    return { previous, files, changed };
  });
  if (!changed && options.skipIfUnchanged && previous) return previous;

  // The copies, and their names, must be on disk before a manifest points at them.
  for (let i = 0; i < copied.length; i += AT_ONCE) {
    await Promise.all(copied.slice(i, i + AT_ONCE).map((hash) => syncObject(notebook, hash)));
  }
  await syncFolder(backupPaths.objects(notebook));
  const takenAt = await freshTime(notebook, options.now);
  const id = backupIdAt(takenAt);
  const manifest: Manifest = { id, createdAt: takenAt.toISOString(), reason: options.reason, files };
  await writeDurably(backupPaths.manifest(notebook, id), JSON.stringify(manifest));
  return manifest;
}

async function entryFor(
  notebook: string,
  name: string,
  before: ManifestEntry | undefined,
  stored: Set<string>,
  copied: string[],
): Promise<ManifestEntry> {
  const path = join(notebook, name);
  // Without the thread pool: thousands of stats of cached metadata cost far less this way,
  // and every millisecond here is one an edit may wait.
  const seen = statSync(path);
  if (before && stored.has(before.hash) && before.size === seen.size && before.mtimeMs === seen.mtimeMs && before.ino === seen.ino) {
    return before;
  }
  const bytes = await readFile(path);
  const hash = hashOf(bytes);
  if (!stored.has(hash)) {
    stored.add(hash);
    await writeObject(notebook, hash, bytes);
    copied.push(hash);
  }
  return { hash, size: bytes.length, mtimeMs: seen.mtimeMs, ino: seen.ino };
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
