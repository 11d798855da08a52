import { TEXT_FORMAT, type BriefExportContext } from './document';
import { codeSpan, escapeLineStart, escapeMarkdown, linkDestination } from './markdownText';
import { collectReferences, describeRecord, describeSource, endSentence, quoteLine, type BriefReferences, type Footnote } from './references';
import { asCitation, asMention, childrenOf, formatOf, groupBlocks, readBriefRoot, safeHref, stringField, type BriefNode } from './tree';

/**
 * A brief as CommonMark with GFM footnotes. Underline has no Markdown syntax, so it is
 * written as inline HTML `<u>…</u>`, which CommonMark passes through; every other format
 * uses plain Markdown so the file reads well as text.
 */
export function renderBriefMarkdown(document: unknown, context: BriefExportContext): string {
  const root = readBriefRoot(document);
  const refs = collectReferences(root, context);
  const r = new MarkdownRenderer(refs, context);
  const parts = [`# ${escapeLineStart(escapeMarkdown(context.title))}`, ...r.blocks(childrenOf(root))];
  if (refs.footnotes.length > 0) parts.push(refs.footnotes.map(footnoteLine).join('\n'));
  if (refs.sources.length > 0) {
    parts.push('## Sources', refs.sources.map((source) => `- ${sourceLine(describeSource(source), source.url)}`).join('\n'));
  }
  if (refs.records.length > 0) {
    const lines = refs.records.map((record) => `- ${escapeMarkdown(record.name)} — ${record.description}${record.deleted ? ' (no longer in the notebook)' : ''}`);
    parts.push('## Records mentioned', lines.join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

function sourceLine(description: string, url: string | null | undefined): string {
  const href = safeHref(url);
  return `${escapeMarkdown(endSentence(description))}${href ? ` ${linkDestination(href)}` : ''}`;
}

function footnoteLine(footnote: Footnote): string {
  const quote = escapeMarkdown(`“${quoteLine(footnote.citation.quote)}”`);
  return `[^${footnote.number}]: ${quote} — ${sourceLine(describeSource(footnote.source), footnote.source?.url)}`;
}

class MarkdownRenderer {
  constructor(
    private readonly refs: BriefReferences,
    private readonly context: BriefExportContext,
  ) {}

  /** Block nodes to Markdown blocks; stray inline nodes at block level form a paragraph. */
  blocks(nodes: readonly BriefNode[]): string[] {
    return groupBlocks(nodes).flatMap((group) => ('block' in group ? this.block(group.block) : this.paragraph(group.paragraph)));
  }

  private block(node: BriefNode): string[] {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(/^h([1-6])$/.exec(stringField(node, 'tag') ?? '')?.[1] ?? 2)));
        // A heading is one line in Markdown: a line break inside it becomes a space.
        const text = this.inline(childrenOf(node)).replace(/\\\n/g, ' ').trim();
        return text ? [`${'#'.repeat(level)} ${escapeLineStart(text)}`] : [];
      }
      case 'quote': {
        const [text] = this.paragraph(childrenOf(node));
        return text ? [text.split('\n').map((line) => `> ${line}`).join('\n')] : [];
      }
      case 'list':
        return [this.list(node)].filter((text) => text !== '');
      case 'listitem':
      case 'root':
        return this.blocks(childrenOf(node));
      default:
        return this.paragraph(childrenOf(node));
    }
  }

  private paragraph(nodes: readonly BriefNode[]): string[] {
    const text = this.inline(nodes).trim();
    return text ? [text.split('\n').map(escapeLineStart).join('\n')] : [];
  }

  /**
   * Lexical nests a list as a list item whose only child is the inner list; Markdown
   * wants the inner list indented under the previous item, so it is attached there.
   */
  private list(node: BriefNode): string {
    const numbered = stringField(node, 'listType') === 'number';
    const start = typeof node.start === 'number' ? node.start : 1;
    const items: string[] = [];
    for (const item of childrenOf(node)) {
      const children = childrenOf(item);
      const nested = children.filter((child) => child.type === 'list');
      const own = children.filter((child) => child.type !== 'list');
      const marker = numbered ? `${start + items.length}. ` : '- ';
      const indent = ' '.repeat(numbered ? marker.length : 2);
      const nestedText = nested.map((list) => this.list(list)).filter((text) => text !== '');
      if (own.length === 0 && items.length > 0) {
        const previousIndent = /^(\d+\. |- )/.exec(items[items.length - 1] ?? '')?.[1]?.length ?? 2;
        items[items.length - 1] += nestedText.map((text) => `\n${indentLines(text, ' '.repeat(previousIndent))}`).join('');
        continue;
      }
      const body = [...this.blocks(own), ...nestedText].join('\n\n');
      items.push(`${marker}${indentLines(body, indent).slice(indent.length)}`);
    }
    return items.join('\n');
  }

  inline(nodes: readonly BriefNode[]): string {
    return nodes.map((node) => this.inlineNode(node)).join('');
  }

  private inlineNode(node: BriefNode): string {
    if (node.type === 'text') return formatted(stringField(node, 'text') ?? '', formatOf(node));
    if (node.type === 'linebreak') return '\\\n';
    const citation = asCitation(node);
    if (citation) {
      const footnote = this.refs.footnoteByNode.get(node);
      return `${escapeMarkdown(`“${quoteLine(citation.quote)}”`)}${footnote ? `[^${footnote.number}]` : ''}`;
    }
    const mention = asMention(node);
    if (mention) return escapeMarkdown(describeRecord(mention, this.context).name);
    if (node.type === 'link' || node.type === 'autolink') {
      const text = this.inline(childrenOf(node));
      const href = safeHref(node.url);
      return href ? `[${text}](${linkDestination(href)})` : text;
    }
    // Unknown nodes keep their words: a text field, else their children's text.
    const text = stringField(node, 'text');
    return text !== undefined ? escapeMarkdown(text) : this.inline(childrenOf(node));
  }
}

function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `${indent}${line}`))
    .join('\n');
}

/**
 * Emphasis markers must touch the words: "** bold **" is not bold in CommonMark, so the
 * run's outer whitespace is moved outside the markers.
 */
function formatted(text: string, format: number): string {
  if (text === '') return '';
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (core === '') return text;
  let out = format & TEXT_FORMAT.code ? codeSpan(core) : escapeMarkdown(core);
  if (format & TEXT_FORMAT.strikethrough) out = `~~${out}~~`;
  if (format & TEXT_FORMAT.italic) out = `*${out}*`;
  if (format & TEXT_FORMAT.bold) out = `**${out}**`;
  if (format & TEXT_FORMAT.underline) out = `<u>${out}</u>`;
  return `${lead}${out}${trail}`;
}
