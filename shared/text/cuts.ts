/** A stretch of text [start, end) with a key: an annotation id, a footnote number. */
export interface KeyedSpan<K> {
  key: K;
  start: number;
  end: number;
}

/** A piece of a range with the same spans over all of it. */
export interface Cut<K> {
  start: number;
  end: number;
  /** Keys of the spans covering the whole piece, in the order the spans were given. */
  keys: K[];
}

/**
 * Cuts `[from, to)` at every span edge inside it, so overlapping highlights become runs
 * that each carry every span over them: no renderer has to nest or cross-close marks.
 */
export function cutAtSpans<K>(from: number, to: number, spans: readonly KeyedSpan<K>[]): Cut<K>[] {
  const edges = new Set([from, to]);
  for (const span of spans) {
    if (span.start > from && span.start < to) edges.add(span.start);
    if (span.end > from && span.end < to) edges.add(span.end);
  }
  const points = [...edges].sort((a, b) => a - b);
  const cuts: Cut<K>[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    cuts.push({ start, end, keys: spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.key) });
  }
  return cuts;
}
