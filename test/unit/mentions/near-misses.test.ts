import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNearMisses, spellingDistance } from '../../../shared/mentions';

const article = readFileSync(new URL('../../fixtures/mentions/ceasefire-misspellings.txt', import.meta.url), 'utf8');
const haddad = { name: 'Amal K. Haddad', aliases: ['Haddad'], ignoredNames: [] };

/** What a reader would see in the "possible misspelling of …" list. */
function listed(text: string, entity: Parameters<typeof findNearMisses>[1], options = {}) {
  return findNearMisses(text, entity, options).map((miss) => [miss.text, miss.closestAlias, miss.distance]);
}

describe('findNearMisses', () => {
  it('flags changed, added, dropped and swapped letters in a surname, and a dropped middle initial', () => {
    expect(listed(article, haddad)).toEqual([
      ['Hadad', 'Haddad', 1],
      ['Haddaad', 'Haddad', 1],
      ['Amal Hadad', 'Amal K. Haddad', 2],
      ['Hdadad', 'Haddad', 1],
      ['Amal Haddad', 'Amal K. Haddad', 1],
      ['Hadddad', 'Haddad', 1],
    ]);
  });

  it('gives offsets into the source', () => {
    for (const miss of findNearMisses(article, haddad)) expect(article.slice(miss.start, miss.end)).toBe(miss.text);
  });

  it('does not flag other people who share a first name or a surname', () => {
    const texts = listed(article, haddad).map(([text]) => text);
    expect(texts.some((t) => String(t).includes('Nasser') || String(t).includes('Karim'))).toBe(false);
    // Not even when the bare surname is misspelled after another given name.
    expect(listed('Karim Hadad runs the ferries.', haddad)).toEqual([]);
  });

  it('does not flag the exact name or an alias in any case or accent', () => {
    expect(listed('Amal K. Haddad met HADDAD and Háddad.', haddad)).toEqual([]);
    expect(listed('Amal Haddad spoke.', { name: 'Amal K. Haddad', aliases: ['Amal Haddad'] })).toEqual([]);
  });

  it('does not flag names the researcher ignored, nor longer names ending in them', () => {
    const texts = listed(article, { ...haddad, ignoredNames: ['Hadad'] }).map(([text]) => text);
    expect(texts).not.toContain('Hadad');
    expect(texts).not.toContain('Amal Hadad');
    expect(texts).toContain('Haddaad');
  });

  it('does not flag a name that belongs to another entity', () => {
    const texts = listed(article, haddad, { otherNames: ['Karim Hadad'] }).map(([text]) => text);
    expect(texts).not.toContain('Hadad');
    expect(texts).toContain('Haddaad');
  });

  it('finds misspelled surnames for a name without a surname alias', () => {
    expect(listed(article, { name: 'José Ortega', aliases: [] })).toEqual([['Jose Ortiga', 'José Ortega', 1]]);
  });

  it('leaves ordinary capitalised words and short names alone', () => {
    // "Hold" starts a sentence but the text also says "hold".
    expect(listed(article, { name: 'Mira Holt', aliases: [] })).toEqual([]);
    expect(listed('Ali met Alo and Eli.', { name: 'Ali', aliases: [] })).toEqual([]);
    expect(listed('Monday came; Mondays too.', { name: 'Mondy', aliases: [] })).toEqual([]);
  });

  it('allows two slips in long surnames only', () => {
    expect(listed('Aleksandrova and Aleksandrowna and Alexsandrowa', { name: 'Aleksandrova', aliases: [] })).toEqual([
      ['Aleksandrowna', 'Aleksandrova', 2],
      ['Alexsandrowa', 'Aleksandrova', 2],
    ]);
    expect(listed('Nassar and Nasrar', { name: 'Nasser', aliases: [] })).toEqual([['Nassar', 'Nasser', 1]]);
  });

  it('finds a misspelled surname after the right given name in a caseless script', () => {
    const amal = { name: 'أمل حداد', aliases: ['حداد'] };
    expect(listed('وصلت أمل حدات إلى الميناء', amal)).toEqual([['أمل حدات', 'أمل حداد', 1]]);
    // Without capitals every word looks like a name, so a lone word is never flagged:
    // "حدود" (borders) is one letter from "حداد".
    expect(listed('حدود المدينة مغلقة', amal)).toEqual([]);
  });
});

describe('spellingDistance', () => {
  it('counts a swap of neighbouring letters as one slip', () => {
    expect(spellingDistance('hdadad', 'haddad')).toBe(1);
    expect(spellingDistance('hadad', 'haddad')).toBe(1);
    expect(spellingDistance('nasser', 'nasser')).toBe(0);
    expect(spellingDistance('adhdad', 'haddad')).toBeGreaterThan(1);
  });
});
