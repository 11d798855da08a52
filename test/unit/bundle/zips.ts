import { join } from 'node:path';
import JSZip from 'jszip';
import { openNotebook } from '../../../electron/core/notebook';
import { tempFolder } from '../core/support/temp';
import { sha256 } from '../../../electron/core/bundle/manifest';
import { caller, exportedBytes } from './support';

export interface SmallBundle {
  bytes: Buffer;
  sourceId: string;
  briefId: string;
}

/** A real bundle of a small notebook: a source with an annotation linked to an entity, and a brief. */
export async function smallBundle(): Promise<SmallBundle> {
  const notebook = await openNotebook(join(await tempFolder(), 'Talks.parley'), { create: true, title: 'Ceasefire talks' });
  try {
    const call = caller(notebook);
    const entity = await call('entities.create', { name: 'Amal Haddad', aliases: ['Haddad'] });
    const outcome = await call('sources.importText', { text: 'The envoy met Haddad in Doha. 停火 holds 🕊️.' });
    await call('annotations.create', {
      sourceId: outcome.source.id,
      start: 14,
      end: 20,
      links: [{ kind: 'entity', recordId: entity.id }],
    });
    const brief = await call('briefs.create', { title: 'Where things stand' });
    return { bytes: await exportedBytes(notebook), sourceId: outcome.source.id, briefId: brief.id };
  } finally {
    await notebook.close();
  }
}

/** A zip of exactly these entries, names as given (nothing normalised). */
export async function zipOf(entries: Array<[string, string | Uint8Array]>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of entries) zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * The bundle's entries changed by `edit`; with `manifest: 'fixed'` the manifest's sizes and
 * hashes are recomputed, so only the content itself is wrong (as a careful forger would do).
 */
export async function rewritten(
  bytes: Buffer,
  edit: (files: Map<string, Buffer>) => void,
  manifest: 'fixed' | 'kept' = 'fixed',
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) files.set(name, await zip.file(name)!.async('nodebuffer'));
  edit(files);
  if (manifest === 'fixed' && files.has('parley-bundle.json')) {
    const parsed = JSON.parse(files.get('parley-bundle.json')!.toString('utf8'));
    parsed.files = [...files.keys()]
      .filter((path) => path !== 'parley-bundle.json')
      .map((path) => ({ path, size: files.get(path)!.byteLength, sha256: sha256(files.get(path)!) }));
    files.set('parley-bundle.json', Buffer.from(JSON.stringify(parsed)));
  }
  return zipOf([...files.entries()]);
}

export function jsonEdit(files: Map<string, Buffer>, path: string, change: (json: any) => void): void { // eslint-disable-line @typescript-eslint/no-explicit-any
  const json = JSON.parse(files.get(path)!.toString('utf8'));
  change(json);
  files.set(path, Buffer.from(JSON.stringify(json)));
}

/** Rewrites the central directory's uncompressed size of every entry to `size`: headers that lie. */
export function withDeclaredSizes(bytes: Buffer, size: number): Buffer {
  const patched = Buffer.from(bytes);
  for (let at = patched.indexOf(CENTRAL_ENTRY); at !== -1; at = patched.indexOf(CENTRAL_ENTRY, at + 4)) {
    patched.writeUInt32LE(size, at + 24);
  }
  return patched;
}

/** Rewrites the end record's entry counts, as a zip claiming huge numbers of entries would. */
export function withEntryCount(bytes: Buffer, count: number): Buffer {
  const patched = Buffer.from(bytes);
  const end = patched.lastIndexOf(END_RECORD);
  patched.writeUInt16LE(count, end + 8);
  patched.writeUInt16LE(count, end + 10);
  return patched;
}

const CENTRAL_ENTRY = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
const END_RECORD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
