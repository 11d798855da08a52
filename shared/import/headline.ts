import { capTitle } from '../text/title';
import { readByline } from './byline';
import { TEXT_CONFIDENCE } from './clues';
import { readDateline } from './dateline';
import { parseDate } from './dates';
import { classifyLine } from './furniture';
import type { MetadataHint } from './hints';
import { readDateLine } from './leading-date';
import type { Line } from './lines';
import { squash, wordCount } from './lines';

/**
 * The first line that is not furniture, if it looks like a headline: 2 to 30 words, no closing
 * full stop (headlines do not have one; prose does), and not a date, byline or dateline.
 * Only modestly sure: plenty of saved pages start with a section name or a teaser.
 */
export function guessHeadline(head: Line[], now: Date): MetadataHint | null {
  let skipped = false;
  for (const line of head) {
    if (line.text.length > 400) return null;
    if (classifyLine(line.text)) {
      skipped = true;
      continue;
    }
    const candidate = squash(line.text).replace(/^#\s+/, '');
    const words = wordCount(candidate);
    if (candidate.length < 8 || words < 2 || words > 30) return null;
    if (/[.;,:]$/.test(candidate) && !/\.\.\.$|…$/.test(candidate)) return null;
    if (parseDate(candidate) || readByline(candidate).length > 0 || readDateLine(candidate, true).length > 0) return null;
    if (readDateline(candidate, now)) return null;
    const confidence = skipped ? TEXT_CONFIDENCE['headline-after-furniture'] : TEXT_CONFIDENCE.headline;
    return { field: 'title', value: capTitle(candidate), confidence, from: 'headline' };
  }
  return null;
}
