import { dispatch } from '../../../../electron/core/dispatch';
import { openNotebook, type OpenNotebook } from '../../../../electron/core/notebook';
import type { OperationName, RequestOf, ResponseOf } from '../../../../shared/contract';
import { currentVersion, type RecordLink } from '../../../../shared/model';
import { generateArticle, generateCast, highlightSpans, Random } from '../../corpus';

export interface ReaderNotebook {
  bigId: string;
  smallId: string;
  /** Every annotation on the big source: all of them must be painted after opening it. */
  annotationIds: string[];
  /** The big source's text, to choose fresh spans for link-entity from. */
  text: string;
  /** The entity the link-entity repetitions pick in the typeahead. */
  linkName: string;
}

async function must<K extends OperationName>(notebook: OpenNotebook, operation: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const result = await dispatch(notebook.handlers, operation, request);
  if (!result.ok) throw new Error(`${operation} failed: ${result.error.message}`);
  return result.value as ResponseOf<K>;
}

/**
 * A notebook made through the real engine from the benchmark corpus: a long article with
 * `highlights` annotations spread through it (linked to entities or proposals, or comment
 * only), and a short source to open in between, so each repetition opens the long one afresh.
 */
export async function seedReaderNotebook(folder: string, seed: number, words: number, highlights: number): Promise<ReaderNotebook> {
  const notebook = await openNotebook(folder, { create: true, title: 'Reader benchmark', backups: false });
  try {
    const random = new Random(seed ^ 0x5eade);
    const cast = generateCast(random.fork(1), 20, 3);
    const entities = [];
    for (const e of cast.entities) entities.push(await must(notebook, 'entities.create', { name: e.name, kind: e.kind, aliases: e.aliases }));
    const proposals = [];
    for (const p of cast.proposals) proposals.push(await must(notebook, 'proposals.create', { title: p.title }));
    const long = generateArticle(seed, words, cast);
    const imported = await must(notebook, 'sources.importText', { title: long.title, text: long.text });
    const small = await must(notebook, 'sources.importText', { title: 'A short note', text: generateArticle(seed + 1, 80, cast).text });
    if (imported.status !== 'imported' || small.status !== 'imported') throw new Error('the benchmark sources were taken for duplicates');
    // Spans are chosen in the text as stored, which import may have normalised.
    const text = currentVersion(await must(notebook, 'sources.get', { id: imported.source.id })).text;
    const annotationIds: string[] = [];
    for (const span of highlightSpans(text, highlights, seed)) {
      const roll = random.next();
      const links: RecordLink[] =
        roll < 0.6
          ? [{ kind: 'entity', recordId: random.pick(entities).id, role: 'mention' }]
          : roll < 0.85
            ? [{ kind: 'proposal', recordId: random.pick(proposals).id, role: 'mention' }]
            : [];
      const created = await must(notebook, 'annotations.create', {
        sourceId: imported.source.id,
        ...span,
        links,
        comment: links.length === 0 ? 'Check this against the other reports.' : '',
      });
      annotationIds.push(created.id);
    }
    return { bigId: imported.source.id, smallId: small.source.id, annotationIds, text, linkName: entities[0]!.name };
  } finally {
    await notebook.close();
  }
}
