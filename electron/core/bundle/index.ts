import { ParleyError } from '../../../shared/contract';

// STUB: the bundle work (issue 10) replaces this with the real thing.

/**
 * Makes a new notebook at `folder` (which must not exist or be empty) from a bundle's
 * bytes, validating every file; on any problem nothing is left behind and a
 * `bad-request` names what is wrong. Returns the bundle's notebook title.
 */
export async function importBundle(_bytes: Uint8Array, _folder: string): Promise<{ title: string }> {
  throw new ParleyError('unavailable', 'Notebook bundles are not built yet.');
}

/** The title inside a bundle, to name its new folder; null when it cannot be read. */
export async function bundleTitle(_bytes: Uint8Array): Promise<string | null> {
  return null;
}
