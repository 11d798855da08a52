import { isBriefDocument, type BriefDocumentJson, type ElementNodeJson } from './document';

/**
 * Reading a brief's nodes from stored JSON. The document comes from disk or another
 * process, so every node is checked here before a renderer trusts its fields; a node of an
 * unknown type still gives up its text rather than vanishing from an export.
 */

/** Any serialized node, with only the fields the exports read. */
export type BriefNode = { type: string } & Record<string, unknown>;

export interface CitationNode {
  type: 'citation';
  annotationId: string;
  sourceId: string;
  quote: string;
}

export interface MentionNode {
  type: 'record-mention';
  kind: 'entity' | 'proposal';
  recordId: string;
  label: string;
}

export function readBriefRoot(document: unknown): ElementNodeJson {
  if (!isBriefDocument(document)) throw new TypeError('Not a brief document: expected { root: { type: "root", children: [] } }');
  return (document as BriefDocumentJson).root;
}

function isNode(value: unknown): value is BriefNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function childrenOf(node: BriefNode | ElementNodeJson): BriefNode[] {
  const children = (node as { children?: unknown }).children;
  return Array.isArray(children) ? children.filter(isNode) : [];
}

export function stringField(node: BriefNode, field: string): string | undefined {
  const value = node[field];
  return typeof value === 'string' ? value : undefined;
}

export function asCitation(node: BriefNode): CitationNode | null {
  if (node.type !== 'citation') return null;
  const annotationId = stringField(node, 'annotationId');
  const sourceId = stringField(node, 'sourceId') ?? '';
  const quote = stringField(node, 'quote');
  if (annotationId === undefined || quote === undefined) return null;
  return { type: 'citation', annotationId, sourceId, quote };
}

export function asMention(node: BriefNode): MentionNode | null {
  if (node.type !== 'record-mention') return null;
  const kind = node.kind;
  const recordId = stringField(node, 'recordId');
  if ((kind !== 'entity' && kind !== 'proposal') || recordId === undefined) return null;
  return { type: 'record-mention', kind, recordId, label: stringField(node, 'label') ?? '' };
}

/** Every node in document order (depth first), so footnotes number as a reader meets them. */
export function* walk(node: BriefNode | ElementNodeJson): Generator<BriefNode> {
  for (const child of childrenOf(node)) {
    yield child;
    yield* walk(child);
  }
}

/** Lexical keeps a `format` bit field on text nodes; a missing one is plain text. */
export function formatOf(node: BriefNode): number {
  const format = node.format;
  return typeof format === 'number' ? format : 0;
}

/** Inline nodes live inside paragraphs, headings, quotes, list items and links. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'root']);
export function isBlock(node: BriefNode): boolean {
  return BLOCK_TYPES.has(node.type);
}

/**
 * Block-level nodes in order, with stray inline nodes between blocks gathered into one
 * paragraph each: both exports lay out a level of the document this way.
 */
export function groupBlocks(nodes: readonly BriefNode[]): Array<{ block: BriefNode } | { paragraph: BriefNode[] }> {
  const groups: Array<{ block: BriefNode } | { paragraph: BriefNode[] }> = [];
  let loose: BriefNode[] = [];
  for (const node of nodes) {
    if (!isBlock(node)) {
      loose.push(node);
      continue;
    }
    if (loose.length > 0) groups.push({ paragraph: loose });
    loose = [];
    groups.push({ block: node });
  }
  if (loose.length > 0) groups.push({ paragraph: loose });
  return groups;
}

/** Only these schemes become links; anything else (javascript:, data:, file:) stays text. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}
