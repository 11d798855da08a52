import { describe, expect, it } from 'vitest';
import { must, newNotebook } from '../core/support/notebook';

const TEXT = [
  'Mediators in São Tomé proposed a three-day pause.',
  'The Northern Alliance rejected the corridor plan on Monday.',
  'Observers expect talks to resume in Doha.',
].join('\n\n');

async function annotated() {
  const notebook = await newNotebook();
  const outcome = await must(notebook, 'sources.importText', { text: TEXT, title: 'Pause proposed' });
  if (outcome.status !== 'imported') throw new Error('duplicate');
  const sourceId = outcome.source.id;
  const annotate = (quote: string, extra: { comment?: string; tags?: string[] } = {}) => {
    const start = TEXT.indexOf(quote);
    return must(notebook, 'annotations.create', { sourceId, start, end: start + quote.length, ...extra });
  };
  const pause = await annotate('São Tomé proposed a three-day pause', { tags: ['terms'] });
  const rejected = await annotate('rejected the corridor plan', { comment: 'First refusal on record' });
  const doha = await annotate('resume in Doha');
  return { notebook, pause, rejected, doha };
}

describe('finding an annotation to cite', () => {
  it('finds annotations holding every word of the query in the quote, comment or tags', async () => {
    const { notebook, pause, rejected } = await annotated();
    expect((await must(notebook, 'annotations.find', { query: 'three pause' })).map((a) => a.id)).toEqual([pause.id]);
    expect((await must(notebook, 'annotations.find', { query: 'refusal' })).map((a) => a.id)).toEqual([rejected.id]);
    expect((await must(notebook, 'annotations.find', { query: 'TERMS' })).map((a) => a.id)).toEqual([pause.id]);
    expect(await must(notebook, 'annotations.find', { query: 'pause corridor' })).toEqual([]);
  });

  it('ignores case and accents, and lists the newest first when the query is empty', async () => {
    const { notebook, pause, rejected, doha } = await annotated();
    expect((await must(notebook, 'annotations.find', { query: 'DOHA' })).map((a) => a.id)).toEqual([doha.id]);
    expect((await must(notebook, 'annotations.find', { query: 'sao tome' })).map((a) => a.id)).toEqual([pause.id]);
    expect((await must(notebook, 'annotations.find', { query: '' })).map((a) => a.id)).toEqual([doha.id, rejected.id, pause.id]);
    expect(await must(notebook, 'annotations.find', { query: '', limit: 1 })).toHaveLength(1);
  });
});
