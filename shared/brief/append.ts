import { briefDocument, paragraphNode } from './build';
import { isBriefDocument, type BriefDocumentJson, type BriefNodeJson, type CitationNodeJson } from './document';

/**
 * A brief's document with one more paragraph at its end holding the citation: what "Cite in
 * brief" does to a brief that is not open in the editor. The document is copied, never
 * changed in place. A brief never edited (content null) becomes a document of that one
 * paragraph, and so does one holding only the empty paragraph a new editor starts with.
 * Content that is not a brief document gives null: better to refuse than to overwrite it.
 */
export function appendCitation(content: unknown, citation: CitationNodeJson): BriefDocumentJson | null {
  const paragraph = paragraphNode([{ ...citation }]);
  if (content === null || content === undefined) return briefDocument([paragraph]);
  if (!isBriefDocument(content)) return null;
  const kept = content.root.children.length === 1 && isEmptyParagraph(content.root.children[0]) ? [] : content.root.children;
  return { ...content, root: { ...content.root, children: [...kept, paragraph] } };
}

function isEmptyParagraph(node: BriefNodeJson | undefined): boolean {
  if (node?.type !== 'paragraph') return false;
  const children = (node as { children?: unknown }).children;
  return !Array.isArray(children) || children.length === 0;
}
