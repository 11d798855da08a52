import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../shared/mentions';

const article = readFileSync(new URL('../../fixtures/mentions/prisoner-exchange.txt', import.meta.url), 'utf8');
const existing = [
  { id: 'haddad', names: ['Amal K. Haddad', 'Amal Haddad'] },
  { id: 'cairo', names: ['Al-Qāhira', 'Cairo'] },
];

describe('suggestEntities', () => {
  const suggestions = suggestEntities(article, existing);
  const byText = new Map(suggestions.map((s) => [s.text, s]));

  it('finds people, organisations and places in a fictional article', () => {
    expect(byText.get('Lina Ortiz')?.kind).toBe('person');
    expect(byText.get('Karim Nasser')?.kind).toBe('person');
    expect(byText.get('World Food Programme')?.kind).toBe('organisation');
    expect(byText.get('Velsen Contact Group')?.kind).toBe('organisation');
    expect(byText.get('Cairo')?.kind).toBe('place');
    expect(byText.get('Port Velsen')?.kind).toBe('place');
  });

  it('finds names compromise only knows as proper nouns', () => {
    expect(byText.get('Amal Haddad')?.kind).toBe('person');
  });

  it('marks suggestions that are an existing name or alias, ignoring accents', () => {
    expect(byText.get('Amal Haddad')?.existingId).toBe('haddad');
    expect(byText.get('Cairo')?.existingId).toBe('cairo');
    expect(byText.get('Geneva')?.existingId).toBeNull();
    const accented = suggestEntities(article, [{ id: 'ortiz', names: ['Lína Ortíz'] }]);
    expect(accented.find((s) => s.text === 'Lina Ortiz')?.existingId).toBe('ortiz');
    expect(byText.get('Lina Ortiz')?.existingId).toBeNull();
  });

  it('counts each name once per occurrence, a bare surname towards the full name, first offset first', () => {
    const ortiz = byText.get('Lina Ortiz');
    expect(ortiz?.count).toBe(2);
    expect(article.slice(ortiz!.start, ortiz!.end)).toBe('Lina Ortiz');
    expect(byText.get('Geneva')?.count).toBe(2);
    expect(suggestions.filter((s) => s.text === 'Ortiz')).toEqual([]);
  });

  it('gives offsets of the source, also for a name broken across lines', () => {
    for (const s of suggestions) expect(article.slice(s.start, s.end).replace(/\s+/g, ' ')).toBe(s.text);
  });

  it('leaves out titles, weekdays, months and pronouns', () => {
    const texts = suggestions.map((s) => s.text);
    expect(texts).not.toContain('Dr. Lina Ortiz');
    for (const junk of ['Tuesday', 'March', 'He', 'The']) expect(texts).not.toContain(junk);
  });

  it('drops possessive owners from organisations and keeps the person', () => {
    const found = suggestEntities("Lina Ortiz's office said Ortiz's team was ready.", []).map((s) => s.text);
    expect(found).toContain('Ortiz');
    expect(found.some((t) => /office|team|['’]/.test(t))).toBe(false);
  });

  it('suggests nothing for a text without names', () => {
    expect(suggestEntities('the talks resumed on tuesday and the pause held.', [])).toEqual([]);
  });
});
