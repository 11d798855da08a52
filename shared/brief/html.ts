import { TEXT_FORMAT, type BriefExportContext } from './document';
import { BRIEF_HTML_STYLE } from './htmlStyle';
import { collectReferences, describeRecord, describeSource, endSentence, quoteLine, type BriefReferences, type Footnote } from './references';
import { asCitation, asMention, childrenOf, formatOf, groupBlocks, isBlock, readBriefRoot, safeHref, stringField, type BriefNode } from './tree';

/**
 * A brief as one self-contained HTML5 file: inline CSS, no scripts, no external resources,
 * so it opens offline and can be printed to PDF as is. Every piece of text is escaped;
 * links keep only http(s) and mailto addresses.
 */
export function renderBriefHtml(document: unknown, context: BriefExportContext): string {
  const root = readBriefRoot(document);
  const refs = collectReferences(root, context);
  const body = [`<h1>${escapeHtml(context.title)}</h1>`, new HtmlRenderer(refs, context).blocks(childrenOf(root))];
  if (refs.footnotes.length > 0) {
    body.push(`<section class="footnotes" aria-label="Footnotes"><ol>\n${refs.footnotes.map(footnoteItem).join('\n')}\n</ol></section>`);
  }
  if (refs.sources.length > 0) {
    const items = refs.sources.map((source) => `<li>${sourceHtml(describeSource(source), source.url)}</li>`);
    body.push(`<section class="sources"><h2>Sources</h2><ul>\n${items.join('\n')}\n</ul></section>`);
  }
  if (refs.records.length > 0) {
    const items = refs.records.map(
      (record) =>
        `<li${record.deleted ? ' class="deleted"' : ''}>${escapeHtml(record.name)} — ${escapeHtml(record.description)}${record.deleted ? ' (no longer in the notebook)' : ''}</li>`,
    );
    body.push(`<section class="records"><h2>Records mentioned</h2><ul>\n${items.join('\n')}\n</ul></section>`);
  }
  return htmlPage(context.title, BRIEF_HTML_STYLE, body);
}

/** A self-contained page: its styles inline, nothing fetched, nothing run. */
export function htmlPage(title: string, style: string, body: readonly string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function sourceHtml(description: string, url: string | null | undefined): string {
  const href = safeHref(url);
  return `${escapeHtml(endSentence(description))}${href ? ` <a href="${escapeHtml(href)}">${escapeHtml(href)}</a>` : ''}`;
}

function footnoteItem(footnote: Footnote): string {
  const n = footnote.number;
  const quote = escapeHtml(`“${quoteLine(footnote.citation.quote)}”`);
  const back = `<a href="#ref-${n}" class="backref" aria-label="Back to citation ${n}">↩</a>`;
  return `<li id="fn-${n}">${quote} — ${sourceHtml(describeSource(footnote.source), footnote.source?.url)} ${back}</li>`;
}

class HtmlRenderer {
  constructor(
    private readonly refs: BriefReferences,
    private readonly context: BriefExportContext,
  ) {}

  blocks(nodes: readonly BriefNode[]): string {
    return groupBlocks(nodes)
      .map((group) => ('block' in group ? this.block(group.block) : `<p>${this.inline(group.paragraph)}</p>`))
      .filter((html) => html !== '')
      .join('\n');
  }

  private block(node: BriefNode): string {
    switch (node.type) {
      case 'heading': {
        const level = /^h([1-6])$/.exec(stringField(node, 'tag') ?? '')?.[1] ?? '2';
        return `<h${level}>${this.inline(childrenOf(node))}</h${level}>`;
      }
      case 'quote':
        return `<blockquote><p>${this.inline(childrenOf(node))}</p></blockquote>`;
      case 'list':
        return this.list(node);
      case 'listitem':
      case 'root':
        return this.blocks(childrenOf(node));
      default: {
        const inner = this.inline(childrenOf(node));
        return inner.trim() === '' ? '' : `<p>${inner}</p>`;
      }
    }
  }

  /** Lexical's nested list sits in an item of its own; HTML wants it inside the previous item. */
  private list(node: BriefNode): string {
    const numbered = stringField(node, 'listType') === 'number';
    const start = typeof node.start === 'number' && node.start !== 1 ? ` start="${node.start}"` : '';
    const items: string[] = [];
    for (const item of childrenOf(node)) {
      const children = childrenOf(item);
      const nested = children.filter((child) => child.type === 'list').map((list) => this.list(list));
      const own = children.filter((child) => child.type !== 'list');
      if (own.length === 0 && items.length > 0) {
        items[items.length - 1] = (items[items.length - 1] ?? '').replace(/<\/li>$/, `${nested.join('')}</li>`);
        continue;
      }
      items.push(`<li>${this.inline(own.filter((child) => !isBlock(child)))}${this.blocks(own.filter(isBlock))}${nested.join('')}</li>`);
    }
    const tag = numbered ? 'ol' : 'ul';
    return `<${tag}${numbered ? start : ''}>\n${items.join('\n')}\n</${tag}>`;
  }

  private inline(nodes: readonly BriefNode[]): string {
    return nodes.map((node) => this.inlineNode(node)).join('');
  }

  private inlineNode(node: BriefNode): string {
    if (node.type === 'text') return formatted(stringField(node, 'text') ?? '', formatOf(node));
    if (node.type === 'linebreak') return '<br>';
    const citation = asCitation(node);
    if (citation) {
      const n = this.refs.footnoteByNode.get(node)?.number;
      const quote = escapeHtml(`“${quoteLine(citation.quote)}”`);
      return `<span class="citation">${quote}</span>${n ? `<sup><a href="#fn-${n}" id="ref-${n}">${n}</a></sup>` : ''}`;
    }
    const mention = asMention(node);
    if (mention) {
      return `<span class="record-mention" data-kind="${mention.kind}">${escapeHtml(describeRecord(mention, this.context).name)}</span>`;
    }
    if (node.type === 'link' || node.type === 'autolink') {
      const text = this.inline(childrenOf(node));
      const href = safeHref(node.url);
      return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
    }
    const text = stringField(node, 'text');
    return text !== undefined ? escapeHtml(text) : this.inline(childrenOf(node));
  }
}

function formatted(text: string, format: number): string {
  let out = escapeHtml(text);
  if (format & TEXT_FORMAT.code) out = `<code>${out}</code>`;
  if (format & TEXT_FORMAT.strikethrough) out = `<s>${out}</s>`;
  if (format & TEXT_FORMAT.underline) out = `<u>${out}</u>`;
  if (format & TEXT_FORMAT.italic) out = `<em>${out}</em>`;
  if (format & TEXT_FORMAT.bold) out = `<strong>${out}</strong>`;
  return out;
}
