import { describe, expect, it } from 'vitest';
import { type MetadataHint, guessFromText, mergeHints } from '../../../../shared/import';
import { SourceFields } from '../../../../shared/model';
import { NOW, article } from './fixture';

describe('mergeHints', () => {
  it('keeps the most confident clue per field', () => {
    const merged = mergeHints(guessFromText(article('leading-date.txt'), { now: NOW }));
    expect(merged.fields.publishedAt).toEqual({ precision: 'day', date: '2024-03-03' });
    expect(merged.guesses.publishedAt).toEqual({ confidence: 0.8, from: 'published-line' });
    expect(merged.fields.authors).toEqual(['Mira Okonjo']);
  });

  it('gathers a whole article into fields that the metadata form accepts', () => {
    const merged = mergeHints(guessFromText(article('furniture.txt'), { now: NOW }));
    expect(merged.fields).toEqual({
      title: 'Harbour talks: mediators float 48-hour pause',
      authors: ['Mira Okonjo'],
      publishedAt: { precision: 'day', date: '2024-03-03' },
      outlet: 'Harbour Gazette',
      language: 'en',
      direction: 'ltr',
    });
    expect(merged.guesses.outlet).toEqual({ confidence: 0.7, from: 'copyright' });
    expect(merged.guesses.authors).toEqual({ confidence: 0.8, from: 'byline' });
    expect(() => SourceFields.parse(merged.fields)).not.toThrow();
  });

  it('prefers a file clue to a text clue of equal confidence, whatever the order', () => {
    const text: MetadataHint = { field: 'outlet', value: 'Harbour Gazette', confidence: 0.7, from: 'copyright' };
    const file: MetadataHint = { field: 'outlet', value: 'The Harbour Gazette', confidence: 0.7, from: 'html-meta' };
    expect(mergeHints([text, file]).fields.outlet).toBe('The Harbour Gazette');
    expect(mergeHints([file, text]).fields.outlet).toBe('The Harbour Gazette');
    expect(mergeHints([file, text]).guesses.outlet).toEqual({ confidence: 0.7, from: 'html-meta' });
  });

  it('lets a more confident text clue beat a weak file clue', () => {
    const file: MetadataHint = { field: 'title', value: 'index', confidence: 0.2, from: 'pdf-info' };
    const text: MetadataHint = { field: 'title', value: 'Aid convoys wait', confidence: 0.45, from: 'headline' };
    expect(mergeHints([file, text]).fields.title).toBe('Aid convoys wait');
  });

  it('keeps the earlier of two clues of the same kind on a tie', () => {
    const a: MetadataHint = { field: 'authors', value: ['Mira Okonjo'], confidence: 0.8, from: 'byline' };
    const b: MetadataHint = { field: 'authors', value: ['Li Wen'], confidence: 0.8, from: 'byline' };
    expect(mergeHints([a, b]).fields.authors).toEqual(['Mira Okonjo']);
  });

  it('gives nothing for no clues and does not share arrays with its input', () => {
    expect(mergeHints([])).toEqual({ fields: {}, guesses: {} });
    const hint: MetadataHint = { field: 'authors', value: ['Mira Okonjo'], confidence: 0.8, from: 'byline' };
    const merged = mergeHints([hint]);
    merged.fields.authors?.push('Someone Else');
    expect(hint.value).toEqual(['Mira Okonjo']);
  });
});
