import type { OpenNotebook } from '../../../electron/core/notebook';
import type { RequestOf, ResponseOf } from '../../../shared/contract';
import type { PublishedDate } from '../../../shared/model';
import { must, newNotebook } from '../core/support/notebook';

export const CORRIDOR = [
  'Corridor talks stall',
  'Negotiators met in São Tomé on Tuesday to discuss a humanitarian corridor for the harbour.',
  'The ceasefire held overnight, officials said, though shelling resumed near the port at dawn.',
].join('\n\n');

export const CONVOY = [
  'Aid convoy waits',
  'Humanitarian aid reached the edge of the corridor before the convoy was turned back.',
  'Delegates who flew in from Sao Tome said the talks would continue in Doha.',
].join('\n\n');

export const MARKET = [
  'Market reopens',
  'Traders in the old market sold fish and bread for the first time since the winter.',
].join('\n\n');

export async function importSource(
  notebook: OpenNotebook,
  title: string,
  text: string,
  fields: { outlet?: string; publishedAt?: PublishedDate } = {},
): Promise<string> {
  const outcome = await must(notebook, 'sources.importText', { text, title });
  if (outcome.status !== 'imported') throw new Error(`${title} was a duplicate`);
  if (fields.outlet !== undefined || fields.publishedAt !== undefined) {
    await must(notebook, 'sources.update', { id: outcome.source.id, fields });
  }
  return outcome.source.id;
}

export async function annotate(
  notebook: OpenNotebook,
  sourceId: string,
  text: string,
  quote: string,
  extra: Partial<Pick<RequestOf<'annotations.create'>, 'comment' | 'tags' | 'links'>> = {},
): Promise<ResponseOf<'annotations.create'>> {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in the text`);
  return must(notebook, 'annotations.create', { sourceId, start, end: start + quote.length, ...extra });
}

export function search(notebook: OpenNotebook, query: string, filters: Omit<RequestOf<'search.query'>, 'query'> = {}) {
  return must(notebook, 'search.query', { query, ...filters });
}

/** Ids of the results, in order. */
export async function found(notebook: OpenNotebook, query: string, filters: Omit<RequestOf<'search.query'>, 'query'> = {}): Promise<string[]> {
  return (await search(notebook, query, filters)).results.map((r) => r.id);
}

/**
 * Three sources from two outlets (one dated to the day, one to the month, one undated), an
 * entity, a proposal, annotations linking them with tags and comments, and a brief.
 */
export async function talksNotebook() {
  const notebook = await newNotebook();
  const corridor = await importSource(notebook, 'Corridor talks stall', CORRIDOR, {
    outlet: 'Harbour Gazette',
    publishedAt: { precision: 'day', date: '2031-03-04' },
  });
  const convoy = await importSource(notebook, 'Aid convoy waits', CONVOY, {
    outlet: 'Coastal Wire',
    publishedAt: { precision: 'month', date: '2031-04' },
  });
  const market = await importSource(notebook, 'Market reopens', MARKET);
  const haddad = await must(notebook, 'entities.create', { name: 'Rami Haddad', aliases: ['Abu Sami'], description: 'Chief mediator for the harbour talks.' });
  const pause = await must(notebook, 'proposals.create', {
    title: 'Harbour pause',
    summary: 'A 48-hour pause in fighting around the port.',
    terms: [],
  });
  const negotiators = await annotate(notebook, corridor, CORRIDOR, 'Negotiators met in São Tomé', {
    tags: ['Venue'],
    links: [{ kind: 'entity', recordId: haddad.id, role: 'mention' }],
  });
  const ceasefire = await annotate(notebook, corridor, CORRIDOR, 'The ceasefire held overnight', {
    comment: 'First night without shelling reports',
    links: [{ kind: 'proposal', recordId: pause.id, role: 'status' }],
  });
  const doha = await annotate(notebook, convoy, CONVOY, 'the talks would continue in Doha', { tags: ['venue'] });
  const brief = await must(notebook, 'briefs.create', { title: 'Where the talks stand' });
  await must(notebook, 'briefs.update', {
    id: brief.id,
    fields: {
      content: {
        root: {
          type: 'root',
          children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Mediators expect a breakthrough on prisoner exchanges.', format: 0 }] }],
        },
      },
    },
  });
  return { notebook, corridor, convoy, market, haddad, pause, negotiators, ceasefire, doha, brief: brief.id };
}
