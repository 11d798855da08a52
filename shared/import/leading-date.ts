import { TEXT_CONFIDENCE } from './clues';
import { parseDate } from './dates';
import type { MetadataHint } from './hints';

const LABEL = /^(first published|published|posted|last updated|last modified|updated|modified)(?: on| at)?\s*:?\s*(.+)$/i;

const HAS_LABEL = /(?:^|[|·•])\s*(?:first published|published|posted|last updated|last modified|updated|modified)\b/i;

/** Pieces of a head line: outlets put several facts on one line ("By X | March 3, 2024"). */
export function lineParts(line: string): string[] {
  return line.split(/\s*[|·•]\s*/).filter((part) => part.trim() !== '');
}

/**
 * Dates on a line of their own or labelled: "Published 3 March 2024", "Updated: 2024-03-04
 * 10:15", "March 3, 2024", "2024-03-03", "March 2024". Bare dates count only in the head
 * (`inHead`), where a date line means publication; lower down a bare date is usually an
 * event in the story. Labelled published dates count anywhere, less surely outside the head.
 */
export function readDateLine(line: string, inHead: boolean): MetadataHint[] {
  if (line.length > 160) return [];
  // Below the head only labelled dates count; most lines there have no label and stop here.
  if (!inHead && !HAS_LABEL.test(line)) return [];
  const hints: MetadataHint[] = [];
  for (const part of lineParts(line)) {
    const labelled = LABEL.exec(part.trim());
    if (labelled) {
      const found = parseDate(labelled[2] ?? '');
      if (!found) continue;
      const updated = /updated|modified/i.test(labelled[1] ?? '');
      if (updated) {
        hints.push({ field: 'publishedAt', value: found.value, confidence: TEXT_CONFIDENCE['updated-line'], from: 'updated-line' });
      } else {
        const confidence = inHead ? TEXT_CONFIDENCE['published-line'] : TEXT_CONFIDENCE['published-line-late'];
        hints.push({ field: 'publishedAt', value: found.value, confidence, from: 'published-line' });
      }
      continue;
    }
    if (!inHead) continue;
    const found = parseDate(part);
    if (!found) continue;
    const confidence = found.value.precision === 'day' ? TEXT_CONFIDENCE['leading-date'] : TEXT_CONFIDENCE['leading-month'];
    hints.push({ field: 'publishedAt', value: found.value, confidence, from: 'leading-date' });
  }
  return hints;
}
