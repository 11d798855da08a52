import { readFile } from 'node:fs/promises';
import { contentTypeOf, rendererFileForPath } from '../core/renderer-files';

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** Reads the renderer file a request path names, or null when there is none to serve. */
export async function readStaticFile(root: string, requestPath: string): Promise<StaticFile | null> {
  const file = rendererFileForPath(requestPath.split('?')[0] ?? '/', root);
  if (!file) return null;
  try {
    return { body: await readFile(file), type: contentTypeOf(file) };
  } catch {
    return null;
  }
}
