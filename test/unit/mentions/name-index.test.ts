import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNameIndex, findNameMentions } from '../../../shared/mentions';

const article = readFileSync(new URL('../../fixtures/mentions/corridor-talks.txt', import.meta.url), 'utf8');

/** The matched texts in order, which is what a reader would check. */
function said(text: string, names: string[]): string[] {
  return findNameMentions(text, names).map((hit) => hit.text);
}

describe('findNameMentions', () => {
  it('finds an alias followed by a straight or a curly possessive, covering the name only', () => {
    const hits = findNameMentions(article, ['Ortega', 'Haddad']);
    const possessives = hits.filter((h) => article.slice(h.end, h.end + 2).match(/^['’]s$/));
    expect(possessives.map((h) => h.text).sort()).toEqual(['Haddad', 'Ortega']);
    for (const hit of hits) expect(article.slice(hit.start, hit.end)).toBe(hit.text);
  });

  it('ignores accents both ways: "Jose" finds "José", "Müller" finds "Muller"', () => {
    expect(said(article, ['Jose Ortega'])).toEqual(['José Ortega']);
    expect(said(article, ['Jürgen Müller'])).toEqual(['Jurgen Muller']);
    expect(said('Müller and MÜLLER and Mu\u0308ller', ['Muller'])).toEqual(['Müller', 'MÜLLER', 'Mu\u0308ller']);
  });

  it('ignores case', () => {
    expect(said('HADDAD said; haddad said', ['Haddad'])).toEqual(['HADDAD', 'haddad']);
  });

  it('finds a name broken across a line break or spread over several spaces', () => {
    expect(said(article, ['Amal Haddad'])).toEqual(['Amal\nHaddad']);
    expect(said('met Amal   Haddad today', ['Amal Haddad'])).toEqual(['Amal   Haddad']);
  });

  it('only finds whole words: not "Haddad" inside "Haddadi", not "Neill" inside "O’Neill"', () => {
    expect(said('Haddadi and Al-Haddad and Haddad', ['Haddad'])).toEqual(['Haddad', 'Haddad']);
    expect(said(article, ['Neill'])).toEqual([]);
  });

  it('treats curly and straight apostrophes inside a name alike', () => {
    expect(said(article, ["O'Neill"])).toEqual(['O’Neill', "O'Neill"]);
    expect(said(article, ['Siobhan O’Neill'])).toEqual(['Siobhán O’Neill']);
  });

  it('lets the longest name win where names overlap', () => {
    const hits = findNameMentions('Amal K. Haddad met Amal Haddad and then Haddad.', ['Haddad', 'Amal Haddad', 'Amal K. Haddad']);
    expect(hits.map((h) => [h.text, h.name])).toEqual([
      ['Amal K. Haddad', 'Amal K. Haddad'],
      ['Amal Haddad', 'Amal Haddad'],
      ['Haddad', 'Haddad'],
    ]);
  });

  it('finds right-to-left and Cyrillic names on word boundaries', () => {
    expect(said(article, ['أمل حداد'])).toEqual(['أمل حداد']);
    expect(said(article, ['Амаль Хаддад', 'Петренко'])).toEqual(['Амаль Хаддад', 'Петренко']);
    // With harakat and an attached conjunction ("and Haddad" is one word in Arabic).
    expect(said('قال حَدّاد إن وحداد', ['حداد'])).toEqual(['حَدّاد']);
  });

  it('does not let an acronym alias match the ordinary word', () => {
    expect(said('The US envoy told us, and the Us delegation', ['US'])).toEqual(['US', 'Us']);
  });

  it('treats a hyphen inside a name like a space', () => {
    expect(said('Omar al Sayed, Omar al-Sayed and Omar al‑\nSayed', ['Omar al-Sayed'])).toEqual([
      'Omar al Sayed',
      'Omar al-Sayed',
      'Omar al‑\nSayed',
    ]);
  });

  it('does not match across other punctuation', () => {
    expect(said('said Amal, Haddad agreed', ['Amal Haddad'])).toEqual([]);
  });
});

describe('buildNameIndex', () => {
  it('reports which entity a name belongs to, and every entity sharing a name', () => {
    const index = buildNameIndex([
      { id: 'amal', names: ['Amal K. Haddad', 'Haddad'] },
      { id: 'karim', names: ['Karim Nasser', 'Nasser'] },
      { id: 'other-haddad', names: ['Haddad'] },
    ]);
    const hits = index.find(article);
    expect(hits.filter((h) => h.entityId === 'karim').map((h) => h.text)).toEqual(['Karim Nasser']);
    const haddads = hits.filter((h) => h.text === 'Haddad');
    expect(new Set(haddads.map((h) => h.entityId))).toEqual(new Set(['amal', 'other-haddad']));
    expect(hits.find((h) => h.entityId === 'amal')?.text).toBe('Amal K. Haddad');
  });

  it('ignores names with no words and folds duplicate names together', () => {
    const index = buildNameIndex([{ id: 'a', names: ['  ', '—', 'José', 'jose', 'JOSÉ'] }]);
    expect(index.size).toBe(1);
    expect(index.find('José and Jose').length).toBe(2);
  });
});
