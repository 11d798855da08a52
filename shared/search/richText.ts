/**
 * The words of a Lexical document (a brief, an entity's notes) for the index: text nodes,
 * the quotes of citations and the labels of record chips, one block per line. Reads any
 * node shape without trusting it, since the JSON comes from disk.
 */
export function plainTextOf(document: unknown): string {
  const root = (document as { root?: unknown } | null)?.root;
  const lines: string[] = [''];
  collect(root, lines);
  return lines.join('\n').replace(/\n{2,}/g, '\n').trim();
}

/** Elements that sit inside a line; every other element (paragraph, heading, list item…) is a block. */
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark']);

function collect(node: unknown, lines: string[]): void {
  if (typeof node !== 'object' || node === null) return;
  const fields = node as Record<string, unknown>;
  const words = fields.type === 'citation' ? fields.quote : fields.type === 'record-mention' ? fields.label : fields.text;
  if (typeof words === 'string') lines[lines.length - 1] += words;
  if (fields.type === 'linebreak') lines.push('');
  if (!Array.isArray(fields.children)) return;
  const block = !INLINE_ELEMENTS.has(String(fields.type));
  if (block) lines.push('');
  for (const child of fields.children) collect(child, lines);
  if (block) lines.push('');
}
