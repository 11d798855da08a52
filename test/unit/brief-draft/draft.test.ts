import { describe, expect, it } from 'vitest';
import { draftDocument, draftTitle } from '../../../shared/brief';
import { newStamp } from '../../../shared/model';
import { outline } from './outline';
import { annotation, contextOf, entity, proposal, source } from './records';

describe('a draft from a proposal', () => {
  const gazette = source('Harbour talks resume', 'Harbour Gazette', '2031-03-04');
  const coalition = entity('Northern Coalition', { kind: 'organisation' });
  const mediator = entity('Daniel Ferreira');
  const pause = annotation(gazette, 'a 48-hour pause', 10);
  const monitors = annotation(gazette, 'monitored by observers', 80);
  const accepted = annotation(gazette, 'the coalition accepted the pause', 200);
  const floated = annotation(gazette, 'mediators floated a pause', 300);
  const stance = annotation(gazette, 'we support any pause', 400);
  const context = contextOf({ sources: [gazette], annotations: [pause, monitors, accepted, floated, stance], entities: [coalition, mediator] });
  const deletedAnnotation = newStamp().id;

  const record = proposal({
    title: 'Tessalian proposal: 48-hour pause',
    summary: 'A pause in the harbour district while talks go on.',
    mediators: [mediator.id],
    terms: [
      { id: newStamp().id, label: 'duration', value: '48 hours', evidence: [pause.id, deletedAnnotation] },
      { id: newStamp().id, label: 'monitoring', value: 'observers in the corridor', evidence: [monitors.id] },
    ],
    // Recorded out of order: the draft puts the timeline in date order, undated last.
    statusEvents: [
      { id: newStamp().id, date: '2031-03-06', status: 'accepted', actorId: coalition.id, note: 'with monitors', evidence: [accepted.id] },
      { id: newStamp().id, date: null, status: 'under-negotiation', actorId: null, note: '', evidence: [] },
      { id: newStamp().id, date: '2031-03-04', status: 'floated', actorId: null, note: '', evidence: [floated.id] },
    ],
    positions: [{ id: newStamp().id, partyId: coalition.id, stance: 'supports', note: 'if monitored', evidence: [stance.id] }],
  });

  it('lays out the title, summary, terms, status timeline and positions, each fact followed by its citations', () => {
    expect(outline(draftDocument({ kind: 'proposal', record }, [], context))).toEqual([
      '## Tessalian proposal: 48-hour pause',
      'A pause in the harbour district while talks go on.',
      'Mediators: @Daniel Ferreira',
      '### Terms',
      '- duration: 48 hours [“a 48-hour pause”]',
      '- monitoring: observers in the corridor [“monitored by observers”]',
      '### Status',
      '- Floated, 4 March 2031 [“mediators floated a pause”]',
      '- Accepted, 6 March 2031, by @Northern Coalition — with monitors [“the coalition accepted the pause”]',
      '- Under negotiation, date unknown',
      '### Positions',
      '- @Northern Coalition supports — if monitored [“we support any pause”]',
    ]);
  });

  it('binds each citation to its annotation and source, and each chip to its record', () => {
    const document = draftDocument({ kind: 'proposal', record }, [], context);
    const json = JSON.stringify(document);
    expect(json).toContain(JSON.stringify({ type: 'citation', version: 1, annotationId: pause.id, sourceId: gazette.id, quote: 'a 48-hour pause' }));
    expect(json).toContain(JSON.stringify({ type: 'record-mention', version: 1, kind: 'entity', recordId: coalition.id, label: 'Northern Coalition' }));
    expect(json).not.toContain(deletedAnnotation);
  });

  it('leaves out sections the proposal has nothing for, and adds asked-for citations after the facts', () => {
    const bare = proposal({ title: 'Bare proposal' });
    expect(outline(draftDocument({ kind: 'proposal', record: bare }, [stance, pause], context))).toEqual([
      '## Bare proposal',
      '[“we support any pause”]',
      '[“a 48-hour pause”]',
    ]);
  });

  it('is titled after the record unless a title is given', () => {
    expect(draftTitle({ kind: 'proposal', record })).toBe('Brief: Tessalian proposal: 48-hour pause');
    expect(draftTitle({ kind: 'entity', record: coalition })).toBe('Brief: Northern Coalition');
    expect(draftTitle(undefined)).toBe('Untitled brief');
  });
});

describe('a draft from an entity', () => {
  const later = source('Coalition walks out', 'Evening Post', '2031-03-09');
  const undated = source('Radio report', '', null);
  const earlier = source('Harbour talks resume', 'Harbour Gazette', '2031-03-04');
  const ferreira = entity('Daniel Ferreira', { aliases: ['D. Ferreira', 'Ferreira'], title: 'mediator' });
  const other = entity('Port Selen', { kind: 'place' });
  const link = (id: string) => [{ kind: 'entity' as const, recordId: id, role: 'mention' as const }];
  const annotations = [
    annotation(later, 'Ferreira said the talks would go on', 50, link(ferreira.id)),
    annotation(undated, 'D. Ferreira on the radio', 5, link(ferreira.id)),
    annotation(earlier, 'Daniel Ferreira arrived', 120, link(ferreira.id), 'first sighting'),
    annotation(earlier, 'Ferreira, the mediator', 20, link(ferreira.id)),
    annotation(earlier, 'Port Selen', 0, link(other.id)),
    annotation(later, 'an unlinked remark', 10),
  ];
  const context = contextOf({ sources: [later, undated, earlier], annotations, entities: [ferreira, other] });

  it('lists its linked mentions source by source, oldest source first and undated last, in text order', () => {
    expect(outline(draftDocument({ kind: 'entity', record: ferreira }, [], context))).toEqual([
      '## Daniel Ferreira',
      'Person, mediator. Also known as D. Ferreira, Ferreira.',
      '### Mentions by source',
      '#### Harbour talks resume, Harbour Gazette, 4 March 2031',
      '- [“Ferreira, the mediator”]',
      '- first sighting: [“Daniel Ferreira arrived”]',
      '#### Coalition walks out, Evening Post, 9 March 2031',
      '- [“Ferreira said the talks would go on”]',
      '#### Radio report',
      '- [“D. Ferreira on the radio”]',
    ]);
  });

  it('carries the words of its notes over as paragraphs', () => {
    const notes = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Speaks for the ', format: 0 }, { type: 'text', text: 'mediators', format: 1 }] },
          { type: 'paragraph', children: [] },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Based in Port Selen', format: 0 }] }] },
        ],
      },
    };
    const place = entity('Harbour office', { kind: 'organisation', notes });
    expect(outline(draftDocument({ kind: 'entity', record: place }, [], context))).toEqual([
      '## Harbour office',
      'Organisation.',
      'Speaks for the mediators',
      'Based in Port Selen',
    ]);
  });
});
