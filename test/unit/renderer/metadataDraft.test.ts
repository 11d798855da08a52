import { describe, expect, it } from 'vitest';
import type { SourceMeta } from '../../../shared/model';
import { checkDraft, draftOf, parseAuthors, withPrecision } from '../../../renderer/logic/metadataDraft';

const meta = {
  id: '00000000-0000-7000-8000-000000000001',
  title: 'Ceasefire talks resume',
  outlet: 'Harbour Gazette',
  authors: ['Rania Haddad', 'Tom Ellis'],
  publishedAt: { precision: 'day', date: '2025-03-14' },
  url: null,
  language: 'en',
  direction: 'auto',
  metadataConfirmed: false,
  guesses: {},
} as unknown as SourceMeta;

describe('parseAuthors', () => {
  it('splits on commas, or only on line breaks once there are any', () => {
    expect(parseAuthors('Rania Haddad,  Tom Ellis ,')).toEqual(['Rania Haddad', 'Tom Ellis']);
    expect(parseAuthors('Haddad, Rania\nEllis, Tom\n\n')).toEqual(['Haddad, Rania', 'Ellis, Tom']);
    expect(parseAuthors('  ')).toEqual([]);
    expect(parseAuthors('Ana, Ana')).toEqual(['Ana']);
  });
});

describe('draftOf', () => {
  it('shows every field as text the form can hold', () => {
    expect(draftOf(meta)).toEqual({
      title: 'Ceasefire talks resume',
      outlet: 'Harbour Gazette',
      authors: 'Rania Haddad, Tom Ellis',
      precision: 'day',
      date: '2025-03-14',
      url: '',
      language: 'en',
      direction: 'auto',
    });
    expect(draftOf({ ...meta, authors: ['Haddad, Rania'], publishedAt: null }).authors).toBe('Haddad, Rania');
    expect(draftOf({ ...meta, publishedAt: null }).precision).toBe('unknown');
  });
});

describe('withPrecision', () => {
  it('narrows a day to its month, and asks for a day again when widening', () => {
    const month = withPrecision(draftOf(meta), 'month');
    expect(month).toMatchObject({ precision: 'month', date: '2025-03' });
    expect(withPrecision(month, 'day')).toMatchObject({ precision: 'day', date: '' });
    expect(withPrecision(month, 'unknown')).toMatchObject({ precision: 'unknown', date: '' });
  });
});

describe('checkDraft', () => {
  it('sends nothing when nothing changed', () => {
    expect(checkDraft(meta, draftOf(meta))).toEqual({ fields: {}, errors: {} });
  });

  it('sends only what changed, in the engine’s shapes', () => {
    const draft = { ...draftOf(meta), outlet: ' Valdoria Post ', precision: 'month' as const, date: '2025-02', url: 'https://post.example/a', language: '' };
    expect(checkDraft(meta, draft)).toEqual({
      fields: { outlet: 'Valdoria Post', publishedAt: { precision: 'month', date: '2025-02' }, url: 'https://post.example/a', language: null },
      errors: {},
    });
    expect(checkDraft(meta, { ...draftOf(meta), precision: 'unknown', date: '' }).fields).toEqual({ publishedAt: null });
    expect(checkDraft(meta, { ...draftOf(meta), authors: 'Tom Ellis' }).fields).toEqual({ authors: ['Tom Ellis'] });
  });

  it('refuses an empty title, an impossible day, a half month and a non-web address', () => {
    const draft = { ...draftOf(meta), title: '  ', date: '2025-02-30', url: 'javascript:alert(1)' };
    const { errors } = checkDraft(meta, draft);
    expect(Object.keys(errors).sort()).toEqual(['date', 'title', 'url']);
    expect(errors.url).toMatch(/http/);
    expect(checkDraft(meta, { ...draftOf(meta), precision: 'month', date: '2025-13' }).errors.date).toMatch(/YYYY-MM/);
  });
});
