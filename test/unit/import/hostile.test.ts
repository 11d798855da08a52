import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentVersion } from '../../../shared/model';
import type { OpenNotebook } from '../../../electron/core/notebook';
import { base64, call, must, newNotebook } from '../core/support/notebook';
import { hostileCorpus, type HostileFile } from './support/hostile-corpus';

/**
 * Every file of the notebook with its hash: "unchanged" means byte-identical. The backups
 * folder is left out: the backup every open takes runs in the background meanwhile.
 */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (relative(folder, full) !== 'backups') await walk(full);
      }
      else if (entry.name !== '.lock') files[relative(folder, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
    }
  }
  await walk(folder);
  return files;
}

async function importHostile(notebook: OpenNotebook, file: HostileFile) {
  return call(notebook, 'sources.importFile', { fileName: file.name, dataBase64: base64(await file.bytes()) });
}

describe('hostile input (QUALITY.md): each file imports correctly or fails clearly, and a failure changes nothing', () => {
  const corpus = hostileCorpus();

  it('has at least 30 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  for (const file of corpus) {
    it(`${file.name}: ${file.what}`, async () => {
      const notebook = await newNotebook();
      // One source already there, so "nothing lost" is checked on real content.
      await must(notebook, 'sources.importText', { text: 'Talks resumed in Port Selen on Tuesday.', title: 'Earlier source' });
      const before = await snapshot(notebook.path);

      const result = await importHostile(notebook, file);
      if (file.expect.kind === 'refused') {
        expect(result.ok, `expected ${file.name} to be refused`).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe(file.expect.code ?? 'unsupported-file');
        expect(result.error.message).toMatch(file.expect.message);
        expect(result.error.message).toContain(file.name.split('/').pop()!);
        expect(await snapshot(notebook.path)).toEqual(before);
        return;
      }
      expect(result.ok, result.ok ? '' : `${file.name}: ${result.error.message}`).toBe(true);
      if (!result.ok || result.value.status !== 'imported') throw new Error('expected an import');
      const source = await must(notebook, 'sources.get', { id: result.value.source.id });
      const text = currentVersion(source).text;
      file.expect.check(text, source);
      // From a web page, what is stored is text, never markup that could run.
      if (/\.html?$/.test(file.name)) expect(text).not.toMatch(/<script|javascript:|onerror\s*=|<iframe|alert\(/i);
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toContain('\r');
    }, 60_000);
  }
});
