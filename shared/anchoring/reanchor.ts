import type { AnnotationTarget } from '../model';
import { anchorNear, anchorUnchanged, type AnchorResult } from './anchor';

/**
 * Re-anchors every annotation of a source in its new text version, results in input order.
 *
 * Spans whose quote is unchanged are placed first; each of them tells how far the text
 * shifted around its old position. Edited spans are then searched where their nearest
 * unchanged neighbour (by old position) says the text moved to, which finds them in a
 * small window instead of the whole text and breaks ties between look-alikes correctly.
 */
export function reanchorAll(text: string, targets: readonly AnnotationTarget[]): AnchorResult[] {
  const results: (AnchorResult | undefined)[] = targets.map((t) => anchorUnchanged(text, t, t.position.start));
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
