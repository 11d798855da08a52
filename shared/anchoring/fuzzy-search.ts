import search from 'approx-string-match';
import type { AnnotationTarget } from '../model';
import { widenEnd, widenStart } from './code-points';
import { bestCandidate, hasContextEvidence, MIN_FUZZY_SCORE, scoreCandidate, type Candidate, type ScoredCandidate } from './score';

/**
 * Errors allowed, as a share of the quote: a typo fix or a changed word in a sentence,
 * not a rewrite. Capped so a paragraph-long quote stays cheap to search (the bit-parallel
 * search costs about maxErrors / 32 word operations per character of text).
 */
export const MAX_ERROR_RATIO = 0.2;
export const MAX_ERRORS_CAP = 64;

/** Characters searched each side of the old position before falling back to the whole text. */
const NEAR_WINDOW = 2048;

/** Candidates scored per search; equal-error matches cluster, the nearest ones matter. */
const MAX_SCORED_MATCHES = 128;

export function maxErrorsFor(exact: string): number {
  return Math.min(MAX_ERRORS_CAP, Math.floor(exact.length * MAX_ERROR_RATIO));
}

/**
 * The edited span, if an approximate match of the quote is vouched for by its context.
 * Searches near the old position first (fast, and where an edited span usually still is),
 * then the whole text. The search reports only the fewest-error matches in what it reads,
 * so a nearer window also keeps a closer look-alike elsewhere from hiding the real span.
 */
export function findFuzzy(text: string, target: AnnotationTarget, hint: number): ScoredCandidate | undefined {
  const { exact } = target.quote;
  const maxErrors = maxErrorsFor(exact);
  if (maxErrors === 0) return undefined;
  const reach = NEAR_WINDOW + exact.length;
  const from = Math.max(0, hint - reach);
  const to = Math.min(text.length, hint + exact.length + reach);
  const near = acceptable(text, target, hint, matchesIn(text, exact, maxErrors, from, to));
  if (near || (from === 0 && to === text.length)) return near;
  return acceptable(text, target, hint, matchesIn(text, exact, maxErrors, 0, text.length));
}

function matchesIn(text: string, exact: string, maxErrors: number, from: number, to: number): Candidate[] {
  return search(text.slice(from, to), exact, maxErrors).map((m) => ({
    start: widenStart(text, m.start + from),
    end: widenEnd(text, m.end + from),
    errors: m.errors,
  }));
}

function acceptable(text: string, target: AnnotationTarget, hint: number, matches: Candidate[]): ScoredCandidate | undefined {
  const nearest = matches
    .filter((m) => m.end > m.start)
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, MAX_SCORED_MATCHES);
  const passing = nearest
    .map((m) => scoreCandidate(text, target, m, hint))
    .filter((c) => c.score >= MIN_FUZZY_SCORE && hasContextEvidence(c));
  return bestCandidate(passing, hint);
}
