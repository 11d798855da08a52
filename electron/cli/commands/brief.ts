import { ParleyError } from '../../../shared/contract';
import { columns, type Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';
import { resolveEntity, resolveProposal } from './resolve';
import { documentFormat, DOCUMENT_FORMATS, writeExported, type DocumentExportOptions } from './export-source';

export const BRIEF_FORMATS = DOCUMENT_FORMATS;

/** `brief new` options: at most one record to draft from, and annotations to cite after it. */
export interface NewBriefOptions extends GlobalOptions {
  fromProposal?: string;
  fromEntity?: string;
  cite?: string[];
}

/**
 * A new brief with a first draft: a proposal's or an entity's facts with their citations,
 * then the cited annotations, one paragraph each, for the researcher to edit in the app.
 */
export async function newBrief(title: string, options: NewBriefOptions, output: Output): Promise<number> {
  if (options.fromProposal !== undefined && options.fromEntity !== undefined) {
    throw new ParleyError('bad-request', 'A brief is drafted from one record: give --from-proposal or --from-entity, not both.');
  }
  const cite = options.cite ?? [];
  const { brief, from } = await withNotebook(options, { create: true }, async (call) => {
    // By id, name or title, as every other command takes a record.
    const from =
      options.fromProposal !== undefined
        ? { kind: 'proposal' as const, id: (await resolveProposal(call, options.fromProposal)).id }
        : options.fromEntity !== undefined
          ? { kind: 'entity' as const, id: (await resolveEntity(call, options.fromEntity)).id }
          : undefined;
    return { brief: await call('briefs.draft', { title, from, cite }), from };
  });
  const drafted = [from ? `drafted from the ${from.kind}` : '', cite.length ? `with ${cite.length} citation${cite.length === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(', ');
  output.result(brief, () => [`created brief ${brief.id}  ${brief.title}${drafted ? ` (${drafted})` : ''}`]);
  return 0;
}

export async function listBriefs(options: GlobalOptions, output: Output): Promise<number> {
  await withNotebook(options, { create: false }, async (call) => {
    const briefs = await call('briefs.list', {});
    output.result(briefs, () => (briefs.length ? columns(briefs.map((b) => [b.id, b.updatedAt, b.title])) : ['No briefs yet.']));
  });
  return 0;
}

/** Writes a brief as Markdown, HTML, DOCX or PDF; citations become footnotes with a source list. */
export async function exportBriefFile(id: string, options: DocumentExportOptions, output: Output): Promise<number> {
  const format = documentFormat(options.format);
  const exported = await withNotebook(options, { create: false }, (call) => call('briefs.export', { id, format }));
  return writeExported(exported, format, options.out, output);
}
