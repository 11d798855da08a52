import { describe, expect, it } from 'vitest';
import { COMMANDS, matchCommands } from '../../../renderer/search/commands';

const titles = (query: string) => matchCommands(query).map((c) => c.title);

describe('palette commands', () => {
  it('lists every command in an empty palette, without a search line', () => {
    expect(titles('')).toEqual(COMMANDS.map((c) => c.title));
  });

  it('keeps commands whose words start with every typed word, and offers to search everywhere last', () => {
    expect(titles('imp')).toEqual(['Import sources…', 'Paste text…', 'Search everywhere for “imp”']);
    expect(titles('new br')).toEqual(['New brief', 'Search everywhere for “new br”']);
  });

  it('puts a command named by its title before one that only has the word as a keyword', () => {
    expect(titles('compare').slice(0, 2)).toEqual(['Compare sources…', 'Coverage of all sources']);
  });

  it('matches other words people use, case and accents aside', () => {
    expect(titles('CLIPBOARD')[0]).toBe('Paste text…');
    expect(titles('kéys')[0]).toBe('Keyboard shortcuts');
  });

  it('leaves only the search line when nothing matches', () => {
    expect(matchCommands('Reyvald')).toEqual([{ id: 'search', title: 'Search everywhere for “Reyvald”', keywords: [], shortcut: 'search' }]);
  });
});
