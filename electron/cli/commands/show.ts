import { ParleyError } from '../../../shared/contract';
import { currentVersion } from '../../../shared/model';
import type { Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';
import { formatPublished } from './format';

export const SHOWABLE = ['source', 'entity', 'proposal', 'annotation', 'brief'] as const;

export async function showRecord(kind: string, id: string, options: GlobalOptions, output: Output): Promise<number> {
  if (!(SHOWABLE as readonly string[]).includes(kind)) {
    throw new ParleyError('bad-request', `Cannot show "${kind}": choose one of ${SHOWABLE.join(', ')}.`);
  }
  await withNotebook(options, { create: false }, async (call) => {
    switch (kind) {
      case 'source': {
        const source = await call('sources.get', { id });
        const current = currentVersion(source);
        // Scripts get the current text beside the versions, so they need not pick it out.
        output.result({ ...source, text: current.text }, () => [
          source.title,
          `outlet:    ${source.outlet || '—'}`,
          `authors:   ${source.authors.join(', ') || '—'}`,
          `published: ${formatPublished(source.publishedAt) || 'unknown'}`,
          `url:       ${source.url ?? '—'}`,
          `format:    ${source.format}${source.fileName ? ` (${source.fileName})` : ''}`,
          `versions:  ${source.versions.map((v) => `${v.reason} ${v.createdAt}`).join('; ')}`,
          '',
          current.text,
        ]);
        break;
      }
      case 'entity': {
        const entity = await call('entities.get', { id });
        output.result(entity, () => [
          `${entity.name} (${entity.kind})`,
          `aliases: ${entity.aliases.join(', ') || '—'}`,
          ...(entity.title ? [`title:   ${entity.title}`] : []),
          ...(entity.description ? ['', entity.description] : []),
        ]);
        break;
      }
      case 'proposal': {
        const proposal = await call('proposals.get', { id });
        output.result(proposal, () => [
          proposal.title,
          ...(proposal.summary ? ['', proposal.summary] : []),
          ...proposal.terms.map((t) => `term: ${t.label}: ${t.value}`),
          ...proposal.statusEvents.map((e) => `status: ${e.date ?? 'undated'} ${e.status}`),
        ]);
        break;
      }
      case 'annotation': {
        const annotation = await call('annotations.get', { id });
        output.result(annotation, () => [
          `“${annotation.target.quote.exact}” (${annotation.anchoring})`,
          `source: ${annotation.sourceId} [${annotation.target.position.start}, ${annotation.target.position.end})`,
          ...annotation.links.map((l) => `link:   ${l.kind} ${l.recordId} as ${l.role}`),
          ...(annotation.comment ? [`comment: ${annotation.comment}`] : []),
        ]);
        break;
      }
      case 'brief': {
        const brief = await call('briefs.get', { id });
        output.result(brief, () => [brief.title, `updated ${brief.updatedAt}`]);
        break;
      }
    }
  });
  return 0;
}
