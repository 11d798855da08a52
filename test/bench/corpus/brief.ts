import {
  briefDocument,
  citationNode,
  headingNode,
  listNode,
  paragraphNode,
  quoteNode,
  recordMentionNode,
  textNode,
  TEXT_FORMAT,
} from '../../../shared/brief';
import type { BriefNodeJson } from '../../../shared/brief';
import { SCHEMA_VERSION, type Annotation, type BriefFile, type BriefMeta, type Entity } from '../../../shared/model';
import type { Random } from './random';
import { instantOf } from './stamps';

/**
 * A brief as a researcher would write one: sections of prose, each citing annotations and
 * naming the records they link, with the odd list and block quote, so every export walks
 * every kind of node.
 */
export function briefOf(random: Random, title: string, cited: readonly Annotation[], entities: ReadonlyMap<string, Entity>): { meta: BriefMeta; file: BriefFile } {
  const at = instantOf(random, 100);
  const meta: BriefMeta = { id: random.uuid(), createdAt: at, updatedAt: at, rev: 1, title };
  const blocks: BriefNodeJson[] = [headingNode('h1', [textNode(title)])];
  for (let i = 0; i < cited.length; i += 4) {
    const group = cited.slice(i, i + 4);
    blocks.push(headingNode('h2', [textNode(`Finding ${i / 4 + 1}`)]));
    group.forEach((annotation, j) => {
      const entity = annotation.links.find((l) => l.kind === 'entity');
      const named = entity ? entities.get(entity.recordId) : undefined;
      const lead: BriefNodeJson[] = [textNode(j % 2 === 0 ? 'One report says ' : 'Another account, ', j === 3 ? TEXT_FORMAT.italic : 0)];
      if (named) lead.push(recordMentionNode('entity', named.id, named.name), textNode(' is quoted: '));
      const inline = [...lead, citationNode(annotation), textNode('.')];
      if (j === 2) blocks.push(quoteNode(inline));
      else if (j === 3) blocks.push(listNode('bullet', [inline, [textNode('Not yet confirmed by a second outlet.', TEXT_FORMAT.bold)]]));
      else blocks.push(paragraphNode(inline));
    });
  }
  const file: BriefFile = { schemaVersion: SCHEMA_VERSION, briefId: meta.id, content: briefDocument(blocks) as unknown as Record<string, unknown> };
  return { meta, file };
}
