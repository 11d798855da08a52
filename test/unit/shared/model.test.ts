import { describe, expect, it } from 'vitest';
import {
  Annotation,
  BriefFile,
  BriefMeta,
  Entity,
  migrate,
  newRecordId,
  newStamp,
  nextStamp,
  NotebookFile,
  Proposal,
  SourceFile,
  SourceMeta,
  TextVersion,
} from '../../../shared/model';

const stamp = newStamp(new Date('2024-05-02T10:00:00.000Z'));
const hash = 'a'.repeat(64);

describe('record stamps', () => {
  it('move rev and updatedAt on, keeping id and createdAt', () => {
    const next = nextStamp(stamp, new Date('2024-05-03T10:00:00.000Z'));
    expect(next).toEqual({ id: stamp.id, createdAt: stamp.createdAt, updatedAt: '2024-05-03T10:00:00.000Z', rev: 2 });
  });

  it('ids are unique UUIDs', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newRecordId()));
    expect(ids.size).toBe(100);
  });
});

describe('Entity', () => {
  it('accepts a minimal entity and fills defaults', () => {
    expect(Entity.parse({ ...stamp, name: '  Amal Haddad ' })).toMatchObject({ name: 'Amal Haddad', kind: 'person', aliases: [], notes: null });
  });
  it('rejects an empty name, an unknown kind and a non-UUID id', () => {
    expect(Entity.safeParse({ ...stamp, name: ' ' }).success).toBe(false);
    expect(Entity.safeParse({ ...stamp, name: 'X', kind: 'robot' }).success).toBe(false);
    expect(Entity.safeParse({ ...stamp, id: '42', name: 'X' }).success).toBe(false);
    expect(Entity.safeParse({ ...stamp, rev: 0, name: 'X' }).success).toBe(false);
  });
});

describe('Proposal', () => {
  it('accepts terms, status events and positions', () => {
    const proposal = Proposal.parse({
      ...stamp,
      title: 'Egyptian proposal: 48-hour pause',
      terms: [{ id: newRecordId(), label: 'duration', value: '48 hours' }],
      statusEvents: [{ id: newRecordId(), status: 'rejected', date: '2024-05-04', actorId: newRecordId() }],
      positions: [{ id: newRecordId(), partyId: newRecordId(), stance: 'conditions' }],
    });
    expect(proposal.terms[0]?.evidence).toEqual([]);
  });
  it('rejects an unknown status and a malformed date', () => {
    expect(Proposal.safeParse({ ...stamp, title: 'P', statusEvents: [{ id: newRecordId(), status: 'maybe' }] }).success).toBe(false);
    expect(Proposal.safeParse({ ...stamp, title: 'P', statusEvents: [{ id: newRecordId(), status: 'floated', date: '4 May' }] }).success).toBe(
      false,
    );
  });
});

describe('sources', () => {
  const meta = {
    ...stamp,
    title: 'Talks resume',
    importedAt: stamp.createdAt,
    fileName: 'a.txt',
    format: 'txt',
    currentVersionId: newRecordId(),
    contentHash: hash,
  };
  it('accepts source metadata with day or month precision', () => {
    expect(SourceMeta.parse(meta)).toMatchObject({ outlet: '', direction: 'auto', publishedAt: null });
    expect(SourceMeta.safeParse({ ...meta, publishedAt: { precision: 'month', date: '2024-05' } }).success).toBe(true);
  });
  it('rejects a bad hash, a non-http URL and a day date given as a month', () => {
    expect(SourceMeta.safeParse({ ...meta, contentHash: 'abc' }).success).toBe(false);
    expect(SourceMeta.safeParse({ ...meta, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(SourceMeta.safeParse({ ...meta, publishedAt: { precision: 'day', date: '2024-05' } }).success).toBe(false);
  });
  it('a source file needs at least one version', () => {
    const version = TextVersion.parse({ id: newRecordId(), text: 'T', hash, createdAt: stamp.createdAt, reason: 'imported' });
    const file = { schemaVersion: 1, sourceId: newRecordId(), versions: [version], annotations: [], tombstones: [] };
    expect(SourceFile.safeParse(file).success).toBe(true);
    expect(SourceFile.safeParse({ ...file, versions: [] }).success).toBe(false);
  });
});

describe('Annotation', () => {
  const annotation = {
    ...stamp,
    sourceId: newRecordId(),
    versionId: newRecordId(),
    target: { quote: { exact: 'Doha', prefix: 'in ', suffix: '.' }, position: { start: 3, end: 7 } },
    anchoring: 'anchored',
    links: [{ kind: 'entity', recordId: newRecordId() }],
  };
  it('accepts an annotation and defaults the link role to mention', () => {
    expect(Annotation.parse(annotation).links[0]?.role).toBe('mention');
  });
  it('rejects an empty quote, an inverted position and a context over 32 characters', () => {
    expect(Annotation.safeParse({ ...annotation, target: { ...annotation.target, quote: { exact: '', prefix: '', suffix: '' } } }).success).toBe(false);
    expect(Annotation.safeParse({ ...annotation, target: { ...annotation.target, position: { start: 7, end: 3 } } }).success).toBe(false);
    expect(
      Annotation.safeParse({ ...annotation, target: { ...annotation.target, quote: { exact: 'x', prefix: 'p'.repeat(33), suffix: '' } } }).success,
    ).toBe(false);
  });
});

describe('briefs and notebook files', () => {
  it('accept a brief meta and file, reject an empty title', () => {
    expect(BriefMeta.safeParse({ ...stamp, title: 'Weekly' }).success).toBe(true);
    expect(BriefMeta.safeParse({ ...stamp, title: '' }).success).toBe(false);
    expect(BriefFile.safeParse({ schemaVersion: 1, briefId: stamp.id, content: { root: {} } }).success).toBe(true);
  });
  it('a notebook file must be at the current schema version', () => {
    const file = { schemaVersion: 1, id: newRecordId(), title: 'N', createdAt: stamp.createdAt, sources: [], entities: [], proposals: [], briefs: [], tombstones: [] };
    expect(NotebookFile.safeParse(file).success).toBe(true);
    expect(NotebookFile.safeParse({ ...file, schemaVersion: 2 }).success).toBe(false);
  });
  it('migrate refuses files from a newer Parley and files without a version', () => {
    expect(() => migrate('notebook', { schemaVersion: 5 })).toThrow(/newer Parley/);
    expect(() => migrate('source', {})).toThrow(/schemaVersion/);
    expect(() => migrate('brief', [])).toThrow(/not a JSON object/);
  });
});
