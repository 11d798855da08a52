import { ExternalHyperlink, FootnoteReferenceRun, TextRun, type ParagraphChild } from 'docx';
import { CitationNodeJson, RecordMentionNodeJson, TEXT_FORMAT } from '../../../shared/brief/document';
import type { BriefReferences } from './docx-references';

/** Only these schemes become live links: a brief is shared, and javascript: or file: links must not travel with it. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isSafeLink(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    return LINK_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function asNode(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function childrenOf(node: Record<string, unknown>): unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

function textRun(text: string, format: number, inLink: boolean): TextRun {
  const has = (bit: number): boolean => (format & bit) !== 0;
  return new TextRun({
    text,
    bold: has(TEXT_FORMAT.bold),
    italics: has(TEXT_FORMAT.italic),
    strike: has(TEXT_FORMAT.strikethrough),
    underline: has(TEXT_FORMAT.underline) ? {} : undefined,
    font: has(TEXT_FORMAT.code) ? 'Consolas' : undefined,
    style: inLink ? 'Hyperlink' : undefined,
  });
}

/** Turns a paragraph's inline nodes into Word runs; anything unrecognised keeps its words. */
export function renderInline(nodes: readonly unknown[], refs: BriefReferences, inLink = false): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const value of nodes) {
    const node = asNode(value);
    if (!node) continue;
    switch (node.type) {
      case 'text':
        runs.push(textRun(String(node.text ?? ''), typeof node.format === 'number' ? node.format : 0, inLink));
        continue;
      case 'linebreak':
        runs.push(new TextRun({ break: 1 }));
        continue;
      case 'link': {
        const children = renderInline(childrenOf(node), refs, isSafeLink(node.url));
        runs.push(...(isSafeLink(node.url) ? [new ExternalHyperlink({ link: node.url, children })] : children));
        continue;
      }
      case 'citation': {
        const citation = CitationNodeJson.safeParse(node);
        if (citation.success) {
          runs.push(new TextRun(`\u201c${citation.data.quote}\u201d`), new FootnoteReferenceRun(refs.cite(citation.data)));
          continue;
        }
        break;
      }
      case 'record-mention': {
        const mention = RecordMentionNodeJson.safeParse(node);
        if (mention.success) {
          runs.push(textRun(refs.mention(mention.data), 0, inLink));
          continue;
        }
        break;
      }
    }
    // Unknown or malformed nodes: their own text, else their children's.
    if (typeof node.text === 'string') runs.push(textRun(node.text, 0, inLink));
    else runs.push(...renderInline(childrenOf(node), refs, inLink));
  }
  return runs;
}
