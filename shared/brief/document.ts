import { z } from 'zod';
import { RecordId, type Annotation, type Entity, type Proposal, type SourceMeta } from '../model';

/**
 * A brief's document is Lexical's serialized editor state. Exports and the citation check
 * read it as plain JSON (no editor, no DOM), so every door renders a brief the same way.
 * Only the node types below are understood; anything else is rendered as its text.
 */

/** Lexical's text format bits. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const;

/** A quote bound to an annotation, with the words as they were when cited (to detect drift). */
export const CitationNodeJson = z.object({
  type: z.literal('citation'),
  version: z.literal(1),
  annotationId: RecordId,
  sourceId: RecordId,
  /** The quote as cited; compared with the annotation's current quote. */
  quote: z.string(),
});
export type CitationNodeJson = z.infer<typeof CitationNodeJson>;

/** An inline chip bound to an entity or a proposal; `label` is the name when inserted. */
export const RecordMentionNodeJson = z.object({
  type: z.literal('record-mention'),
  version: z.literal(1),
  kind: z.enum(['entity', 'proposal']),
  recordId: RecordId,
  label: z.string(),
});
export type RecordMentionNodeJson = z.infer<typeof RecordMentionNodeJson>;

export interface TextNodeJson {
  type: 'text';
  text: string;
  format: number;
}

/** Element nodes the exports understand; `children` holds inline or block nodes. */
export interface ElementNodeJson {
  type: 'root' | 'paragraph' | 'heading' | 'quote' | 'list' | 'listitem' | 'link';
  children: BriefNodeJson[];
  /** heading: 'h1'..'h6'. */
  tag?: string;
  /** list: 'bullet' | 'number'. */
  listType?: string;
  /** link. */
  url?: string;
}

export type BriefNodeJson =
  | TextNodeJson
  | ElementNodeJson
  | CitationNodeJson
  | RecordMentionNodeJson
  | { type: 'linebreak' }
  | { type: string; children?: BriefNodeJson[]; text?: string };

/** `{ root: … }` as Lexical's `editorState.toJSON()` gives it. */
export interface BriefDocumentJson {
  root: ElementNodeJson;
}

export function isBriefDocument(content: unknown): content is BriefDocumentJson {
  if (typeof content !== 'object' || content === null) return false;
  const root = (content as { root?: unknown }).root;
  return typeof root === 'object' && root !== null && (root as { type?: unknown }).type === 'root' && Array.isArray((root as { children?: unknown }).children);
}

/** What an export needs to know beyond the document: the records its nodes point to. */
export interface BriefExportContext {
  title: string;
  annotations: ReadonlyMap<string, Annotation>;
  sources: ReadonlyMap<string, SourceMeta>;
  entities: ReadonlyMap<string, Entity>;
  proposals: ReadonlyMap<string, Proposal>;
}
