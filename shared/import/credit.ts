import { TEXT_CONFIDENCE } from './clues';
import type { MetadataHint } from './hints';
import { cleanOutlet, splitNames } from './names';

// "— HARBOUR GAZETTE", "-- Harbour Gazette", "– VPA": a dash and a short name, nothing else.
const DASH_CREDIT = /^(?:—|–|--|-)\s*([^—–\n]{2,60})$/u;
// "(Reporting by Mira Okonjo in Port Selen; editing by Tomas Reyes)", brackets optional.
const REPORTING = /^[([]?((?:additional |writing and )?(?:reporting|writing|compiled|written) by .{3,300}?)[)\]]?\.?$/i;
const ROLE_PART = /^(additional reporting|reporting|writing|written|compiled|writing and reporting|editing|edited|graphics|photos?|video) by (.+)$/i;

/**
 * Credits closing an article: a dash and the outlet's name, or a wire-style
 * "(Reporting by …; editing by …)". Reporters and writers are authors; editors are not.
 */
export function readCredit(line: string): MetadataHint[] {
  const trimmed = line.trim();
  if (trimmed.length > 320) return [];

  const dash = DASH_CREDIT.exec(trimmed);
  if (dash) {
    const outlet = cleanOutlet(dash[1] ?? '');
    // A name that ends in a full stop is a sentence after a dash, not a credit.
    if (outlet && !/[.!?]$/.test((dash[1] ?? '').trim())) {
      return [{ field: 'outlet', value: outlet, confidence: TEXT_CONFIDENCE['trailing-credit'], from: 'trailing-credit' }];
    }
    return [];
  }

  const reporting = REPORTING.exec(trimmed);
  if (!reporting) return [];
  const authors: string[] = [];
  for (const segment of (reporting[1] ?? '').split(/\s*;\s*/)) {
    const part = ROLE_PART.exec(segment.trim());
    if (!part || /^(?:editing|edited|graphics|photos?|video)$/i.test(part[1] ?? '')) continue;
    // "Mira Okonjo in Port Selen and Li Wen in Cairo": drop each filing place.
    const names = (part[2] ?? '').replace(/\s+in\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*/gu, '');
    const found = splitNames(names);
    if (!found) return [];
    for (const name of found.names) if (!authors.includes(name)) authors.push(name);
  }
  if (authors.length === 0) return [];
  return [{ field: 'authors', value: authors, confidence: TEXT_CONFIDENCE['reporting-credit'], from: 'reporting-credit' }];
}
