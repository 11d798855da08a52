import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseText } from '../../../../shared/text/normalise';

const folder = fileURLToPath(new URL('../../../fixtures/import/text/', import.meta.url));

/** An original test article, normalised the way every import is. */
export function article(name: string): string {
  return normaliseText(readFileSync(`${folder}${name}`, 'utf8'));
}

/** Imports happen after publication; pinned so dateline years are stable. */
export const NOW = new Date('2024-06-01T12:00:00Z');
