import { Annotation, Entity, Proposal, SourceMeta, type AnchoringState, type RecordLink } from '../../../shared/model';
import type { SourceExportInput } from '../../../shared/source-export';

/**
 * An article with overlapping highlights, links to two entities and a proposal, comments,
 * an orphaned annotation, and text that must be escaped in every format.
 */
export const ID = {
  source: '00000000-0000-4000-8000-00000000000a',
  version: '00000000-0000-4000-8000-0000000000f1',
  oldVersion: '00000000-0000-4000-8000-0000000000f0',
  haddad: '00000000-0000-4000-8000-0000000000e1',
  coalition: '00000000-0000-4000-8000-0000000000e2',
  pause: '00000000-0000-4000-8000-0000000000b1',
  gone: '00000000-0000-4000-8000-0000000000e9',
};

export const TEXT = [
  'Ceasefire talks resume in Port Selen',
  'Mediators from Tessaly proposed a 48-hour pause on Tuesday. Rami Haddad said the *draft* was "fragile" <script>alert(1)</script>.\n# Not a heading [^9]',
  'The Northern Coalition rejected the pause within hours.',
].join('\n\n');

const stamp = { createdAt: '2031-03-04T10:00:00.000Z', updatedAt: '2031-03-04T10:00:00.000Z', rev: 1 };

export function span(quote: string, occurrence = 1): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = TEXT.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in the fixture text`);
  return { start, end: start + quote.length };
}

let counter = 0;
export function annotation(
  quote: string,
  fields: { links?: RecordLink[]; comment?: string; tags?: string[]; anchoring?: AnchoringState; at?: { start: number; end: number }; versionId?: string } = {},
): Annotation {
  const at = fields.at ?? span(quote);
  counter += 1;
  return Annotation.parse({
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    ...stamp,
    sourceId: ID.source,
    versionId: fields.versionId ?? ID.version,
    anchoring: fields.anchoring ?? 'anchored',
    links: fields.links ?? [],
    comment: fields.comment ?? '',
    tags: fields.tags ?? [],
    target: { quote: { exact: quote, prefix: '', suffix: '' }, position: at },
  });
}

export const source = SourceMeta.parse({
  id: ID.source, ...stamp, title: 'Ceasefire talks resume in Port Selen', outlet: 'Harbour Gazette', authors: ['Mira Okonjo', 'Tomas Rell'],
  publishedAt: { precision: 'day', date: '2031-03-04' }, url: 'https://gazette.example/talks?id=1&x=2', language: 'en', direction: 'ltr',
  importedAt: stamp.createdAt, fileName: 'talks.txt', format: 'txt', currentVersionId: ID.version, contentHash: 'a'.repeat(64),
});

export const entities = new Map([
  [ID.haddad, Entity.parse({ id: ID.haddad, ...stamp, name: 'Rami Haddad', kind: 'person', title: 'chief mediator' })],
  [ID.coalition, Entity.parse({ id: ID.coalition, ...stamp, name: 'Northern Coalition', kind: 'organisation' })],
]);
export const proposals = new Map([[ID.pause, Proposal.parse({ id: ID.pause, ...stamp, title: 'Tessalian proposal: 48-hour pause' })]]);

export const haddad: RecordLink = { kind: 'entity', recordId: ID.haddad, role: 'mention' };
export const coalition: RecordLink = { kind: 'entity', recordId: ID.coalition, role: 'position' };
export const pauseTerm: RecordLink = { kind: 'proposal', recordId: ID.pause, role: 'term' };
export const pauseStatus: RecordLink = { kind: 'proposal', recordId: ID.pause, role: 'status' };

/** The article as a researcher left it: five spans (two overlapping) and one orphan. */
export function articleInput(): SourceExportInput {
  return {
    source,
    version: { id: ID.version, text: TEXT },
    entities,
    proposals,
    annotations: [
      annotation('Rami Haddad', { links: [haddad] }),
      annotation('a 48-hour pause', { links: [pauseTerm], comment: 'Duration first floated here.', tags: ['duration'] }),
      annotation('48-hour pause on Tuesday', { comment: 'Check the day\nagainst the radio report.' }),
      annotation('rejected the pause', { links: [coalition, pauseStatus] }),
      annotation('the talks collapsed', { links: [haddad], comment: 'Lost after an edit.', anchoring: 'orphaned', at: { start: 5, end: 24 } }),
    ],
  };
}
