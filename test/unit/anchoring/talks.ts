/** An original, fictional wire report used by the re-anchoring cases. */
export const TALKS = [
  'CAIRO — Mediators from Egypt and Qatar presented a revised plan on Tuesday that would begin with the 48-hour pause, according to two officials briefed on the talks in the Egyptian capital.',
  'Under the revised plan, the 48-hour pause would be followed by the release of eleven hostages held in the north, and the Valmerian delegation would free forty detainees from Korsk prison.',
  'Minister Ilse Haddad told reporters that her government had "not rejected anything yet" but wanted guarantees that the 48-hour pause could be extended to a full week if both sides kept to it.',
  'A spokesman for the Northern Front dismissed the proposal as "a pause for cameras", while a senior negotiator said the group would answer through the Qatari mediators by Thursday evening.',
  'Talks are expected to resume in Doha next week. Diplomats cautioned that several earlier drafts had collapsed over the sequencing of withdrawals from the border villages.',
].join('\n\n');

/** The UTF-16 offsets of the `occurrence`-th (0-based) appearance of `quote` in `text`. */
export function spanOf(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    start = text.indexOf(quote, start + 1);
    if (start === -1) throw new Error(`"${quote}" occurs fewer than ${occurrence + 1} times`);
  }
  return { start, end: start + quote.length };
}

/** Replaces the first `before` in `text` with `after`, failing loudly if it is missing. */
export function edit(text: string, before: string, after: string): string {
  if (!text.includes(before)) throw new Error(`"${before}" is not in the text`);
  return text.replace(before, after);
}
