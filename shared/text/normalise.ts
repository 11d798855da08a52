/**
 * The one shape every source text is stored in, whatever it came from: NFC, `\n` line
 * endings, paragraphs separated by exactly one blank line, no blank lines at either end.
 * Anchoring, hashing (duplicate detection) and comparison all rely on this, so two imports of
 * the same article saved with different editors hash alike.
 *
 * Typography is the author's: curly quotes, dashes and non-breaking spaces are kept, because
 * a quote in a brief must match the source character for character.
 */
export function normaliseText(input: string): string {
  const lines = input
    // A BOM that survived decoding (pasted text, concatenated files) is not text.
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    // Unicode's own separators are line and paragraph breaks in disguise.
    .replace(/\r\n?|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .split('\n')
    // Trailing spaces are invisible and make equal texts hash differently.
    .map((line) => line.replace(/[ \t\f\v]+$/, ''));

  const kept: string[] = [];
  for (const line of lines) {
    const blank = line === '';
    // Leading blank lines are dropped; runs of blank lines collapse to one.
    if (blank && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}
