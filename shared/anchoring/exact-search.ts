import type { AnnotationTarget } from '../model';
import { agreeingRun } from './context';
import { splitsPair } from './code-points';
import { bestCandidate, DISTINCTIVE_QUOTE_LENGTH, hasContextEvidence, scoreCandidate, type ScoredCandidate } from './score';

/**
 * Full context scoring costs about a thousand steps per candidate; a short quote such as
 * a name can occur hundreds of times in a long source, so only the occurrences whose
 * context agrees longest (then nearest the old position) are scored in full.
 */
const MAX_SCORED_OCCURRENCES = 24;

/** Every start offset of `exact` in `text`, overlapping ones included, never inside a pair. */
export function findOccurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (!splitsPair(text, at) && !splitsPair(text, at + exact.length)) starts.push(at);
  }
  return starts;
}

/**
 * Where the unchanged quote now is, if the text says so with confidence: the occurrence
 * whose context agrees best. A short quote also needs its context to agree, because the
 * same name elsewhere is not the span the researcher selected (its sentence may be gone);
 * a long quote is trusted on its own words.
 */
export function findExact(text: string, target: AnnotationTarget, hint: number): ScoredCandidate | undefined {
  const { exact, prefix, suffix } = target.quote;
  let starts = findOccurrences(text, exact);
  if (starts.length === 0) return undefined;
  if (starts.length > 1) {
    const ranked = starts
      .map((s) => ({ s, run: agreeingRun(text, s, s + exact.length, prefix, suffix), distance: Math.abs(s - hint) }))
      .sort((a, b) => b.run - a.run || a.distance - b.distance);
    // The usual case after an edit elsewhere: one occurrence keeps its whole context, and
    // no other can score higher, so the costly scoring is skipped. (Not when a side is
    // empty: then touching the text's edge is the evidence, which runs do not measure.)
    const top = ranked[0];
    if (top && prefix.length > 0 && suffix.length > 0 && top.run === prefix.length + suffix.length) ranked.length = 1;
    starts = ranked.slice(0, MAX_SCORED_OCCURRENCES).map((c) => c.s);
  }
  const scored = starts.map((start) => scoreCandidate(text, target, { start, end: start + exact.length, errors: 0 }, hint));
  // Vouched-for occurrences first: one that scores better on pooled context and position
  // but agrees on neither side must not hide the one whose surviving side agrees.
  const vouched = scored.filter(hasContextEvidence);
  if (vouched.length > 0) return bestCandidate(vouched, hint);
  return exact.length >= DISTINCTIVE_QUOTE_LENGTH ? bestCandidate(scored, hint) : undefined;
}
