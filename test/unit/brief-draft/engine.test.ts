import { describe, expect, it } from 'vitest';
import type { OpenNotebook } from '../../../electron/core/notebook';
import { newRecordId, type RecordLink } from '../../../shared/model';
import { call, must, newNotebook, reopen } from '../core/support/notebook';
import { outline } from './outline';

const MONDAY = 'PORT SELEN — Mediators floated a 48-hour pause on Monday. Daniel Ferreira said monitors would watch the corridor.';
const FRIDAY = 'PORT SELEN — The Northern Coalition accepted the pause on Friday. D. Ferreira called it a first step.';

async function importSource(notebook: OpenNotebook, text: string, title: string, date: string) {
  const outcome = await must(notebook, 'sources.importText', { text, title });
  if (outcome.status !== 'imported') throw new Error('duplicate');
  await must(notebook, 'sources.update', { id: outcome.source.id, fields: { outlet: 'Harbour Gazette', publishedAt: { precision: 'day', date } } });
  return { id: outcome.source.id, text };
}

async function annotate(notebook: OpenNotebook, source: { id: string; text: string }, words: string, links: RecordLink[] = []) {
  const start = source.text.indexOf(words);
  return must(notebook, 'annotations.create', { sourceId: source.id, start, end: start + words.length, links });
}

/** Two days of reports, two records of one mediator, and a proposal whose facts cite them. */
async function pauseNotebook() {
  const notebook = await newNotebook();
  // Imported newest first: the entity draft must still put Monday first.
  const friday = await importSource(notebook, FRIDAY, 'Coalition accepts pause', '2031-03-07');
  const monday = await importSource(notebook, MONDAY, 'Pause floated', '2031-03-03');
  const ferreira = await must(notebook, 'entities.create', { kind: 'person', name: 'Daniel Ferreira' });
  const duplicate = await must(notebook, 'entities.create', { kind: 'person', name: 'D. Ferreira' });
  const coalition = await must(notebook, 'entities.create', { kind: 'organisation', name: 'Northern Coalition' });
  const mention = (id: string): RecordLink => ({ kind: 'entity', recordId: id, role: 'mention' });
  const floated = await annotate(notebook, monday, 'floated a 48-hour pause');
  const monitors = await annotate(notebook, monday, 'Daniel Ferreira said monitors would watch the corridor', [mention(ferreira.id)]);
  const accepted = await annotate(notebook, friday, 'accepted the pause', [mention(coalition.id)]);
  const firstStep = await annotate(notebook, friday, 'D. Ferreira called it a first step', [mention(duplicate.id)]);
  const proposal = await must(notebook, 'proposals.create', {
    title: 'Tessalian proposal: 48-hour pause',
    mediators: [duplicate.id],
    terms: [{ id: newRecordId(), label: 'duration', value: '48 hours', evidence: [floated.id] }],
    statusEvents: [
      { id: newRecordId(), date: '2031-03-07', status: 'accepted', actorId: coalition.id, evidence: [accepted.id] },
      { id: newRecordId(), date: '2031-03-03', status: 'floated', evidence: [floated.id] },
    ],
    positions: [{ id: newRecordId(), partyId: coalition.id, stance: 'supports', evidence: [accepted.id] }],
  });
  return { notebook, ferreira, duplicate, coalition, proposal, annotations: { floated, monitors, accepted, firstStep } };
}

describe('briefs.draft', () => {
  it('creates one brief drafted from a proposal, with the asked-for citations after its facts', async () => {
    const { notebook, proposal, annotations } = await pauseNotebook();
    const brief = await must(notebook, 'briefs.draft', { from: { kind: 'proposal', id: proposal.id }, cite: [annotations.firstStep.id] });
    expect(brief.title).toBe('Brief: Tessalian proposal: 48-hour pause');
    expect((await must(notebook, 'briefs.list', {})).map((b) => b.id)).toEqual([brief.id]);
    // On disk, not only in memory.
    const again = await reopen(notebook);
    expect(outline((await must(again, 'briefs.get', { id: brief.id })).content)).toEqual([
      '## Tessalian proposal: 48-hour pause',
      'Mediators: @D. Ferreira',
      '### Terms',
      '- duration: 48 hours [“floated a 48-hour pause”]',
      '### Status',
      '- Floated, 3 March 2031 [“floated a 48-hour pause”]',
      '- Accepted, 7 March 2031, by @Northern Coalition [“accepted the pause”]',
      '### Positions',
      '- @Northern Coalition supports [“accepted the pause”]',
      '[“D. Ferreira called it a first step”]',
    ]);
  });

  it('drafts from an entity its linked mentions, source by source in date order', async () => {
    const { notebook, ferreira } = await pauseNotebook();
    const brief = await must(notebook, 'briefs.draft', { title: 'Ferreira so far', from: { kind: 'entity', id: ferreira.id } });
    expect(brief.title).toBe('Ferreira so far');
    expect(outline(brief.content)).toEqual([
      '## Daniel Ferreira',
      'Person.',
      '### Mentions by source',
      '#### Pause floated, Harbour Gazette, 3 March 2031',
      '- [“Daniel Ferreira said monitors would watch the corridor”]',
    ]);
  });

  it('without a record, is an untitled brief of the cited annotations, one paragraph each', async () => {
    const { notebook, annotations } = await pauseNotebook();
    const brief = await must(notebook, 'briefs.draft', { cite: [annotations.accepted.id, annotations.floated.id] });
    expect(brief.title).toBe('Untitled brief');
    expect(outline(brief.content)).toEqual(['[“accepted the pause”]', '[“floated a 48-hour pause”]']);
  });

  it('answers not-found naming the missing record or annotation, and creates nothing', async () => {
    const { notebook, annotations } = await pauseNotebook();
    const missing = newRecordId();
    const noProposal = await call(notebook, 'briefs.draft', { from: { kind: 'proposal', id: missing } });
    expect(noProposal).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!noProposal.ok && noProposal.error.message).toContain(`proposal with id ${missing}`);
    const noEntity = await call(notebook, 'briefs.draft', { from: { kind: 'entity', id: missing } });
    expect(!noEntity.ok && noEntity.error.message).toContain(`entity with id ${missing}`);
    const noAnnotation = await call(notebook, 'briefs.draft', { cite: [annotations.floated.id, missing] });
    expect(noAnnotation).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!noAnnotation.ok && noAnnotation.error.message).toContain(`annotation with id ${missing}`);
    expect(await must(notebook, 'briefs.list', {})).toEqual([]);
  });
});
