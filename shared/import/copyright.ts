import { TEXT_CONFIDENCE } from './clues';
import type { MetadataHint } from './hints';
import { cleanOutlet } from './names';

const MARK = /^(copyright\b\s*(?:©|\(c\))?|©|\(c\))\s*(.*)$/i;
const YEARS = /^(?:\d{4}(?:\s*[-–]\s*\d{4})?)[,.]?\s*/;
const TRAILING_YEAR = /[,\s]+\d{4}(?:\s*[-–]\s*\d{4})?\.?$/;
const RESERVED = /all rights reserved/i;

/**
 * The holder named in a copyright line: "© 2024 Harbour Gazette", "Copyright 2024 The
 * Valdoria Times. All rights reserved.", "(c) Harbour Gazette 2024". The word "Copyright"
 * alone must come with a year, © or "All rights reserved", so a sentence about copyright
 * law is never read as one.
 */
export function readCopyright(line: string): string | null {
  if (line.length > 160) return null;
  const m = MARK.exec(line.trim());
  if (!m) return null;
  const mark = m[1] ?? '';
  let rest = m[2] ?? '';
  const hadYear = YEARS.test(rest) || TRAILING_YEAR.test(rest);
  if (/^copyright$/i.test(mark) && !hadYear && !RESERVED.test(rest)) return null;
  rest = rest.replace(YEARS, '').replace(/[.,;:]?\s*all rights reserved\.?$/i, '').replace(TRAILING_YEAR, '');
  // "© 2024 Harbour Gazette Ltd. Some rights…": the holder is the first sentence.
  rest = rest.split(/\.\s+/)[0] ?? '';
  return cleanOutlet(rest);
}

export function copyrightHint(line: string): MetadataHint | null {
  const outlet = readCopyright(line);
  return outlet ? { field: 'outlet', value: outlet, confidence: TEXT_CONFIDENCE.copyright, from: 'copyright' } : null;
}
