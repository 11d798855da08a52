import { describe, expect, it } from 'vitest';
import { nameScore, rankEntries, type PaletteEntry } from '../../../renderer/search/paletteRanking';

const entry = (kind: PaletteEntry['kind'], title: string, more: Partial<PaletteEntry> = {}): PaletteEntry => ({
  kind,
  id: `${kind}-${title}`,
  title,
  aliases: [],
  also: [],
  details: '',
  ...more,
});

const ENTRIES = [
  entry('entity', 'Ilse Marrow', { aliases: ['Marrow', 'I. Marow'] }),
  entry('entity', 'Velmoran Grain Board'),
  entry('entity', 'São Tomé delegation'),
  entry('proposal', 'Kestrel grain corridor'),
  entry('source', 'Inspections stand between farmers and the river', { also: ['Valley Courier', 'Ana Petrov'] }),
  entry('source', 'Harvest begins with silos still full', { also: ['Northern Ledger'] }),
  entry('brief', 'Grain talks so far'),
];
const titles = (query: string, limit = 10) => rankEntries(query, ENTRIES, limit).map((e) => e.title);

describe('palette ranking', () => {
  it('ranks the whole name over its start, a word start, anywhere inside, and initials', () => {
    const scores = [
      nameScore('grain board', 'Grain Board'),
      nameScore('grain', 'Grain Board'),
      nameScore('board', 'Grain Board'),
      nameScore('rain', 'Grain Board'),
      nameScore('gb', 'Grain Board'),
    ];
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.every((s) => s > 0)).toBe(true);
  });

  it('ignores case and accents', () => {
    expect(titles('sao tome')).toEqual(['São Tomé delegation']);
    expect(titles('SÃO')).toEqual(['São Tomé delegation']);
  });

  it('finds words typed in any order when each starts a word of the name', () => {
    expect(titles('corridor kest')).toEqual(['Kestrel grain corridor']);
  });

  it('finds a name by its initials or the start of its words', () => {
    expect(titles('vgb')).toEqual(['Velmoran Grain Board']);
    expect(titles('ilma')).toEqual(['Ilse Marrow']);
  });

  it('does not match letters merely scattered through a long title', () => {
    // m…a…r…r appear in order in "Velmoran Grain Board" and in "farmers and the river".
    expect(titles('marr')).toEqual(['Ilse Marrow']);
  });

  it('finds an entity by an alias, and says which alias when the name does not show it', () => {
    const [byMisspelling] = rankEntries('marow', ENTRIES, 5);
    expect(byMisspelling).toMatchObject({ title: 'Ilse Marrow', via: 'I. Marow' });
    const [byAlias] = rankEntries('marrow', ENTRIES, 5);
    expect(byAlias).toMatchObject({ title: 'Ilse Marrow', via: null });
  });

  it('finds a source by its outlet or author, below titles that match', () => {
    expect(titles('valley')).toEqual(['Inspections stand between farmers and the river']);
    expect(titles('petrov')).toEqual(['Inspections stand between farmers and the river']);
    const withValleyTitle = rankEntries('valley', [...ENTRIES, entry('brief', 'Notes from the valley')], 5).map((e) => e.title);
    expect(withValleyTitle).toEqual(['Notes from the valley', 'Inspections stand between farmers and the river']);
    // The name that starts with it first; then, among names with it as a word, the shorter.
    expect(titles('grain')).toEqual(['Grain talks so far', 'Velmoran Grain Board', 'Kestrel grain corridor']);
  });

  it('lists nothing for an empty query, and no more than the limit', () => {
    expect(titles('   ')).toEqual([]);
    expect(titles('grain', 2)).toHaveLength(2);
  });
});
