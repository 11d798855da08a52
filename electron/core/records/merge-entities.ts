import { ParleyError, type MergeUndo } from '../../../shared/contract';
import type { Entity } from '../../../shared/model';
import { notFound, revise } from '../store/records';
import type { RecordsRewrite } from '../store/records-rewrite';
import { annotationLinksEntity, proposalRefersToEntity, relinkedLinks, relinkedProposal } from './entity-references';
import { mergedAliases, nameKey } from './entity-names';
import type { RecordsView } from './records-view';

export interface MergeOutcome {
  survivor: Entity;
  undo: MergeUndo;
}

/**
 * Merging `mergedId` into `survivorId`: every annotation link and proposal reference moves
 * to the survivor, the merged entity's names become aliases, and the merged entity goes
 * (with a tombstone). Links move first (source files), then notebook.json drops the merged
 * entity: a crash in between leaves links to the survivor and an entity nothing links to.
 */
export function planMerge(view: RecordsView, survivorId: string, mergedId: string, now = new Date()): RecordsRewrite<MergeOutcome> {
  if (survivorId === mergedId) throw new ParleyError('bad-request', 'An entity cannot be merged into itself.');
  const survivorBefore = entityIn(view, survivorId);
  const merged = entityIn(view, mergedId);

  const annotationsBefore = view.annotations.filter((a) => annotationLinksEntity(a, mergedId));
  const proposalsBefore = view.proposals.filter((p) => proposalRefersToEntity(p, mergedId));

  const aliases = mergedAliases(survivorBefore, [merged.name, ...merged.aliases]);
  const survivor = revise(
    survivorBefore,
    {
      aliases,
      // What the survivor left blank, the merged entity may know; nothing written is overwritten.
      title: survivorBefore.title || merged.title,
      description: survivorBefore.description || merged.description,
      notes: survivorBefore.notes ?? merged.notes,
      ignoredMentions: unionMentions(survivorBefore.ignoredMentions, merged.ignoredMentions),
      ignoredNames: unionNames([...survivorBefore.ignoredNames, ...merged.ignoredNames], [survivorBefore.name, ...aliases]),
    },
    now,
  );

  return {
    annotations: annotationsBefore.map((a) => revise(a, { links: relinkedLinks(a.links, mergedId, survivorId) }, now)),
    putEntities: [survivor],
    removeEntities: [mergedId],
    putProposals: proposalsBefore.map((p) => revise(p, relinkedProposal(p, mergedId, survivorId), now)),
    first: 'sources',
    value: { survivor, undo: { survivorBefore, merged, annotationsBefore, proposalsBefore } },
  };
}

export function entityIn(view: RecordsView, id: string): Entity {
  const entity = view.entities.find((e) => e.id === id);
  if (!entity) throw notFound('entity', id);
  return entity;
}

function unionMentions(a: Entity['ignoredMentions'], b: Entity['ignoredMentions']): Entity['ignoredMentions'] {
  const key = (m: Entity['ignoredMentions'][number]) => `${m.sourceId}:${m.start}:${m.text}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((m) => !seen.has(key(m)))];
}

/** Ignored spellings of either entity, once each, unless one is now a name the survivor answers to. */
function unionNames(ignored: readonly string[], names: readonly string[]): string[] {
  const seen = new Set(names.map(nameKey));
  return ignored.filter((name) => {
    const key = nameKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
