import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { MetadataHint } from '../../../../shared/import/hints';

export const fixtures = join(import.meta.dirname, '../../../fixtures/import');

export async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(fixtures, name)));
}

export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

/** The refusal every bad file must get: `unsupported-file`, naming the file, saying why. */
export function refusal(fileName: string, why: RegExp) {
  return expect.objectContaining({
    name: 'ParleyError',
    code: 'unsupported-file',
    message: expect.stringMatching(new RegExp(`${escape(fileName)}[\\s\\S]*${why.source}`, why.flags)),
  });
}

export function hintsFrom(hints: MetadataHint[], from: string): Record<string, unknown> {
  return Object.fromEntries(hints.filter((h) => h.from === from).map((h) => [h.field, h.value]));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
