import type { AnnotationTarget } from '../model';
import { anchorNear, anchorUnchanged, type AnchorResult } from './anchor';
import { agreeingRun } from './context';

/**
 * Re-anchors every annotation of a source in its new text version, results in input order.
 *
 * Spans whose quote is unchanged are placed first; each of them tells how far the text
 * shifted around its old position. Edited spans are then searched where their nearest
 * unchanged neighbour (by old position) says the text moved to, which finds them in a
 * small window instead of the whole text and breaks ties between look-alikes correctly.
 */
export function reanchorAll(text: string, targets: readonly AnnotationTarget[]): AnchorResult[] {
  const results = placeUnchanged(text, targets);
  const shifts = targets
    .map((t, i) => {
      const r = results[i];
      return r && r.state !== 'orphaned' ? { old: t.position.start, shift: r.start - t.position.start } : undefined;
    })
    .filter((s): s is { old: number; shift: number } => s !== undefined)
    .sort((a, b) => a.old - b.old);
  return targets.map((target, i) => {
    const done = results[i];
    if (done) return done;
    const hint = Math.max(0, target.position.start + nearestShift(shifts, target.position.start));
    return anchorNear(text, target, hint);
  });
}

/** The shift of the unchanged span that started closest before `old` (or after, if none before). */
function nearestShift(shifts: readonly { old: number; shift: number }[], old: number): number {
  let low = 0;
  let high = shifts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((shifts[middle] as { old: number }).old <= old) low = middle + 1;
    else high = middle;
  }
  const before = shifts[low - 1];
  const after = shifts[low];
  return before?.shift ?? after?.shift ?? 0;
}

/**
 * The unchanged spans, in old-position order: after an edit every span beyond it has moved
 * by the same amount as its neighbour, so the quote is first looked for where the previous
 * span's shift puts it. Found there with its whole context intact it is the span (the exact
 * search would rank that occurrence first too) and the text is not searched at all.
 */
function placeUnchanged(text: string, targets: readonly AnnotationTarget[]): (AnchorResult | undefined)[] {
  const results: (AnchorResult | undefined)[] = new Array(targets.length);
  const order = targets.map((_, i) => i).sort((a, b) => targets[a]!.position.start - targets[b]!.position.start);
  let shift = 0;
  for (const i of order) {
    const target = targets[i]!;
    const result = atShift(text, target, shift) ?? anchorUnchanged(text, target, target.position.start);
    if (result && result.state !== 'orphaned') shift = result.start - target.position.start;
    results[i] = result;
  }
  return results;
}

function atShift(text: string, target: AnnotationTarget, shift: number): AnchorResult | undefined {
  if (shift === 0) return undefined;
  const { exact, prefix, suffix } = target.quote;
  const start = target.position.start + shift;
  const end = start + exact.length;
  if (start < 0 || end > text.length || !text.startsWith(exact, start)) return undefined;
  // Both sides must be present: a side left empty by the edge of the text is evidence the
  // full search weighs differently.
  if (prefix.length === 0 || suffix.length === 0) return undefined;
  return agreeingRun(text, start, end, prefix, suffix) === prefix.length + suffix.length ? { state: 'moved', start, end } : undefined;
}
