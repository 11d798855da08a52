import { TEXT_CONFIDENCE } from './clues';
import { parseDate } from './dates';
import type { MetadataHint } from './hints';
import { cleanOutlet } from './names';

// The place is one to four words in capitals ("CAIRO", "PORT SELEN", "ST. ALBANS").
const PLACE = "\\p{Lu}[\\p{Lu}\\p{M}'’.-]+(?: \\p{Lu}[\\p{Lu}\\p{M}'’.-]*){0,3}";
const DATELINE = new RegExp(
  `^(${PLACE})(?:,([^—–()\\n]{1,60}?))?\\s*(?:\\(([^()\\n]{2,60})\\))?\\s*(?:—|–|--|-)\\s+\\S`,
  'u',
);

/** Capitals that open a paragraph as a label, not a place. */
const NOT_PLACES = new Set([
  'BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'LIVE', 'WATCH', 'EDITORIAL',
  'COMMENT', 'CORRECTION', 'FACT CHECK', 'EXPLAINER', 'NOTE', 'EDITOR\'S NOTE',
]);

export interface Dateline {
  place: string;
  date: MetadataHint | null;
  agency: MetadataHint | null;
}

/**
 * Reads a wire-style dateline opening a paragraph: `PORT SELEN, March 3 (Agency) — …`,
 * `CAIRO — …`, `LONDON, 12 May 2024 — …`. The place is not a metadata field, but finding it
 * is what makes the date and agency next to it trustworthy.
 */
export function readDateline(line: string, now: Date): Dateline | null {
  // Only the opening matters; a 5 MB paragraph must not reach the regex.
  const m = DATELINE.exec(line.slice(0, 200));
  if (!m) return null;
  const place = m[1] ?? '';
  if (NOT_PLACES.has(place) || place.replace(/[^\p{L}]/gu, '').length < 2) return null;
  return { place, date: datelineDate(m[2], now), agency: datelineAgency(m[3]) };
}

/**
 * After the place's comma may come a country, a date or both ("Valdoria, March 3"); the date
 * is the longest tail after a comma that parses, so "March 3, 2024" keeps its year.
 */
function datelineDate(afterComma: string | undefined, now: Date): MetadataHint | null {
  if (!afterComma) return null;
  const parts = afterComma.split(',');
  for (let i = 0; i < parts.length; i++) {
    const found = parseDate(parts.slice(i).join(','), { now, allowNoYear: true });
    if (found) {
      const confidence = found.yearInferred ? TEXT_CONFIDENCE['dateline-date-no-year'] : TEXT_CONFIDENCE['dateline-date'];
      return { field: 'publishedAt', value: found.value, confidence, from: 'dateline' };
    }
  }
  return null;
}

function datelineAgency(inParentheses: string | undefined): MetadataHint | null {
  const outlet = inParentheses ? cleanOutlet(inParentheses) : null;
  // "(AP)" is an agency; "(updated)" or "(file)" is not.
  if (!outlet || /^(?:updated?|file|video|photos?|live|opinion|analysis)$/i.test(outlet)) return null;
  return { field: 'outlet', value: outlet, confidence: TEXT_CONFIDENCE['dateline-agency'], from: 'dateline' };
}
