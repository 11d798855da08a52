import { ParleyError } from '../../../shared/contract';
import type { NotebookFile } from '../../../shared/model';
import { parseBriefFile, parseNotebookFile, parseSourceFile } from '../store/files';
import { BUNDLE_VERSION, BundleManifest, bundlePaths, MANIFEST_NAME, refused, sha256 } from './manifest';
import type { BundleEntries } from './zip-read';

/** A bundle whose every file was checked: the source and brief files, and notebook.json apart (it goes last). */
export interface VerifiedBundle {
  title: string;
  records: Array<{ path: string; bytes: Uint8Array }>;
  notebook: Uint8Array;
}

/**
 * Checks everything a bundle claims before anything is written: the manifest, each file's
 * size and hash, each file against its schema (older files are migrated as on open), and
 * that notebook.json and the source and brief files name exactly each other.
 */
export function verifyBundle(entries: BundleEntries): VerifiedBundle {
  const manifest = readManifest(entries);
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (file.path === MANIFEST_NAME || listed.has(file.path)) throw refused(`its manifest lists ${file.path} wrongly`);
    listed.add(file.path);
    const bytes = entries.get(file.path);
    if (!bytes) throw refused(`${file.path} is listed in its manifest but missing`);
    if (bytes.byteLength !== file.size || sha256(bytes) !== file.sha256) {
      throw refused(`${file.path} is not the file its manifest describes (its size or SHA-256 differs)`);
    }
  }
  for (const path of entries.keys()) {
    if (path !== MANIFEST_NAME && !listed.has(path)) throw refused(`it holds ${path}, which its manifest does not list`);
  }

  if (!entries.has(bundlePaths.notebook)) throw refused('it has no notebook.json');
  const notebook = parsed(entries, bundlePaths.notebook, parseNotebookFile);
  if (notebook.id !== manifest.notebook.id) throw refused('its manifest describes another notebook than its notebook.json');
  const expected = new Set([bundlePaths.notebook]);
  for (const source of notebook.sources) {
    const path = expectFile(entries, bundlePaths.source(source.id), `the source “${source.title}”`, expected);
    const file = parsed(entries, path, parseSourceFile);
    if (file.sourceId !== source.id) throw refused(`${path} belongs to another source`);
    if (!file.versions.some((v) => v.id === source.currentVersionId)) throw refused(`${path} lacks the source’s current text`);
  }
  for (const brief of notebook.briefs) {
    const path = expectFile(entries, bundlePaths.brief(brief.id), `the brief “${brief.title}”`, expected);
    if (parsed(entries, path, parseBriefFile).briefId !== brief.id) throw refused(`${path} belongs to another brief`);
  }
  for (const path of listed) {
    if (!expected.has(path)) throw refused(`it holds ${path}, which its notebook.json does not list`);
  }
  return { title: notebook.title, records: recordFiles(entries, notebook), notebook: entries.get(bundlePaths.notebook)! };
}

/** The manifest alone, for the title of a bundle not yet imported. */
export function readManifest(entries: BundleEntries): BundleManifest {
  const bytes = entries.get(MANIFEST_NAME);
  if (!bytes) throw refused(`it has no ${MANIFEST_NAME}, so it is not a Parley notebook bundle`);
  const raw = jsonOf(bytes, MANIFEST_NAME) as { format?: unknown; version?: unknown } | null;
  const manifest = BundleManifest.safeParse(raw);
  if (!manifest.success) {
    if (raw?.format !== 'parley-notebook-bundle') throw refused(`its ${MANIFEST_NAME} is not a Parley bundle manifest`);
    throw refused(`its ${MANIFEST_NAME} is damaged`);
  }
  if (manifest.data.version > BUNDLE_VERSION) {
    throw refused(`it was made by a newer Parley (bundle version ${manifest.data.version}); update Parley to import it`);
  }
  return manifest.data;
}

function expectFile(entries: BundleEntries, path: string, what: string, expected: Set<string>): string {
  if (!entries.has(path)) throw refused(`its notebook lists ${what}, but ${path} is missing`);
  // Two records sharing one file would be one record shown twice, and edits would clash.
  if (expected.has(path)) throw refused(`its notebook lists ${what} twice`);
  expected.add(path);
  return path;
}

/** The store's own parsers, so a bundle is held to what opening the notebook would demand. */
function parsed<T>(entries: BundleEntries, path: string, parse: (raw: unknown, path: string) => T): T {
  try {
    return parse(jsonOf(entries.get(path)!, path), `the bundle’s ${path}`);
  } catch (error) {
    if (error instanceof ParleyError) throw refused(error.message.replace(/\.$/, ''));
    throw error;
  }
}

function jsonOf(bytes: Uint8Array, path: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refused(`${path} is not valid UTF-8 JSON`);
  }
}

function recordFiles(entries: BundleEntries, notebook: NotebookFile): VerifiedBundle['records'] {
  const paths = [...notebook.sources.map((s) => bundlePaths.source(s.id)), ...notebook.briefs.map((b) => bundlePaths.brief(b.id))];
  return paths.map((path) => ({ path, bytes: entries.get(path)! }));
}
