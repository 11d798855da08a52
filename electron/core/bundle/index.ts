import { MANIFEST_NAME } from './manifest';
import { placeBundle } from './place';
import { readManifest, verifyBundle } from './verify';
import { readBundleZip } from './zip-read';

export { exportBundle, bundleFileName } from './write';

/**
 * Makes a new notebook at `folder` (which must not exist or be empty) from a bundle's
 * bytes, validating every file; on any problem nothing is left behind and a
 * `bad-request` names what is wrong. Returns the bundle's notebook title.
 */
export async function importBundle(bytes: Uint8Array, folder: string): Promise<{ title: string }> {
  const bundle = verifyBundle(await readBundleZip(bytes));
  await placeBundle(bundle, folder);
  return { title: bundle.title };
}

/** The title inside a bundle, to name its new folder; null when it cannot be read. */
export async function bundleTitle(bytes: Uint8Array): Promise<string | null> {
  try {
    return readManifest(await readBundleZip(bytes, (path) => path === MANIFEST_NAME)).notebook.title;
  } catch {
    return null;
  }
}
