import search from 'approx-string-match';
import type { AnnotationTarget } from '../../../shared/model';

/**
 * The baseline for fuzzy anchoring: the approach the Hypothesis client describes for
 * TextQuoteSelector anchoring, written here from that description. The recorded position
 * is tried first (as its anchoring does before any quote search); otherwise every
 * lowest-error approximate match of the quote, allowing errors up to half the quote's
 * length, is scored by quote similarity (weight 50), prefix and suffix similarity (20
 * each) and closeness to the old position (2), and the best one wins. There is no minimum
 * score: it returns nothing only when no match is within the error budget.
 */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
const MAX_ERRORS = 256;

interface Found {
  start: number;
  end: number;
  errors: number;
}

/** Exact occurrences when there are any (the approximate search does not look for them first), else approximate ones. */
function occurrences(text: string, pattern: string, maxErrors: number): Found[] {
  const exact: Found[] = [];
  for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) exact.push({ start: at, end: at + pattern.length, errors: 0 });
  return exact.length > 0 ? exact : search(text, pattern, maxErrors);
}

/** How well the recorded context appears in the text beside a match; 0 when either is empty. */
function contextSimilarity(recorded: string, beside: string): number {
  if (recorded.length === 0 || beside.length === 0) return 0;
  const found = occurrences(beside, recorded, recorded.length);
  const fewest = Math.min(...found.map((m) => m.errors), recorded.length);
  return 1 - fewest / recorded.length;
}

export function matchQuote(text: string, target: AnnotationTarget): { start: number; end: number; score: number } | null {
  const { exact, prefix, suffix } = target.quote;
  const hint = target.position.start;
  if (text.slice(hint, target.position.end) === exact) return { start: hint, end: target.position.end, score: 1 };
  const matches = occurrences(text, exact, Math.min(MAX_ERRORS, Math.floor(exact.length / 2)));
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const quote = 1 - m.errors / exact.length;
    const before = contextSimilarity(prefix, text.slice(Math.max(0, m.start - prefix.length), m.start));
    const after = contextSimilarity(suffix, text.slice(m.end, m.end + suffix.length));
    const position = 1 - Math.abs(m.start - hint) / Math.max(1, text.length);
    const score = (WEIGHT.quote * quote + WEIGHT.prefix * before + WEIGHT.suffix * after + WEIGHT.position * position) / TOTAL;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}
