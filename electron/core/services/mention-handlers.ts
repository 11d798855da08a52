import type { Handlers } from '../dispatch';
import { nameKey, namesOf } from '../records/entity-names';
import { MentionFinder, spanKey } from '../records/entity-mentions';
import { planLinkMentions } from '../records/link-mentions';
import { suggestFromNames } from '../records/name-matching';
import { SuggestionCache } from '../records/suggestion-cache';
import type { NotebookStore } from '../store/notebook-store';
import { revise } from '../store/records';
import type { RecordsRewrite } from '../store/records-rewrite';
import type { Entity } from '../../../shared/model';

type MentionHandlers = Pick<
  Handlers,
  'entities.mentions' | 'entities.linkMentions' | 'entities.ignoreMention' | 'entities.ignoreName' | 'sources.suggestions'
>;

/** Where entities are named in the sources: linked, not yet linked, possibly misspelt, or not known yet. */
export function mentionHandlers(store: NotebookStore): MentionHandlers {
  const finder = new MentionFinder(store);
  const suggestions = new SuggestionCache();
  return {
    'entities.mentions': async ({ id }) => finder.mentions(store.get('entities', id)),
    'entities.linkMentions': async ({ id, mentions, role }) => store.rewriteRecords(() => planLinkMentions(store, id, mentions, role)),
    'entities.ignoreMention': async ({ id, mention }) =>
      store.rewriteRecords(() => {
        const entity = store.get('entities', id);
        const key = spanKey(mention.sourceId, mention.start, mention.text);
        if (entity.ignoredMentions.some((m) => spanKey(m.sourceId, m.start, m.text) === key)) return unchanged(entity);
        const ignored = { sourceId: mention.sourceId, start: mention.start, text: mention.text };
        return entityWrite(revise(entity, { ignoredMentions: [...entity.ignoredMentions, ignored] }));
      }),
    'entities.ignoreName': async ({ id, name }) =>
      store.rewriteRecords(() => {
        const entity = store.get('entities', id);
        if (entity.ignoredNames.some((n) => nameKey(n) === nameKey(name))) return unchanged(entity);
        return entityWrite(revise(entity, { ignoredNames: [...entity.ignoredNames, name] }));
      }),
    'sources.suggestions': async ({ id }) => {
      const existing = store.list('entities').map((e) => ({ id: e.id, names: namesOf(e) }));
      return suggestFromNames(suggestions.namesIn(id, store.currentVersion(id)), existing);
    },
  };
}

/** Only the entity changes, so notebook.json is the only file written. */
function entityWrite(entity: Entity): RecordsRewrite<Entity> {
  return { annotations: [], putEntities: [entity], removeEntities: [], putProposals: [], first: 'notebook', value: entity };
}

/** Asked twice, remembered once: nothing is written. */
function unchanged(entity: Entity): RecordsRewrite<Entity> {
  return { annotations: [], putEntities: [], removeEntities: [], putProposals: [], first: 'notebook', value: entity };
}
