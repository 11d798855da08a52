import { TEXT_CONFIDENCE } from './clues';
import { parseDate } from './dates';
import type { MetadataHint } from './hints';
import { lineParts } from './leading-date';
import { isRolePhrase, splitNames } from './names';

// "By" with a capital: a line starting "by the end of the week" is prose, not a byline.
const BY = /^(?:By|BY)[:\s]\s*(.+)$/u;
// "By Mira Okonjo in Port Selen": where the reporter filed from is not part of the name.
const FILED_FROM = /\s+(?:in|from|reporting from)\s+\p{Lu}[^,]*$/u;

/**
 * A byline in the head of the text: "By Mira Okonjo", "By Mira Okonjo and Tomas Reyes",
 * "By Mira Okonjo, Tomas Reyes and Li Wen", "By Mira Okonjo | March 3, 2024",
 * "Mira Okonjo | Reporter". Gives authors, and an outlet when one is named beside them.
 */
export function readByline(line: string): MetadataHint[] {
  if (line.length > 200) return [];
  const parts = lineParts(line.trim());
  const first = parts[0];
  if (first === undefined) return [];

  const by = BY.exec(first);
  if (by) return bylineHints((by[1] ?? '').replace(FILED_FROM, ''), parts.slice(1), TEXT_CONFIDENCE.byline);

  // Without "By", a name counts only beside a job title or a date: "Mira Okonjo | Reporter".
  if (parts.length < 2) return [];
  const rest = parts.slice(1);
  if (rest.some(isRolePhrase)) return bylineHints(first, rest, TEXT_CONFIDENCE['byline-role']);
  if (rest.some((part) => parseDate(part) !== null)) return bylineHints(first, rest, TEXT_CONFIDENCE['byline-dated']);
  return [];
}

function bylineHints(names: string, rest: string[], confidence: number): MetadataHint[] {
  const found = splitNames(names);
  if (!found) return [];
  const hints: MetadataHint[] = [{ field: 'authors', value: found.names, confidence, from: 'byline' }];
  const outlets = [...found.outlets];
  for (const part of rest) {
    if (parseDate(part) || isRolePhrase(part)) continue;
    const more = splitNames(part);
    if (more) outlets.push(...more.outlets);
  }
  const outlet = outlets[0];
  if (outlet) hints.push({ field: 'outlet', value: outlet, confidence: TEXT_CONFIDENCE['byline-outlet'], from: 'byline' });
  return hints;
}
