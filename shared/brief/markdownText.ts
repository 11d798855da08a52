/**
 * Escaping for CommonMark. Inline punctuation that can open emphasis, code, links, HTML or
 * entities is always escaped; characters that only matter at the start of a line (headings,
 * list markers, block quotes, setext underlines, thematic breaks) are escaped there, so
 * "e.g." and "well-known" stay readable.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&~|]/g, '\\$&');
}

/** Applied to each line of a rendered block, before it is indented into a list or quote. */
export function escapeLineStart(line: string): string {
  // Leading spaces would turn a paragraph into an indented code block.
  const trimmed = line.replace(/^[ \t]+/, '');
  return trimmed.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A code span needs a fence of backticks longer than any run inside it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Link destinations in angle brackets may hold parentheses but not spaces or brackets. */
export function linkDestination(url: string): string {
  return `<${url.replace(/[<> ]/g, (c) => encodeURIComponent(c))}>`;
}
