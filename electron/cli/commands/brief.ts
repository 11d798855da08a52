import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ParleyError } from '../../../shared/contract';
import type { BriefDocumentJson } from '../../../shared/brief';
import { columns, type Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';

export const BRIEF_FORMATS = ['md', 'html', 'docx'] as const;

/**
 * A new brief, optionally starting with the cited annotations, one paragraph each, so a
 * script can assemble a first draft for the researcher to edit in the app.
 */
export async function newBrief(title: string, options: GlobalOptions & { cite?: string[] }, output: Output): Promise<number> {
  await withNotebook(options, { create: true }, async (call) => {
    const cited = [];
    for (const id of options.cite ?? []) cited.push(await call('annotations.get', { id }));
    let brief = await call('briefs.create', { title });
    if (cited.length > 0) {
      const content: BriefDocumentJson = {
        root: {
          type: 'root',
          children: cited.map((a) => ({
            type: 'paragraph',
            children: [{ type: 'citation', version: 1, annotationId: a.id, sourceId: a.sourceId, quote: a.target.quote.exact }],
          })),
        },
      };
      brief = await call('briefs.update', { id: brief.id, fields: { content: content as unknown as Record<string, unknown> } });
    }
    output.result(brief, () => [`created brief ${brief.id}  ${brief.title}${cited.length ? ` with ${cited.length} citations` : ''}`]);
  });
  return 0;
}

export async function listBriefs(options: GlobalOptions, output: Output): Promise<number> {
  await withNotebook(options, { create: false }, async (call) => {
    const briefs = await call('briefs.list', {});
    output.result(briefs, () => (briefs.length ? columns(briefs.map((b) => [b.id, b.updatedAt, b.title])) : ['No briefs yet.']));
  });
  return 0;
}

/** Writes a brief as Markdown, HTML or DOCX; citations become footnotes with a source list. */
export async function exportBriefFile(id: string, options: GlobalOptions & { format: string; out: string }, output: Output): Promise<number> {
  const format = options.format as (typeof BRIEF_FORMATS)[number];
  if (!BRIEF_FORMATS.includes(format)) {
    throw new ParleyError('bad-request', `Unknown format "${options.format}": choose one of ${BRIEF_FORMATS.join(', ')} (PDF is not available yet).`);
  }
  const exported = await withNotebook(options, { create: false }, (call) => call('briefs.export', { id, format }));
  const bytes = Buffer.from(exported.dataBase64, 'base64');
  if (options.out === '-') {
    process.stdout.write(bytes);
    return 0;
  }
  const file = path.resolve(options.out);
  try {
    await writeFile(file, bytes);
  } catch (error) {
    throw new ParleyError('io-failed', `Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  output.result({ file, format, mediaType: exported.mediaType }, () => [`wrote ${format} to ${file}`]);
  return 0;
}
