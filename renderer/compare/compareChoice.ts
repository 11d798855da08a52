/** More columns than this would be too narrow to read side by side. */
export const MOST_COMPARED = 4;

/** Ticks or unticks one source; the order ticked is the column order. */
export function toggleChosen(chosen: readonly string[], id: string): string[] {
  return chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
}

/**
 * Shift-click: every source listed between the last one ticked and this one joins the
 * choice, in list order, as in a file manager.
 */
export function chooseRange(chosen: readonly string[], listed: readonly string[], id: string): string[] {
  const anchor = chosen.at(-1);
  const from = anchor === undefined ? -1 : listed.indexOf(anchor);
  const to = listed.indexOf(id);
  if (from === -1 || to === -1) return toggleChosen(chosen, id);
  const [low, high] = from < to ? [from, to] : [to, from];
  const between = listed.slice(low, high + 1).filter((s) => !chosen.includes(s));
  return [...chosen, ...(from < to ? between : between.reverse())];
}

/** What stands between this choice and a comparison, in words; null when it can open. */
export function choiceProblem(count: number): string | null {
  if (count < 2) return 'Choose at least two sources to compare.';
  if (count > MOST_COMPARED) {
    const extra = count - MOST_COMPARED;
    return `Up to four sources fit side by side; untick ${extra} ${extra === 1 ? 'source' : 'sources'}.`;
  }
  return null;
}
