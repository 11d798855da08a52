import { describe, expect, it } from 'vitest';
import { call } from '../core/support/notebook';
import { found, talksNotebook } from './corpus';

const set = (ids: string[]) => new Set(ids);

describe('search filters', () => {
  it('keeps the kinds asked for', async () => {
    const { notebook, corridor, negotiators } = await talksNotebook();
    expect(await found(notebook, 'negotiators', { kind: ['source'] })).toEqual([corridor]);
    expect(await found(notebook, 'negotiators', { kind: ['annotation'] })).toEqual([negotiators.id]);
    expect(set(await found(notebook, 'negotiators', { kind: ['annotation', 'source'] }))).toEqual(set([corridor, negotiators.id]));
  });

  it('keeps sources of one outlet, ignoring case and accents, with the annotations in them', async () => {
    const { notebook, corridor, negotiators, ceasefire } = await talksNotebook();
    expect(set(await found(notebook, '', { outlet: 'harbour gazette' }))).toEqual(set([corridor, negotiators.id, ceasefire.id]));
    expect(await found(notebook, 'talks', { outlet: 'Coastal Wire', kind: ['source'] })).toHaveLength(1);
    expect(await found(notebook, 'talks', { outlet: 'Harbour' })).toEqual([]);
  });

  it('keeps sources published in a date range; a month-dated source counts as the whole month', async () => {
    const { notebook, corridor, convoy } = await talksNotebook();
    const sources = (from?: string, to?: string) => found(notebook, '', { kind: ['source'], from, to }).then(set);
    expect(await sources('2031-03-01', '2031-03-31')).toEqual(set([corridor]));
    expect(await sources('2031-03-05', undefined)).toEqual(set([convoy]));
    // Published "April 2031": in range for a range that touches any day of April.
    expect(await sources('2031-04-30', '2031-05-10')).toEqual(set([convoy]));
    expect(await sources('2031-02-01', '2031-04-01')).toEqual(set([corridor, convoy]));
    expect(await sources(undefined, '2031-03-03')).toEqual(set([]));
    // The undated market story is outside every range.
    expect(await sources('2000-01-01', '2100-01-01')).toEqual(set([corridor, convoy]));
  });

  it('refuses a date range whose end comes before its start', async () => {
    const { notebook } = await talksNotebook();
    const result = await call(notebook, 'search.query', { query: 'talks', from: '2031-05-01', to: '2031-04-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('2031-05-01 is after 2031-04-01') } });
  });

  it('keeps a linked record, the annotations linking it and the sources holding them', async () => {
    const { notebook, corridor, haddad, negotiators, pause, ceasefire } = await talksNotebook();
    expect(set(await found(notebook, '', { recordId: haddad.id }))).toEqual(set([haddad.id, negotiators.id, corridor]));
    expect(await found(notebook, 'ceasefire', { recordId: pause.id, kind: ['annotation'] })).toEqual([ceasefire.id]);
    expect(await found(notebook, 'doha', { recordId: haddad.id })).toEqual([]);
  });

  it('keeps annotations with a tag, whatever its case; an empty query lists them newest first', async () => {
    const { notebook, negotiators, doha } = await talksNotebook();
    expect(await found(notebook, '', { tag: 'VENUE' })).toEqual([doha.id, negotiators.id]);
    expect(await found(notebook, 'doha', { tag: 'venue' })).toEqual([doha.id]);
    expect(await found(notebook, '', { tag: 'nothing' })).toEqual([]);
  });

  it('combines filters, and counts every match while returning at most the limit', async () => {
    const { notebook, negotiators } = await talksNotebook();
    expect(await found(notebook, '', { tag: 'venue', outlet: 'Harbour Gazette' })).toEqual([negotiators.id]);
    const all = await call(notebook, 'search.query', { query: 'the', limit: 2 });
    if (!all.ok) throw new Error(all.error.message);
    expect(all.value.results).toHaveLength(2);
    expect(all.value.total).toBeGreaterThan(2);
  });
});
