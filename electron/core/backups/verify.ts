import { parseBriefFile, parseNotebookFile, parseSourceFile } from '../store/files';
import { reason } from '../store/durable-file';
import type { Manifest } from './manifest';
import { readIntactObject } from './objects';

/**
 * Why `manifest` cannot be restored, or null when it can: every copied file is there with
 * the bytes it had, each parses against its schema, and notebook.json's sources and briefs
 * all have their files. Reading every byte is the price of never restoring a bad backup.
 */
export async function problemWith(notebook: string, manifest: Manifest): Promise<string | null> {
  const entries = Object.entries(manifest.files);
  if (!manifest.files['notebook.json']) return 'it holds no notebook.json';
  for (const [name, entry] of entries) {
    const bytes = await readIntactObject(notebook, entry.hash, entry.size);
    if (typeof bytes === 'string') return `${bytes} (${name})`;
    try {
      const problem = parse(name, JSON.parse(bytes.toString('utf8')), manifest);
      if (problem) return problem;
    } catch (error) {
      return `its copy of ${name} does not parse: ${reason(error)}`;
    }
  }
  return null;
}

function parse(name: string, raw: unknown, manifest: Manifest): string | null {
  if (name.startsWith('sources/')) {
    parseSourceFile(raw, name);
    return null;
  }
  if (name.startsWith('briefs/')) {
    parseBriefFile(raw, name);
    return null;
  }
  const file = parseNotebookFile(raw, name);
  const missing = [
    ...file.sources.map((s) => `sources/${s.id}.json`),
    ...file.briefs.map((b) => `briefs/${b.id}.json`),
  ].find((path) => !manifest.files[path]);
  return missing ? `its notebook.json lists ${missing}, which it does not hold` : null;
}
