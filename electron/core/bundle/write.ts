import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ParleyError } from '../../../shared/contract';
import { reason } from '../store/durable-file';
import { forEachInTurns } from '../store/in-turns';
import type { NotebookStore } from '../store/notebook-store';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundlePaths, MANIFEST_NAME, sha256, type BundleManifest } from './manifest';

/**
 * Every entry carries this date, and the manifest no export time, so the same notebook
 * always gives the same bytes (export → import → export is identical).
 */
const ENTRY_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

/**
 * The notebook as one zip: its manifest, then notebook.json and each listed source and
 * brief file exactly as on disk. Read while the store is quiet, so one consistent state
 * goes out. Backups, set-aside files, the index and the lock stay behind: they are this
 * machine's, not the notebook's.
 */
export async function exportBundle(store: NotebookStore): Promise<{ title: string; bytes: Uint8Array }> {
  const { notebook, files } = await store.whileQuiet(async () => {
    const notebook = store.notebook;
    const paths = [
      bundlePaths.notebook,
      ...notebook.sources.map((s) => bundlePaths.source(s.id)),
      ...notebook.briefs.map((b) => bundlePaths.brief(b.id)),
    ].sort();
    // One file at a time: thousands read at once would run out of file handles.
    const files: Array<{ path: string; bytes: Uint8Array }> = [];
    await forEachInTurns(paths, async (path) => {
      files.push({ path, bytes: await readNotebookFile(store.folder, path) });
    });
    return { notebook, files };
  });

  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    notebook: { id: notebook.id, title: notebook.title },
    files: files.map(({ path, bytes }) => ({ path, size: bytes.byteLength, sha256: sha256(bytes) })),
  };
  const zip = new JSZip();
  const options = { date: ENTRY_DATE, createFolders: false } as const;
  zip.file(MANIFEST_NAME, `${JSON.stringify(manifest, null, 2)}\n`, options);
  for (const { path, bytes } of files) zip.file(path, bytes, options);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
  return { title: notebook.title, bytes };
}

async function readNotebookFile(folder: string, path: string): Promise<Uint8Array> {
  try {
    return await readFile(join(folder, ...path.split('/')));
  } catch (error) {
    throw new ParleyError('io-failed', `Parley could not read ${path} of the notebook for the bundle: ${reason(error)}`);
  }
}

/** "Ceasefire talks" → "Ceasefire talks.parley.zip", with characters no file system takes replaced. */
export function bundleFileName(title: string): string {
  const safe = title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 120);
  return `${safe || 'Notebook'}.parley.zip`;
}
