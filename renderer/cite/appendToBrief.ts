import type { ParleyApi, Result } from '../../shared/contract';
import type { CitationNodeJson } from '../../shared/brief';
import { appendCitation } from '../../shared/brief/append';
import type { Brief } from '../../shared/model';

/**
 * Adds a citation at the end of a brief that is not open in the editor: read it, append,
 * write it back at the revision read. If the brief moved on in between (an autosave from
 * another window), read it again and retry once; a second conflict is reported, not forced.
 */
export async function appendToBrief(api: ParleyApi, briefId: string, citation: CitationNodeJson): Promise<Result<Brief>> {
  for (let attempt = 1; ; attempt += 1) {
    const read = await api['briefs.get']({ id: briefId });
    if (!read.ok) return read;
    const content = appendCitation(read.value.content, citation);
    if (!content) {
      return { ok: false, error: { code: 'bad-request', message: `“${read.value.title}” could not be read as a brief document, so nothing was added to it.` } };
    }
    const saved = await api['briefs.update']({ id: briefId, fields: { content: { ...content } }, rev: read.value.rev });
    if (saved.ok || saved.error.code !== 'conflict' || attempt === 2) return saved;
  }
}
