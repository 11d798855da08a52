import type { EntityMentions } from '../../../shared/contract';
import { LinkRole } from '../../../shared/model';
import { ParleyError } from '../../../shared/contract';
import type { Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';
import { oneLine } from './format';
import { resolveEntity } from './resolve';

/** What `parley mentions --json` prints: a stable shape for scripts, offsets only where they help. */
export function mentionsForScripts(mentions: EntityMentions) {
  return {
    linked: mentions.linked.map(({ annotationId, sourceId, quote }) => ({ annotationId, sourceId, quote })),
    unlinked: mentions.unlinked.map(({ sourceId, start, end, text }) => ({ sourceId, start, end, text })),
    nearMisses: mentions.nearMisses.map(({ sourceId, start, end, text, closestAlias, distance }) => ({
      sourceId,
      start,
      end,
      text,
      closestAlias,
      distance,
    })),
  };
}

export async function showMentions(wanted: string, options: GlobalOptions, output: Output): Promise<number> {
  await withNotebook(options, { create: false }, async (call) => {
    const entity = await resolveEntity(call, wanted);
    const mentions = await call('entities.mentions', { id: entity.id });
    const titles = new Map((await call('sources.list', {})).map((s) => [s.id, s.title]));
    const title = (id: string) => titles.get(id) ?? id;
    output.result(mentionsForScripts(mentions), () => [
      `${entity.name}: ${mentions.linked.length} linked, ${mentions.unlinked.length} unlinked, ${mentions.nearMisses.length} possible misspellings`,
      ...mentions.linked.map((m) => `  linked    ${m.annotationId}  “${oneLine(m.quote)}”  in ${title(m.sourceId)}`),
      ...mentions.unlinked.map((m) => `  unlinked  ${m.start}–${m.end}  “${oneLine(m.text)}”  in ${title(m.sourceId)}`),
      ...mentions.nearMisses.map(
        (m) => `  possible misspelling of “${m.closestAlias}”  ${m.start}–${m.end}  “${oneLine(m.text)}”  in ${title(m.sourceId)}`,
      ),
    ]);
  });
  return 0;
}

/** Links every unlinked mention of the entity (Link all); near misses stay for a person to judge. */
export async function linkMentions(wanted: string, options: GlobalOptions & { role?: string }, output: Output): Promise<number> {
  const role = LinkRole.safeParse(options.role ?? 'mention');
  if (!role.success) throw new ParleyError('bad-request', `Unknown role "${options.role}": choose one of ${LinkRole.options.join(', ')}.`);
  await withNotebook(options, { create: false }, async (call) => {
    const entity = await resolveEntity(call, wanted);
    const { unlinked } = await call('entities.mentions', { id: entity.id });
    const annotations = unlinked.length === 0 ? [] : await call('entities.linkMentions', { id: entity.id, mentions: unlinked, role: role.data });
    const sources = new Set(annotations.map((a) => a.sourceId)).size;
    output.result({ entityId: entity.id, linked: annotations.length, annotations }, () => [
      annotations.length === 0
        ? `No unlinked mentions of ${entity.name}.`
        : `linked ${annotations.length} mention${annotations.length === 1 ? '' : 's'} of ${entity.name} in ${sources} source${sources === 1 ? '' : 's'}`,
    ]);
  });
  return 0;
}
