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
  return sideAgreement(prefix, start, (i) => prefix.charCodeAt(prefix.length - 1 - i), (j) => text.charCodeAt(start - 1 - j));
}

/** The recorded suffix against the text from `end` on. */
export function suffixAgreement(text: string, end: number, suffix: string): SideAgreement {
  return sideAgreement(suffix, text.length - end, (i) => suffix.charCodeAt(i), (j) => text.charCodeAt(end + j));
}

/** 1 − errors / length: how much of the side agrees. */
export function similarity(side: SideAgreement): number {
  return 1 - side.errors / side.length;
}

/**
 * Edit distance between the expected context and the text read outward from the quote,
 * with the far end of the text free (min over the last row), so "context shifted by an
 * inserted word" is measured by that word, not by the whole misaligned window.
 * Both strings are indexed from the quote outward through the accessors.
 */
function sideAgreement(
  expected: string,
  available: number,
  expectedAt: (i: number) => number,
  actualAt: (j: number) => number,
): SideAgreement {
  const m = expected.length;
  // No recorded context means the quote touched the edge of the text: one character's
  // worth of evidence, kept if the candidate touches the same edge.
  if (m === 0) return { errors: available === 0 ? 0 : 1, length: 1 };
  const n = Math.min(available, m + WINDOW_SLACK);
  // One DP row over the actual text; rows are expected characters.
  let previous = new Array<number>(n + 1);
  let current = new Array<number>(n + 1);
  for (let j = 0; j <= n; j += 1) previous[j] = j;
  for (let i = 1; i <= m; i += 1) {
    current[0] = i;
    const e = expectedAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const substitution = (previous[j - 1] as number) + (actualAt(j - 1) === e ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  let best = m;
  for (let j = 0; j <= n; j += 1) best = Math.min(best, previous[j] as number);
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
