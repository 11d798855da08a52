import { describe, expect, it } from 'vitest';
import { call, must, newNotebook, reopen } from '../core/support/notebook';
import { addPerson, annotateWords, entityLink, importSelvaReports } from './support';

async function pauseNotebook() {
  const notebook = await newNotebook();
  const [one, two, three] = (await importSelvaReports(notebook)) as [string, string, string];
  const envoy = await addPerson(notebook, 'Ilse Brandvold');
  const front = await must(notebook, 'entities.create', { kind: 'group', name: 'Aurelian Front' });
  const government = await must(notebook, 'entities.create', { kind: 'organisation', name: 'Government of Lorenza' });
  const pause = await must(notebook, 'proposals.create', {
    title: 'Northern Council draft: 72-hour pause',
    proposedBy: [envoy.id],
    parties: [front.id, government.id],
  });
  const duration = await annotateWords(notebook, one, 'a 72-hour pause', [{ kind: 'proposal', recordId: pause.id, role: 'term' }]);
  const accepted = await annotateWords(notebook, two, 'it accepted the 72-hour pause', [entityLink(front.id)]);
  const collapsed = await annotateWords(notebook, three, 'collapsed on Friday', [{ kind: 'proposal', recordId: pause.id, role: 'status' }]);
  return { notebook, envoy, front, government, pause, evidence: { duration, accepted, collapsed } };
}

describe('proposal terms, status events and positions with evidence', () => {
  it('keeps each fact with evidence that resolves to its span, across a reopen', async () => {
    const { notebook, front, government, pause, evidence } = await pauseNotebook();
    const ids = ['01980000-0000-7000-8000-0000000000a1', '01980000-0000-7000-8000-0000000000a2', '01980000-0000-7000-8000-0000000000a3'];
    await must(notebook, 'proposals.update', {
      id: pause.id,
      rev: pause.rev,
      fields: {
        terms: [{ id: ids[0]!, label: 'duration', value: '72 hours', evidence: [evidence.duration.id] }],
        statusEvents: [
          { id: ids[1]!, status: 'collapsed', date: '2031-04-11', evidence: [evidence.collapsed.id] },
          { id: ids[2]!, status: 'accepted', date: '2031-04-09', actorId: front.id, evidence: [evidence.accepted.id] },
        ],
        positions: [{ id: '01980000-0000-7000-8000-0000000000a4', partyId: government.id, stance: 'conditions', note: 'asks for more time' }],
      },
    });

    const reopened = await reopen(notebook);
    const saved = await must(reopened, 'proposals.get', { id: pause.id });
    expect(saved.rev).toBe(pause.rev + 1);
    expect(saved.terms).toEqual([{ id: ids[0], label: 'duration', value: '72 hours', evidence: [evidence.duration.id] }]);
    expect(saved.positions[0]).toMatchObject({ partyId: government.id, stance: 'conditions', evidence: [] });
    const quotes = [];
    for (const event of saved.statusEvents) {
      for (const id of event.evidence) quotes.push((await must(reopened, 'annotations.get', { id })).target.quote.exact);
    }
    expect(quotes).toEqual(['collapsed on Friday', 'it accepted the 72-hour pause']);
  });

  it('refuses evidence that is not an annotation and a party that is not an entity, but not stale evidence already there', async () => {
    const { notebook, pause, evidence } = await pauseNotebook();
    const missing = '01980000-0000-7000-8000-00000000beef';
    const term = { id: '01980000-0000-7000-8000-0000000000b1', label: 'duration', value: '72 hours' };
    const badEvidence = await call(notebook, 'proposals.update', { id: pause.id, fields: { terms: [{ ...term, evidence: [missing] }] } });
    expect(badEvidence).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining(missing) } });
    const badParty = await call(notebook, 'proposals.update', { id: pause.id, fields: { parties: [missing] } });
    expect(badParty).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call(notebook, 'proposals.create', { title: 'Ghost', mediators: [missing] })).toMatchObject({ ok: false });

    await must(notebook, 'proposals.update', { id: pause.id, fields: { terms: [{ ...term, evidence: [evidence.duration.id] }] } });
    await must(notebook, 'annotations.delete', { id: evidence.duration.id });
    const renamed = await must(notebook, 'proposals.update', { id: pause.id, fields: { title: '72-hour pause (Northern Council)' } });
    expect(renamed.terms[0]!.evidence).toEqual([evidence.duration.id]);
  });

  it('refuses a write from a stale revision', async () => {
    const { notebook, pause } = await pauseNotebook();
    await must(notebook, 'proposals.update', { id: pause.id, fields: { summary: 'Pause for aid workers and prisoners' } });
    const stale = await call(notebook, 'proposals.update', { id: pause.id, rev: pause.rev, fields: { summary: 'older' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
