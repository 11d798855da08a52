import type { Annotation, Entity, SourceMeta } from '../model';
import { headingNode, listNode, paragraphNode, textNode } from './build';
import { isBriefDocument, type BriefNodeJson } from './document';
import { withCitations, type DraftContext } from './draftCitations';
import { describeSource } from './references';
import { walk } from './tree';

/**
 * An entity's draft: its name, what it is and goes by, its notes as plain paragraphs, then
 * its linked mentions source by source, oldest source first, each mention a citation.
 */
export function entityDraft(entity: Entity, context: DraftContext): BriefNodeJson[] {
  const blocks: BriefNodeJson[] = [headingNode('h2', [textNode(entity.name)]), paragraphNode([textNode(identityLine(entity))])];
  if (entity.description.trim() !== '') blocks.push(paragraphNode([textNode(entity.description.trim())]));
  blocks.push(...notesText(entity.notes).map((line) => paragraphNode([textNode(line)])));

  const groups = mentionsBySource(entity, context);
  if (groups.length > 0) blocks.push(headingNode('h3', [textNode('Mentions by source')]));
  for (const { source, mentions } of groups) {
    blocks.push(
      headingNode('h4', [textNode(describeSource(source))]),
      listNode('bullet', mentions.map((mention) => withCitations(comment(mention), [mention.id], context))),
    );
  }
  return blocks;
}

/** "Person, spokesperson of the Coalition. Also known as D. Ferreira, Ferreira." */
function identityLine(entity: Entity): string {
  const kind = entity.kind.charAt(0).toUpperCase() + entity.kind.slice(1);
  const what = entity.title.trim() ? `${kind}, ${entity.title.trim()}.` : `${kind}.`;
  return entity.aliases.length > 0 ? `${what} Also known as ${entity.aliases.join(', ')}.` : what;
}

/**
 * The notes' words, one paragraph per block. Only the text is carried over: the notes
 * editor's nodes are not necessarily ones a brief can hold.
 */
function notesText(notes: Entity['notes']): string[] {
  if (!isBriefDocument(notes)) return [];
  return notes.root.children
    .map((block) => [...walk({ type: 'root', children: [block] })].map((node) => (node.type === 'text' && typeof node.text === 'string' ? node.text : '')).join(''))
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The mention's comment, when it has one, goes before its citation; the citation is the point. */
function comment(mention: Annotation): BriefNodeJson[] {
  const text = mention.comment.trim();
  return text === '' ? [] : [textNode(`${text}:`)];
}

interface SourceMentions {
  source: SourceMeta | undefined;
  mentions: Annotation[];
}

/** Sources by publication date (undated last, then notebook order); mentions in text order. */
function mentionsBySource(entity: Entity, context: DraftContext): SourceMentions[] {
  const groups = new Map<string, Annotation[]>();
  for (const annotation of context.annotations.values()) {
    if (!annotation.links.some((link) => link.kind === 'entity' && link.recordId === entity.id)) continue;
    groups.set(annotation.sourceId, [...(groups.get(annotation.sourceId) ?? []), annotation]);
  }
  const order = [...context.sources.keys()];
  const published = (id: string) => context.sources.get(id)?.publishedAt?.date ?? null;
  return [...groups.entries()]
    .sort(([a], [b]) => byDate(published(a), published(b)) || order.indexOf(a) - order.indexOf(b))
    .map(([sourceId, mentions]) => ({
      source: context.sources.get(sourceId),
      mentions: mentions.sort((a, b) => a.target.position.start - b.target.position.start),
    }));
}

function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
