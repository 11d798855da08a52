import { dispatch } from '../../../../electron/core/dispatch';
import { openNotebook, type OpenNotebook } from '../../../../electron/core/notebook';
import type { OperationName, RequestOf, ResponseOf } from '../../../../shared/contract';
import { currentVersion, type RecordLink } from '../../../../shared/model';
import { Random } from '../../corpus/random';
import { READER_NAMES, readerArticle } from './article';

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

/** Word-sized spans ([start, end) offsets) of the text, skipping trailing punctuation. */
export function wordsOf(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/[^\s.,]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A notebook made through the real engine: a long source with `highlights` annotations spread
 * through it (some overlapping, linked to entities and proposals or comment-only), and a
 * short source to open in between, so each repetition opens the long one afresh.
 */
export async function seedReaderNotebook(folder: string, seed: number, words: number, highlights: number): Promise<ReaderNotebook> {
  const notebook = await openNotebook(folder, { create: true, title: 'Reader benchmark' });
  try {
    const random = new Random(seed ^ 0x5eade);
    const entities = [];
    for (const name of READER_NAMES) entities.push(await must(notebook, 'entities.create', { name }));
    const proposals = [];
    for (const title of ['Trial week for the ferry corridor', 'Joint inspection regime', 'Customs annex']) {
      proposals.push(await must(notebook, 'proposals.create', { title }));
    }
    const imported = await must(notebook, 'sources.importText', { title: 'Ferry talks: the long read', text: readerArticle(seed, words) });
    const small = await must(notebook, 'sources.importText', { title: 'A short note', text: readerArticle(seed + 1, 80) });
    if (imported.status !== 'imported' || small.status !== 'imported') throw new Error('the benchmark sources were taken for duplicates');
    const text = currentVersion(await must(notebook, 'sources.get', { id: imported.source.id })).text;
    const spread = wordsOf(text);
    const step = Math.floor(spread.length / highlights);
    const annotationIds: string[] = [];
    for (let i = 0; i < highlights; i++) {
      const first = i * step;
      // One in ten reaches into the next highlight's words, so the reader paints overlaps too.
      const last = Math.min(spread.length - 1, first + (random.chance(0.1) ? step + 1 : random.int(0, 3)));
      const roll = random.next();
      const links: RecordLink[] =
        roll < 0.6
          ? [{ kind: 'entity', recordId: random.pick(entities).id, role: 'mention' }]
          : roll < 0.85
            ? [{ kind: 'proposal', recordId: random.pick(proposals).id, role: 'mention' }]
            : [];
      const created = await must(notebook, 'annotations.create', {
        sourceId: imported.source.id,
        start: spread[first]!.start,
        end: spread[last]!.end,
        links,
        comment: links.length === 0 ? 'Check this against the port registry.' : '',
      });
      annotationIds.push(created.id);
    }
    return { bigId: imported.source.id, smallId: small.source.id, annotationIds, text, linkName: READER_NAMES[0]! };
  } finally {
    await notebook.close();
  }
}
