import { ParleyError } from '../../../shared/contract';
import type { Annotation } from '../../../shared/model';
import { columns, type Output } from '../output';
import { withNotebook, type Call, type GlobalOptions } from '../session';
import { formatPublished } from './format';

export const LISTABLE = ['sources', 'entities', 'proposals', 'annotations', 'briefs'] as const;
export type Listable = (typeof LISTABLE)[number];

export async function listRecords(kind: string, options: GlobalOptions & { source?: string }, output: Output): Promise<number> {
  if (!(LISTABLE as readonly string[]).includes(kind)) {
    throw new ParleyError('bad-request', `Cannot list "${kind}": choose one of ${LISTABLE.join(', ')}.`);
  }
  await withNotebook(options, { create: false }, async (call) => {
    switch (kind as Listable) {
      case 'sources': {
        const sources = await call('sources.list', {});
        output.result(sources, () =>
          empty(sources, 'No sources yet. Import one with `parley import FILE`.') ??
          columns(sources.map((s) => [s.id, formatPublished(s.publishedAt) || '—', s.outlet || '—', s.title])),
        );
        break;
      }
      case 'entities': {
        const entities = await call('entities.list', {});
        output.result(entities, () =>
          empty(entities, 'No entities yet. Add one with `parley entity add NAME`.') ??
          columns(entities.map((e) => [e.id, e.kind, [e.name, ...e.aliases].join(' / ')])),
        );
        break;
      }
      case 'proposals': {
        const proposals = await call('proposals.list', {});
        output.result(proposals, () =>
          empty(proposals, 'No proposals yet. Add one with `parley proposal add TITLE`.') ??
          columns(proposals.map((p) => [p.id, p.title])),
        );
        break;
      }
      case 'briefs': {
        const briefs = await call('briefs.list', {});
        output.result(briefs, () => empty(briefs, 'No briefs yet.') ?? columns(briefs.map((b) => [b.id, b.title])));
        break;
      }
      case 'annotations': {
        const annotations = await annotationsOf(call, options.source);
        output.result(annotations, () =>
          empty(annotations, 'No annotations yet.') ??
          columns(annotations.map((a) => [a.id, a.sourceId, a.anchoring, JSON.stringify(a.target.quote.exact)])),
        );
        break;
      }
    }
  });
  return 0;
}

async function annotationsOf(call: Call, sourceId: string | undefined): Promise<Annotation[]> {
  const sourceIds = sourceId ? [sourceId] : (await call('sources.list', {})).map((s) => s.id);
  const all: Annotation[] = [];
  for (const id of sourceIds) all.push(...(await call('annotations.list', { sourceId: id })));
  return all;
}

function empty(items: unknown[], message: string): string[] | null {
  return items.length === 0 ? [message] : null;
}
