/** A run of snippet text, marked when it is part of what matched. */
export type SnippetPart = { text: string; marked: boolean };

/**
 * Cuts a snippet at its highlights. The ranges come over the wire, so they are taken as
 * they are: out of order, overlapping, empty or past the end are all made sense of rather
 * than trusted; the parts always join back into the snippet.
 */
export function snippetParts(snippet: string, highlights: ReadonlyArray<readonly [number, number]>): SnippetPart[] {
  const ranges = highlights
    .map(([s, e]) => [clamp(Math.min(s, e), snippet.length), clamp(Math.max(s, e), snippet.length)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: snippet.slice(at, from), marked: false });
    const last = parts.at(-1);
    // Touching or overlapping ranges read as one mark.
    if (last?.marked && from === at) last.text += snippet.slice(from, end);
    else parts.push({ text: snippet.slice(from, end), marked: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), marked: false });
  return parts;
}

function clamp(n: number, length: number): number {
  return Math.min(Math.max(0, n), length);
}
