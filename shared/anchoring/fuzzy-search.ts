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

/**
 * Characters searched each side of the old position, widening until a match is vouched
 * for: most edited spans are within a sentence or two of where they were, and a small
 * window costs a tenth of the whole text. The last stage is the whole text.
 */
const NEAR_WINDOWS = [256, 2048];

/** Candidates scored per search; equal-error matches cluster, the nearest ones matter. */
const MAX_SCORED_MATCHES = 128;

export function maxErrorsFor(exact: string): number {
  return Math.min(MAX_ERRORS_CAP, Math.floor(exact.length * MAX_ERROR_RATIO));
}

/**
 * The edited span, if an approximate match of the quote is vouched for by its context.
 * Searches near the old position first (fast, and where an edited span usually still is),
 * then ever wider up to the whole text. The search reports only the fewest-error matches
 * in what it reads, so a nearer window also keeps a closer look-alike elsewhere from
 * hiding the real span.
 */
export function findFuzzy(text: string, target: AnnotationTarget, hint: number): ScoredCandidate | undefined {
  const { exact } = target.quote;
  const maxErrors = maxErrorsFor(exact);
  if (maxErrors === 0) return undefined;
  let searched: Searched | undefined;
  for (const reach of [...NEAR_WINDOWS.map((w) => w + exact.length), Infinity]) {
    const from = Math.max(0, hint - reach);
    const to = Math.min(text.length, hint + exact.length + reach);
    if (searched && from === searched.from && to === searched.to) continue;
    searched = widen(text, exact, maxErrors, searched, from, to);
    const found = acceptable(text, target, hint, searched.matches);
    if (found || (from === 0 && to === text.length)) return found;
  }
  return undefined;
}

/** A stretch of text already searched, and the fewest-error matches in it. */
interface Searched {
  from: number;
  to: number;
  matches: Candidate[];
}

/**
 * The matches a search of [from, to) would report, reading only what `inner` has not
 * read yet. Each new side overlaps the inner stretch by the longest possible match, so
 * every match end is measured with all of its possible starts in one of the searches.
 */
function widen(text: string, exact: string, maxErrors: number, inner: Searched | undefined, from: number, to: number): Searched {
  if (!inner) return { from, to, matches: matchesIn(text, exact, maxErrors, from, to) };
  const overlap = exact.length + maxErrors;
  // Matches with more errors than the inner stretch's best would not be reported for the
  // union, so the new text is searched for no more than that: a tighter search is faster.
  const limit = inner.matches.reduce((fewest, m) => Math.min(fewest, m.errors), maxErrors);
  const before = from < inner.from ? matchesIn(text, exact, limit, from, Math.min(to, inner.from + overlap)) : [];
  const after = to > inner.to ? matchesIn(text, exact, limit, Math.max(from, inner.to - overlap), to) : [];
  return { from, to, matches: fewestErrors([...inner.matches, ...before, ...after]) };
}

/**
 * The fewest-error matches of several overlapping searches, as one search over their union
 * reports them: a match end seen twice keeps its widest start (a search that began inside
 * the match saw only part of it).
 */
function fewestErrors(matches: Candidate[]): Candidate[] {
  const byEnd = new Map<number, Candidate>();
  for (const m of matches) {
    const seen = byEnd.get(m.end);
    if (!seen || m.errors < seen.errors || (m.errors === seen.errors && m.start < seen.start)) byEnd.set(m.end, m);
  }
  let fewest = Infinity;
  for (const m of byEnd.values()) fewest = Math.min(fewest, m.errors);
  return [...byEnd.values()].filter((m) => m.errors === fewest).sort((a, b) => a.end - b.end);
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
