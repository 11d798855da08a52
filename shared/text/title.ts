/** Long enough for any headline, short enough for a list row. */
export const TITLE_LIMIT = 200;

/**
 * A title for an imported text, so a new source never shows up as "Untitled": a Markdown
 * file's leading `# Heading`, else the first non-empty line, else the file name.
 * Expects normalised text (see `normaliseText`).
 */
export function titleOfText(text: string, options: { markdown?: boolean; fileName?: string | null } = {}): string {
  const first = text.split('\n').find((line) => line.trim() !== '')?.trim();
  if (first !== undefined) {
    const candidate = options.markdown ? (markdownHeading(first) ?? first) : first;
    if (candidate !== '') return capTitle(candidate);
  }
  const fromFile = options.fileName ? stripExtension(options.fileName).trim() : '';
  return fromFile !== '' ? capTitle(fromFile) : 'Untitled';
}

/**
 * `# Heading` or `# Heading #` (closing hashes are decoration); only level one counts as a
 * title. A bare `#` is an empty heading: it gives '' so the file name is used instead.
 */
function markdownHeading(line: string): string | undefined {
  if (!/^#(?:[ \t]|$)/.test(line)) return undefined;
  return line.slice(1).trim().replace(/(?:^|[ \t]+)#+$/, '').trim();
}

export function stripExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Cuts at a word boundary when one is near, and never inside a surrogate pair. */
export function capTitle(title: string, limit: number = TITLE_LIMIT): string {
  if (title.length <= limit) return title;
  let cut = limit - 1;
  if (isLowSurrogate(title.charCodeAt(cut))) cut -= 1;
  const space = title.lastIndexOf(' ', cut);
  if (space > limit * 0.6) cut = space;
  return `${title.slice(0, cut).trimEnd()}…`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
