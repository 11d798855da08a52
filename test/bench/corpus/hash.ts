import { createHash } from 'node:crypto';
import { notebookFiles, type CorpusSize } from './notebook';

/** JSON with object keys sorted, so the hash depends on the data and not on how it was built. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 over every file of the corpus, path and canonical content, in generation order. */
export function corpusHash(seed: number, size: CorpusSize): string {
  const hash = createHash('sha256');
  for (const file of notebookFiles(seed, size)) {
    hash.update(file.path).update('\n').update(canonicalJson(file.data)).update('\n');
  }
  return hash.digest('hex');
}
