import type { Annotation } from '../model';
import type { BriefDocumentJson, BriefNodeJson, CitationNodeJson, RecordMentionNodeJson } from './document';

/**
 * Builders for brief documents written outside the editor (drafts, the CLI, tests). Each
 * node carries every field Lexical 0.52 writes in `exportJSON`, so the editor loads the
 * document with `parseEditorState` and saves it back unchanged. Direction is null, as
 * Lexical leaves it until the text is laid out.
 */

/** Fields every Lexical element node serializes. */
interface ElementFields {
  version: 1;
  children: BriefNodeJson[];
  direction: null;
  format: '';
  indent: 0;
}

export interface LexicalTextJson {
  type: 'text';
  version: 1;
  text: string;
  format: number;
  detail: 0;
  mode: 'normal';
  style: '';
}

export type ParagraphJson = ElementFields & { type: 'paragraph'; textFormat: number; textStyle: '' };
export type HeadingJson = ElementFields & { type: 'heading'; tag: HeadingTag };
export type ListJson = ElementFields & { type: 'list'; listType: 'bullet' | 'number'; start: 1; tag: 'ul' | 'ol' };
export type ListItemJson = ElementFields & { type: 'listitem'; value: number };
export type QuoteJson = ElementFields & { type: 'quote' };
export type LinkJson = ElementFields & { type: 'link'; url: string; rel: null; target: null; title: null };
export type RootJson = ElementFields & { type: 'root' };
export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

const element = { version: 1, direction: null, format: '', indent: 0 } as const;

/** `format` is a sum of TEXT_FORMAT bits (0 for plain text). */
export function textNode(text: string, format = 0): LexicalTextJson {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

/** A paragraph records the format of its first text, as Lexical's reconciler sets it. */
export function paragraphNode(children: BriefNodeJson[] = []): ParagraphJson {
  const inline = normalText(children);
  const first = inline.find((node): node is LexicalTextJson => node.type === 'text');
  return { type: 'paragraph', ...element, children: inline, textFormat: first?.format ?? 0, textStyle: '' };
}

export function headingNode(tag: HeadingTag, children: BriefNodeJson[]): HeadingJson {
  return { type: 'heading', ...element, tag, children: normalText(children) };
}

/** A list whose items hold the given inline nodes, numbered as Lexical numbers them. */
export function listNode(listType: 'bullet' | 'number', items: BriefNodeJson[][]): ListJson {
  return {
    type: 'list',
    ...element,
    listType,
    start: 1,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    children: items.map((children, index) => listItemNode(children, index + 1)),
  };
}

export function listItemNode(children: BriefNodeJson[], value = 1): ListItemJson {
  return { type: 'listitem', ...element, value, children: normalText(children) };
}

export function quoteNode(children: BriefNodeJson[]): QuoteJson {
  return { type: 'quote', ...element, children: normalText(children) };
}

export function linkNode(url: string, children: BriefNodeJson[]): LinkJson {
  return { type: 'link', ...element, url, rel: null, target: null, title: null, children: normalText(children) };
}

export function lineBreakNode(): { type: 'linebreak'; version: 1 } {
  return { type: 'linebreak', version: 1 };
}

/** A citation of the annotation's quote as it reads now. */
export function citationNode(annotation: Pick<Annotation, 'id' | 'sourceId' | 'target'>): CitationNodeJson {
  return { type: 'citation', version: 1, annotationId: annotation.id, sourceId: annotation.sourceId, quote: annotation.target.quote.exact };
}

export function recordMentionNode(kind: 'entity' | 'proposal', recordId: string, label: string): RecordMentionNodeJson {
  return { type: 'record-mention', version: 1, kind, recordId, label };
}

/**
 * Children as Lexical normalizes them on load: no empty text, and neighbouring texts with
 * the same format made one. Built that way, a document comes back from the editor unchanged.
 */
function normalText(children: BriefNodeJson[]): BriefNodeJson[] {
  const result: BriefNodeJson[] = [];
  for (const node of children) {
    if (!isText(node)) {
      result.push(node);
      continue;
    }
    if (node.text === '') continue;
    const previous = result[result.length - 1];
    if (previous !== undefined && isText(previous) && previous.format === node.format) {
      result[result.length - 1] = textNode(previous.text + node.text, node.format);
    } else {
      result.push(node);
    }
  }
  return result;
}

function isText(node: BriefNodeJson): node is LexicalTextJson {
  return node.type === 'text' && typeof (node as { text?: unknown }).text === 'string';
}

/** A whole document; an empty one gets a paragraph, so the editor has somewhere to type. */
export function briefDocument(blocks: BriefNodeJson[]): BriefDocumentJson & { root: RootJson } {
  return { root: { type: 'root', ...element, children: blocks.length > 0 ? blocks : [paragraphNode()] } };
}
