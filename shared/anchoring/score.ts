import type { AnnotationTarget } from '../model';
import { prefixAgreement, similarity, suffixAgreement } from './context';

/** A place in the new text where the quote might be, with its edit distance from the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  /** Weighted similarity in [0, 1]; higher is better. */
  score: number;
  /** Agreement in [0, 1] of the better-agreeing side of the context. */
  contextEvidence: number;
}

/**
 * The quote weighs most, the context less, the old position least: position only breaks
 * ties, since edits before the span move it legitimately. Both sides of the context are
 * pooled character by character, so two characters of prefix left by the start of the
 * text do not count as much as thirty of suffix.
 */
const WEIGHT = { quote: 50, context: 40, position: 2 } as const;
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.context + WEIGHT.position;

/**
 * One side of the context must agree at least this well (1 − edit distance / length) to
 * vouch for a candidate. Unrelated English text of the same length scores about 0.3–0.5
 * (shared letters, spaces, short words), so 0.7 means "mostly the same words".
 */
export const MIN_CONTEXT_EVIDENCE = 0.7;

/** Overall score a fuzzy candidate must reach: a small edit inside the quote with intact context scores above 0.9. */
export const MIN_FUZZY_SCORE = 0.8;

/**
 * An exact quote at least this long is distinctive on its own (a clause, not a name), so
 * it may move without its context: a paragraph moved elsewhere keeps its words.
 */
export const DISTINCTIVE_QUOTE_LENGTH = 32;

export function scoreCandidate(text: string, target: AnnotationTarget, candidate: Candidate, hint: number): ScoredCandidate {
  const { exact, prefix, suffix } = target.quote;
  const quote = Math.max(0, 1 - candidate.errors / exact.length);
  const before = prefixAgreement(text, candidate.start, prefix);
  const after = suffixAgreement(text, candidate.end, suffix);
  const context = 1 - (before.errors + after.errors) / (before.length + after.length);
  const distance = Math.abs(candidate.start - hint);
  const position = 1 - Math.min(1, distance / Math.max(1, text.length));
  const score = (WEIGHT.quote * quote + WEIGHT.context * context + WEIGHT.position * position) / WEIGHT_TOTAL;
  const contextEvidence = Math.max(similarity(before), similarity(after));
  return { ...candidate, score, contextEvidence };
}

/** The best candidate: highest score, then nearest the old position, then earliest. */
export function bestCandidate(scored: readonly ScoredCandidate[], hint: number): ScoredCandidate | undefined {
  let best: ScoredCandidate | undefined;
  for (const candidate of scored) {
    if (!best || isBetter(candidate, best, hint)) best = candidate;
  }
  return best;
}

function isBetter(a: ScoredCandidate, b: ScoredCandidate, hint: number): boolean {
  if (Math.abs(a.score - b.score) > 1e-9) return a.score > b.score;
  const da = Math.abs(a.start - hint);
  const db = Math.abs(b.start - hint);
  if (da !== db) return da < db;
  return a.start < b.start;
}

export function hasContextEvidence(candidate: ScoredCandidate): boolean {
  return candidate.contextEvidence >= MIN_CONTEXT_EVIDENCE;
}
