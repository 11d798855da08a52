/**
 * How well a candidate's surroundings agree with the context recorded beside the quote.
 * The context is what tells two occurrences of the same words apart, and what confirms
 * that an approximately matching quote is the edited span rather than another sentence.
 */

/** Extra characters read beyond the recorded context, so an insertion near the quote costs one edit per character, not a shifted window. */
const WINDOW_SLACK = 8;

/** How one side of the recorded context compares with a candidate's surroundings. */
export interface SideAgreement {
  /** Edits separating the recorded context from the text beside the candidate. */
  errors: number;
  /** Characters of evidence the side offers; at least 1 (see `sideAgreement`). */
  length: number;
}

/** The recorded prefix against the text just before `start`. */
export function prefixAgreement(text: string, start: number, prefix: string): SideAgreement {
  const m = prefix.length;
  const n = Math.min(start, m + WINDOW_SLACK);
  // Both read outward from the quote: the prefix from its end, the text backwards from `start`.
  const expected = scratch(EXPECTED, m);
  for (let i = 0; i < m; i += 1) expected[i] = prefix.charCodeAt(m - 1 - i);
  const actual = scratch(ACTUAL, n);
  for (let j = 0; j < n; j += 1) actual[j] = text.charCodeAt(start - 1 - j);
  return sideAgreement(m, n, start);
}

/** The recorded suffix against the text from `end` on. */
export function suffixAgreement(text: string, end: number, suffix: string): SideAgreement {
  const m = suffix.length;
  const available = text.length - end;
  const n = Math.min(available, m + WINDOW_SLACK);
  const expected = scratch(EXPECTED, m);
  for (let i = 0; i < m; i += 1) expected[i] = suffix.charCodeAt(i);
  const actual = scratch(ACTUAL, n);
  for (let j = 0; j < n; j += 1) actual[j] = text.charCodeAt(end + j);
  return sideAgreement(m, n, available);
}

/** 1 − errors / length: how much of the side agrees. */
export function similarity(side: SideAgreement): number {
  return 1 - side.errors / side.length;
}

/**
 * Reusable buffers: candidates are scored by the hundred per search, and allocating rows
 * for each one cost more than the comparison itself. Single-threaded, never re-entered.
 */
const EXPECTED = { codes: new Int32Array(128) };
const ACTUAL = { codes: new Int32Array(128) };
const PREVIOUS = { codes: new Int32Array(128) };
const CURRENT = { codes: new Int32Array(128) };

function scratch(buffer: { codes: Int32Array }, size: number): Int32Array {
  if (buffer.codes.length < size + 1) buffer.codes = new Int32Array(Math.max(size + 1, buffer.codes.length * 2));
  return buffer.codes;
}

/**
 * Edit distance between the expected context (EXPECTED[0, m)) and the text read outward
 * from the quote (ACTUAL[0, n)), with the far end of the text free (min over the last row),
 * so "context shifted by an inserted word" is measured by that word, not by the whole
 * misaligned window.
 */
function sideAgreement(m: number, n: number, available: number): SideAgreement {
  // No recorded context means the quote touched the edge of the text: one character's
  // worth of evidence, kept if the candidate touches the same edge.
  if (m === 0) return { errors: available === 0 ? 0 : 1, length: 1 };
  const expected = EXPECTED.codes;
  const actual = ACTUAL.codes;
  // One DP row over the actual text; rows are expected characters.
  let previous = scratch(PREVIOUS, n);
  let current = scratch(CURRENT, n);
  for (let j = 0; j <= n; j += 1) previous[j] = j;
  for (let i = 1; i <= m; i += 1) {
    current[0] = i;
    const e = expected[i - 1];
    for (let j = 1; j <= n; j += 1) {
      const substitution = previous[j - 1]! + (actual[j - 1] === e ? 0 : 1);
      const deletion = previous[j]! + 1;
      const insertion = current[j - 1]! + 1;
      current[j] = substitution < deletion ? (substitution < insertion ? substitution : insertion) : deletion < insertion ? deletion : insertion;
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  let best = m;
  for (let j = 0; j <= n; j += 1) if (previous[j]! < best) best = previous[j]!;
  return { errors: best, length: m };
}

/** Characters of context that agree exactly, read outward from the quote: a cheap first sort. */
export function agreeingRun(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let run = 0;
  while (run < prefix.length && start - 1 - run >= 0 && text.charCodeAt(start - 1 - run) === prefix.charCodeAt(prefix.length - 1 - run)) run += 1;
  let after = 0;
  while (after < suffix.length && end + after < text.length && text.charCodeAt(end + after) === suffix.charCodeAt(after)) after += 1;
  return run + after;
}
