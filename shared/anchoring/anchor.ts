import type { AnnotationTarget } from '../model';
import { findExact } from './exact-search';
import { findFuzzy } from './fuzzy-search';

/** Where an annotation's span is in a text version, and how sure we are; orphans carry no span. */
export type AnchorResult =
  | { state: 'anchored' | 'moved' | 'fuzzy'; start: number; end: number }
  | { state: 'orphaned' };

/**
 * Finds an annotation's span in a (possibly edited) text: at its recorded position if the
 * quote is still there, else wherever the unchanged quote sits in agreeing context, else an
 * approximate match vouched for by its context. Anything less certain is an orphan, so an
 * annotation never lands on other words without the researcher seeing it.
 */
export function anchor(text: string, target: AnnotationTarget): AnchorResult {
  return anchorNear(text, target, target.position.start);
}

/**
 * `anchor`, with `hint` as the best guess of where the span now starts (the old position
 * shifted by edits made before it), used to break ties and to aim the fuzzy search.
 */
export function anchorNear(text: string, target: AnnotationTarget, hint: number): AnchorResult {
  return anchorUnchanged(text, target, hint) ?? anchorFuzzy(text, target, hint);
}

export function anchorUnchanged(text: string, target: AnnotationTarget, hint: number): AnchorResult | undefined {
  const { exact } = target.quote;
  const { start, end } = target.position;
  if (end <= text.length && text.slice(start, end) === exact) return { state: 'anchored', start, end };
  const found = findExact(text, target, hint);
  return found ? { state: 'moved', start: found.start, end: found.end } : undefined;
}

function anchorFuzzy(text: string, target: AnnotationTarget, hint: number): AnchorResult {
  const found = findFuzzy(text, target, hint);
  return found ? { state: 'fuzzy', start: found.start, end: found.end } : { state: 'orphaned' };
}
