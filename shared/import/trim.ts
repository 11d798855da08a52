/** A stretch of the old text kept in the new one: old [from, to) sits at new `at`. */
interface Run {
  from: number;
  to: number;
  at: number;
}

export interface Trimmed {
  text: string;
  /**
   * Where an offset of the old text lands in the new one. An offset strictly inside a removed
   * span gives null (an annotation there has nothing left to hold); an offset at a span's
   * edge or on a dropped separator lands where the removed stretch was.
   */
  map: (offset: number) => number | null;
}

/**
 * Removes spans (boilerplate lines or paragraphs) and the blank lines they leave, keeping the
 * result normalised: one blank line between paragraphs, none at the ends, no trailing spaces.
 * Works on the kept stretches of the old text rather than on a copy per character, so a
 * 5 MB text costs a few slices, and `map` is a binary search over those stretches.
 */
export function trimSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): Trimmed {
  const removed = mergeSpans(text.length, spans);
  const runs: Run[] = [];
  let length = 0;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    const last = runs[runs.length - 1];
    if (last && last.to === from) last.to = to;
    else runs.push({ from, to, at: length });
    length += to - from;
  };

  // Walk the lines of the text as it reads with the spans cut out; a line may be made of
  // several stretches when a span ended mid-line.
  let segments: [number, number][] = [];
  let previousNewline = -1; // the `\n` after the last kept line, joining it to the next
  let blankNewline = -1; // the `\n` of one blank line to keep before the next paragraph
  let keptAny = false;
  let touched = false; // a span was cut out of the current line
  const endLine = (newline: number): void => {
    const content = trimLineEnd(text, segments);
    const emptied = touched;
    segments = [];
    touched = false;
    if (content.length === 0) {
      // A line the spans emptied goes with its line break: removing "Read more" from under a
      // paragraph must not split the paragraph. A line that was blank already separates two.
      if (!emptied && keptAny && blankNewline === -1 && newline !== -1) blankNewline = newline;
      return;
    }
    if (keptAny) {
      keep(previousNewline, previousNewline + 1);
      if (blankNewline !== -1) keep(blankNewline, blankNewline + 1);
    }
    for (const [from, to] of content) keep(from, to);
    keptAny = true;
    previousNewline = newline;
    blankNewline = -1;
  };

  let position = 0;
  for (const [cutStart, cutEnd] of [...removed, [text.length, text.length] as [number, number]]) {
    // The kept stretch [position, cutStart), split at its line breaks.
    while (position < cutStart) {
      const newline = text.indexOf('\n', position);
      if (newline === -1 || newline >= cutStart) {
        segments.push([position, cutStart]);
        break;
      }
      if (newline > position) segments.push([position, newline]);
      endLine(newline);
      position = newline + 1;
    }
    if (cutEnd > cutStart) touched = true;
    position = Math.max(position, cutEnd);
  }
  endLine(-1);

  const out = runs.map((run) => text.slice(run.from, run.to)).join('');
  return { text: out, map: (offset) => mapOffset(offset, text.length, removed, runs, out.length) };
}

/** Sorted, clamped, overlapping or touching spans joined: [start, end) pairs to remove. */
function mergeSpans(length: number, spans: ReadonlyArray<{ start: number; end: number }>): [number, number][] {
  const sorted = spans
    .map(({ start, end }): [number, number] => [Math.max(0, Math.min(start, length)), Math.max(0, Math.min(end, length))])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * A line's stretches without the spaces and tabs at its end (normaliseText drops them, and a
 * cut can expose them). Empty when the line is blank.
 */
function trimLineEnd(text: string, segments: [number, number][]): [number, number][] {
  const result = segments.map(([from, to]): [number, number] => [from, to]);
  while (result.length > 0) {
    const last = result[result.length - 1] as [number, number];
    while (last[1] > last[0] && /[ \t\f\v]/.test(text[last[1] - 1] ?? '')) last[1] -= 1;
    if (last[1] > last[0]) break;
    result.pop();
  }
  return result;
}

function mapOffset(offset: number, oldLength: number, removed: [number, number][], runs: Run[], length: number): number | null {
  if (!Number.isInteger(offset) || offset < 0 || offset > oldLength) return null;
  if (insideSpan(offset, removed)) return null;
  // The first run that ends after the offset either holds it or comes right after it.
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((runs[mid] as Run).to > offset) high = mid;
    else low = mid + 1;
  }
  const run = runs[low];
  if (!run) return length;
  return offset >= run.from ? run.at + (offset - run.from) : run.at;
}

function insideSpan(offset: number, removed: [number, number][]): boolean {
  let low = 0;
  let high = removed.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((removed[mid] as [number, number])[1] <= offset) low = mid + 1;
    else high = mid;
  }
  const span = removed[low];
  return span !== undefined && span[0] < offset && offset < span[1];
}
