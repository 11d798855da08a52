import type { EntityMentions } from '../../../shared/contract';
import type { Entity } from '../../../shared/model';
import { columns, type Output } from '../output';
import { withNotebook, type Call, type GlobalOptions } from '../session';
import { oneLine } from './format';
import { resolveEntity } from './resolve';

export async function listEntities(options: GlobalOptions, output: Output): Promise<number> {
  await withNotebook(options, { create: false }, async (call) => {
    const entities = await call('entities.list', {});
    const counts = await linkedCounts(call);
    output.result(
      entities.map((e) => ({ ...e, linkedMentions: counts.get(e.id) ?? 0 })),
      () =>
        entities.length === 0
          ? ['No entities yet. Add one with `parley entity add NAME`.']
          : columns(
              [...entities]
                .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name))
                .map((e) => [e.id, e.kind, `${counts.get(e.id) ?? 0} linked`, [e.name, ...e.aliases].join(' / ')]),
            ),
    );
  });
  return 0;
}

/** Linked mentions per entity, counted from the annotations without matching any text. */
async function linkedCounts(call: Call): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const source of await call('sources.list', {})) {
    for (const annotation of await call('annotations.list', { sourceId: source.id })) {
      const ids = new Set(annotation.links.filter((l) => l.kind === 'entity').map((l) => l.recordId));
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/** One source's share of an entity's mentions, for the "grouped by source" view. */
interface SourceMentions {
  sourceId: string;
  title: string;
  linked: number;
  unlinked: number;
  nearMisses: number;
  quotes: string[];
}

export async function showEntity(wanted: string, options: GlobalOptions, output: Output): Promise<number> {
  await withNotebook(options, { create: false }, async (call) => {
    const entity = await resolveEntity(call, wanted);
    const mentions = await call('entities.mentions', { id: entity.id });
    const bySource = groupBySource(mentions, await call('sources.list', {}));
    output.result({ ...entity, mentions, bySource }, () => [
      `${entity.name} (${entity.kind})  ${entity.id}`,
      `aliases: ${entity.aliases.join(', ') || '—'}`,
      ...(entity.title ? [`title:   ${entity.title}`] : []),
      ...(entity.description ? ['', entity.description] : []),
      '',
      `mentions: ${mentions.linked.length} linked, ${mentions.unlinked.length} unlinked, ${mentions.nearMisses.length} possible misspellings`,
      ...bySource.flatMap((s) => [
        `  ${s.title}: ${s.linked} linked, ${s.unlinked} unlinked, ${s.nearMisses} possible misspellings`,
        ...s.quotes.map((q) => `    “${oneLine(q)}”`),
      ]),
    ]);
  });
  return 0;
}

function groupBySource(mentions: EntityMentions, sources: ReadonlyArray<{ id: string; title: string }>): SourceMentions[] {
  return sources
    .map((s) => {
      const linked = mentions.linked.filter((m) => m.sourceId === s.id);
      return {
        sourceId: s.id,
        title: s.title,
        linked: linked.length,
        unlinked: mentions.unlinked.filter((m) => m.sourceId === s.id).length,
        nearMisses: mentions.nearMisses.filter((m) => m.sourceId === s.id).length,
        quotes: linked.map((m) => m.quote),
      };
    })
    .filter((s) => s.linked + s.unlinked + s.nearMisses > 0);
}

export async function mergeEntities(survivorWanted: string, mergedWanted: string, options: GlobalOptions, output: Output): Promise<number> {
  await withNotebook(options, { create: false }, async (call) => {
    const survivor = await resolveEntity(call, survivorWanted);
    const merged: Entity = await resolveEntity(call, mergedWanted);
    const outcome = await call('entities.merge', { survivorId: survivor.id, mergedId: merged.id });
    const { annotationsBefore, proposalsBefore } = outcome.undo;
    output.result(outcome, () => [
      `merged “${merged.name}” into “${outcome.survivor.name}” (${outcome.survivor.id})`,
      `  ${annotationsBefore.length} annotation${annotationsBefore.length === 1 ? '' : 's'} and ${proposalsBefore.length} proposal${proposalsBefore.length === 1 ? '' : 's'} now point at it`,
      `  aliases: ${outcome.survivor.aliases.join(', ') || '—'}`,
    ]);
  });
  return 0;
}
