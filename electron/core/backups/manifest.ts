import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BackupInfo, BackupReason } from '../../../shared/contract';
import { isErrno } from '../store/durable-file';
import { layout } from '../store/layout';

/**
 * A backup is a manifest, `backups/<id>.json`, naming each notebook file by the hash of its
 * bytes; the bytes live once in `backups/objects/<sha256>`, shared by every backup that holds
 * the same content. The manifest is written last, so one that exists has all its objects.
 */
export const ManifestEntry = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  /** How the live file looked when it was read: unchanged, it need not be read again. */
  mtimeMs: z.number(),
  ino: z.number(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({
  id: BackupInfo.shape.id,
  createdAt: z.iso.datetime(),
  reason: BackupReason,
  /** Keyed by the path inside the notebook, with forward slashes: notebook.json, sources/<id>.json, briefs/<id>.json. */
  files: z.record(z.string(), ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;

const MANIFEST_NAME = /^([0-9TZ-]+)\.json$/;

export const backupPaths = {
  folder: (notebook: string) => layout.backupsFolder(notebook),
  objects: (notebook: string) => join(layout.backupsFolder(notebook), 'objects'),
  object: (notebook: string, hash: string) => join(layout.backupsFolder(notebook), 'objects', hash),
  manifest: (notebook: string, id: string) => join(layout.backupsFolder(notebook), `${id}.json`),
};

/** The id of a backup taken at `date`: its UTC time, sortable as text, safe in a file name. */
export function backupIdAt(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Every backup's id, newest first (ids sort by time). */
export async function backupIds(notebook: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(backupPaths.folder(notebook));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
  return names.flatMap((name) => MANIFEST_NAME.exec(name)?.[1] ?? []).sort().reverse();
}

/** The manifest of backup `id`, or null when it is missing or unreadable (a damaged manifest is no backup). */
export async function readManifest(notebook: string, id: string): Promise<Manifest | null> {
  try {
    const parsed = Manifest.safeParse(JSON.parse(await readFile(backupPaths.manifest(notebook, id), 'utf8')));
    return parsed.success && parsed.data.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every readable manifest, newest first. */
export async function readManifests(notebook: string): Promise<Manifest[]> {
  const manifests: Manifest[] = [];
  for (const id of await backupIds(notebook)) {
    const manifest = await readManifest(notebook, id);
    if (manifest) manifests.push(manifest);
  }
  return manifests;
}

/** The newest readable manifest, reading no more than it must. */
export async function newestManifest(notebook: string): Promise<Manifest | null> {
  for (const id of await backupIds(notebook)) {
    const manifest = await readManifest(notebook, id);
    if (manifest) return manifest;
  }
  return null;
}

export function infoOf(manifest: Manifest): BackupInfo {
  const entries = Object.values(manifest.files);
  return {
    id: manifest.id,
    createdAt: manifest.createdAt,
    reason: manifest.reason,
    files: entries.length,
    bytes: entries.reduce((sum, entry) => sum + entry.size, 0),
  };
}
