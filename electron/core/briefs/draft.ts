import { draftDocument, draftTitle, type DraftContext, type DraftRecord } from '../../../shared/brief';
import type { ParsedRequestOf } from '../../../shared/contract';
import { newStamp, type Brief } from '../../../shared/model';
import type { NotebookStore } from '../store/notebook-store';

/**
 * `briefs.draft`: a new brief whose document is a first draft from a record and the
 * annotations asked for. Every id is looked up before anything is written, so a wrong id
 * (answered `not-found`, naming it) leaves no half-made brief behind.
 */
export async function draftBrief(store: NotebookStore, request: ParsedRequestOf<'briefs.draft'>): Promise<Brief> {
  const from = request.from === undefined ? undefined : draftRecord(store, request.from);
  const cited = request.cite.map((id) => store.annotation(id));
  const content = draftDocument(from, cited, draftContext(store));
  const brief = await store.createBrief({ ...newStamp(), title: request.title ?? draftTitle(from) });
  return store.updateBrief(brief.id, { content: content as unknown as Record<string, unknown> }, brief.rev);
}

function draftRecord(store: NotebookStore, from: { kind: 'entity' | 'proposal'; id: string }): DraftRecord {
  return from.kind === 'proposal' ? { kind: 'proposal', record: store.get('proposals', from.id) } : { kind: 'entity', record: store.get('entities', from.id) };
}

/** Every annotation in the notebook, sources in notebook order: the draft picks what it cites. */
function draftContext(store: NotebookStore): DraftContext {
  const sources = store.list('sources');
  return {
    annotations: new Map(sources.flatMap((s) => store.sourceAnnotations(s.id)).map((a) => [a.id, a])),
    sources: new Map(sources.map((s) => [s.id, s])),
    entities: new Map(store.list('entities').map((e) => [e.id, e])),
  };
}
