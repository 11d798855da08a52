import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ParleyError } from '../../../shared/contract';
import { RecordId } from '../../../shared/model';

/** The manifest's own name inside the zip; the first entry of every bundle. */
export const MANIFEST_NAME = 'parley-bundle.json';
export const BUNDLE_FORMAT = 'parley-notebook-bundle';
export const BUNDLE_VERSION = 1;

/** Where each notebook file sits inside a bundle: the same relative paths as on disk. */
export const bundlePaths = {
  notebook: 'notebook.json',
  source: (id: string) => `sources/${id}.json`,
  brief: (id: string) => `briefs/${id}.json`,
};

export const BundledFile = z.object({
  path: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
});
export type BundledFile = z.infer<typeof BundledFile>;

/**
 * `parley-bundle.json`: what the bundle claims to hold. Import checks every claim (each
 * file present, its size and hash) before any byte reaches the disk.
 */
export const BundleManifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int().min(1),
  notebook: z.object({ id: RecordId, title: z.string().trim().min(1) }),
  files: z.array(BundledFile),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const ID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KNOWN_PATH = new RegExp(`^(?:parley-bundle\\.json|notebook\\.json|(?:sources|briefs)/${ID}\\.json)$`);
/** Folder entries some zip tools add; harmless, and never written. */
export const FOLDER_ENTRIES = new Set(['sources/', 'briefs/']);

/**
 * Why a name in the zip is not one a bundle may hold, or null when it is. Only the exact
 * layout of a notebook is let in, so no name can reach a file outside the new folder.
 */
export function pathProblem(name: string): string | null {
  const shown = JSON.stringify(name.slice(0, 120));
  if (name.includes('\\')) return `the entry ${shown} uses backslashes, which a bundle never does`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `the entry ${shown} is an absolute path`;
  if (name.split('/').includes('..')) return `the entry ${shown} points outside the notebook folder`;
  if (!KNOWN_PATH.test(name)) return `the entry ${shown} is not a file of a Parley notebook`;
  return null;
}

/** Every refusal reads the same way and names the problem. */
export function refused(why: string): ParleyError {
  return new ParleyError('bad-request', `That file cannot be imported as a notebook bundle: ${why}.`);
}
