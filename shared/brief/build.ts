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

export type ParagraphJson = ElementFields & { type: 'paragraph'; textFormat: 0; textStyle: '' };
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

export function paragraphNode(children: BriefNodeJson[] = []): ParagraphJson {
  return { type: 'paragraph', ...element, children, textFormat: 0, textStyle: '' };
}

export function headingNode(tag: HeadingTag, children: BriefNodeJson[]): HeadingJson {
  return { type: 'heading', ...element, tag, children };
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
  return { type: 'listitem', ...element, value, children };
}

export function quoteNode(children: BriefNodeJson[]): QuoteJson {
  return { type: 'quote', ...element, children };
}

export function linkNode(url: string, children: BriefNodeJson[]): LinkJson {
  return { type: 'link', ...element, url, rel: null, target: null, title: null, children };
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

/** A whole document; an empty one gets a paragraph, so the editor has somewhere to type. */
export function briefDocument(blocks: BriefNodeJson[]): BriefDocumentJson & { root: RootJson } {
  return { root: { type: 'root', ...element, children: blocks.length > 0 ? blocks : [paragraphNode()] } };
}
