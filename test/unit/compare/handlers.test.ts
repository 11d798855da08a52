import { describe, expect, it } from 'vitest';
import type { OpenNotebook } from '../../../electron/core/notebook';
import { call, must, newNotebook } from '../core/support/notebook';

const HERALD = [
  'Mediators float pause',
  'Mediator Rami Haddad proposed a 48-hour pause in fighting around the harbour.',
  'Haddad said 200 prisoners would be released in the first phase.',
].join('\n\n');
const TIMES = [
  'Pause accepted',
  'Both sides accepted a pause of three days, according to Rami Haddad.',
  'Two hundred prisoners would be freed, officials said.',
].join('\n\n');
const COURIER = ['Fishing season opens', 'Grace Okafor opened the fishing season on Monday.'].join('\n\n');

async function addSource(notebook: OpenNotebook, text: string, outlet: string, date: string | null): Promise<string> {
  const outcome = await must(notebook, 'sources.importText', { text, title: text.split('\n')[0]! });
  if (outcome.status !== 'imported') throw new Error('duplicate');
  const publishedAt = date ? { precision: 'day' as const, date } : null;
  await must(notebook, 'sources.update', { id: outcome.source.id, fields: { outlet, publishedAt } });
  return outcome.source.id;
}

/** Three real sources (the later one imported first), linked spans, and a proposal citing them. */
async function talksNotebook() {
  const notebook = await newNotebook();
  const times = await addSource(notebook, TIMES, 'Coast Times', '2031-03-06');
  const herald = await addSource(notebook, HERALD, 'Harbour Herald', '2031-03-04');
  const courier = await addSource(notebook, COURIER, 'Bay Courier', null);
  const texts: Record<string, string> = { [herald]: HERALD, [times]: TIMES, [courier]: COURIER };
  const haddad = await must(notebook, 'entities.create', { name: 'Rami Haddad', aliases: ['Haddad'] });
  const okafor = await must(notebook, 'entities.create', { name: 'Grace Okafor' });
  const pause = await must(notebook, 'proposals.create', { title: 'Harbour pause' });
  const annotate = async (sourceId: string, quote: string, links: Array<{ kind: 'entity' | 'proposal'; recordId: string; role?: 'mention' | 'term' | 'status' }>) => {
    const start = texts[sourceId]!.indexOf(quote);
    return (await must(notebook, 'annotations.create', { sourceId, start, end: start + quote.length, links })).id;
  };
  await annotate(herald, 'Mediator Rami Haddad', [{ kind: 'entity', recordId: haddad.id }]);
  await annotate(herald, 'Haddad said', [{ kind: 'entity', recordId: haddad.id }]);
  await annotate(times, 'Rami Haddad', [{ kind: 'entity', recordId: haddad.id }]);
  await annotate(courier, 'Grace Okafor', [{ kind: 'entity', recordId: okafor.id }]);
  const heraldDuration = await annotate(herald, 'a 48-hour pause', [{ kind: 'proposal', recordId: pause.id, role: 'term' }]);
  const timesDuration = await annotate(times, 'a pause of three days', [{ kind: 'proposal', recordId: pause.id, role: 'term' }]);
  const heraldPrisoners = await annotate(herald, '200 prisoners would be released', [{ kind: 'proposal', recordId: pause.id, role: 'term' }]);
  const timesPrisoners = await annotate(times, 'Two hundred prisoners would be freed', [{ kind: 'proposal', recordId: pause.id, role: 'term' }]);
  const floated = await annotate(herald, 'proposed a 48-hour pause', [{ kind: 'proposal', recordId: pause.id, role: 'status' }]);
  const accepted = await annotate(times, 'Both sides accepted', [{ kind: 'proposal', recordId: pause.id, role: 'status' }]);
  await must(notebook, 'proposals.update', {
    id: pause.id,
    fields: {
      terms: [
        { id: crypto.randomUUID(), label: 'duration', value: '48 hours', evidence: [heraldDuration, timesDuration] },
        { id: crypto.randomUUID(), label: 'prisoners released', value: '200', evidence: [heraldPrisoners, timesPrisoners] },
      ],
      statusEvents: [
        { id: crypto.randomUUID(), date: '2031-03-05', status: 'accepted', evidence: [accepted] },
        { id: crypto.randomUUID(), date: '2031-03-03', status: 'floated', evidence: [floated] },
      ],
    },
  });
  return { notebook, herald, times, courier, haddad, okafor, pause, timesDuration };
}

describe('compare handlers on a real notebook', () => {
  it('compares sources in the order asked, with coverage counting their annotations', async () => {
    const { notebook, herald, times, courier, haddad, okafor, pause } = await talksNotebook();
    const comparison = await must(notebook, 'compare.sources', { sourceIds: [herald, times, courier] });
    expect(comparison.sources.map((s) => s.outlet)).toEqual(['Harbour Herald', 'Coast Times', 'Bay Courier']);
    const counts = Object.fromEntries(comparison.coverage.map((row) => [row.name, row.counts]));
    expect(counts).toEqual({
      'Rami Haddad': { [herald]: 2, [times]: 1, [courier]: 0 },
      'Harbour pause': { [herald]: 3, [times]: 3, [courier]: 0 },
      'Grace Okafor': { [herald]: 0, [times]: 0, [courier]: 1 },
    });
    expect(comparison.coverage.map((r) => r.recordId)).toEqual([pause.id, haddad.id, okafor.id]);
    const lengths: Record<string, number> = { [herald]: HERALD.length, [times]: TIMES.length, [courier]: COURIER.length };
    for (const passage of [...comparison.shared.flatMap((s) => [s.a, s.b]), ...comparison.unique]) {
      expect(passage.end).toBeLessThanOrEqual(lengths[passage.sourceId]!);
    }
  });

  it('gives coverage over every source when none are named', async () => {
    const { notebook, herald, times, courier } = await talksNotebook();
    const all = await must(notebook, 'compare.coverage', {});
    expect(all.sources.map((s) => s.id)).toEqual([times, herald, courier]);
    expect(all.coverage.find((r) => r.name === 'Grace Okafor')!.mentions[courier]).toHaveLength(1);
  });

  it('tabulates the proposal’s terms by date with the disagreeing duration flagged', async () => {
    const { notebook, herald, times, pause, timesDuration } = await talksNotebook();
    const table = await must(notebook, 'compare.terms', { proposalId: pause.id });
    expect(table.sources.map((s) => s.id)).toEqual([herald, times]);
    const [duration, prisoners] = table.rows;
    expect(duration!.disagreement).toBe('Harbour Herald: 48 hours; Coast Times: 72 hours');
    expect(duration!.cells[times]).toEqual([{ annotationId: timesDuration, quote: 'a pause of three days', figures: ['72 hours'], differs: true }]);
    expect(prisoners!.disagreement).toBeNull();
    expect(prisoners!.cells[herald]![0]!.differs).toBe(false);
  });

  it('skips evidence whose annotation was deleted', async () => {
    const { notebook, times, pause, timesDuration } = await talksNotebook();
    await must(notebook, 'annotations.delete', { id: timesDuration });
    const [duration] = (await must(notebook, 'compare.terms', { proposalId: pause.id })).rows;
    expect(duration!.cells[times]).toEqual([]);
    expect(duration!.disagreement).toBeNull();
  });

  it('plots the proposal’s status events by date with who reported each', async () => {
    const { notebook, herald, times, pause } = await talksNotebook();
    const timeline = await must(notebook, 'compare.timeline', { proposalId: pause.id });
    expect(timeline.events.map((e) => [e.status, e.reports.map((r) => r.sourceId)])).toEqual([
      ['floated', [herald]],
      ['accepted', [times]],
    ]);
    expect(timeline.sources.map((s) => s.id)).toEqual([herald, times]);
  });

  it('names an unknown source or proposal in a not-found error, and refuses a source twice', async () => {
    const { notebook, herald } = await talksNotebook();
    const missing = '00000000-0000-4000-8000-00000000dead';
    const unknownSource = await call(notebook, 'compare.sources', { sourceIds: [herald, missing] });
    expect(unknownSource).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!unknownSource.ok && unknownSource.error.message).toContain(missing);
    for (const result of [
      await call(notebook, 'compare.coverage', { sourceIds: [missing] }),
      await call(notebook, 'compare.terms', { proposalId: missing }),
      await call(notebook, 'compare.timeline', { proposalId: missing }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining(missing) } });
    }
    const twice = await call(notebook, 'compare.sources', { sourceIds: [herald, herald] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
