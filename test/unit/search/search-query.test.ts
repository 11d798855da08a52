import { describe, expect, it } from 'vitest';
import { CONVOY, CORRIDOR, found, search, talksNotebook } from './corpus';

describe('searching the notebook', () => {
  it('finds words by their beginning: "negot" finds "Negotiators"', async () => {
    const { notebook, corridor, negotiators } = await talksNotebook();
    expect(await found(notebook, 'negot')).toEqual(expect.arrayContaining([corridor, negotiators.id]));
    // The end of a word is not its beginning.
    expect(await found(notebook, 'otiators')).toEqual([]);
  });

  it('forgives a typo in a longer word: "ceasfire" finds "ceasefire"', async () => {
    const { notebook, corridor, ceasefire } = await talksNotebook();
    expect(new Set(await found(notebook, 'ceasfire'))).toEqual(new Set([corridor, ceasefire.id]));
    // Short words must be spelled right, or "fish" would find "fist" and "dish".
    expect(await found(notebook, 'fsh')).toEqual([]);
  });

  it('ignores accents and case both ways: "sao tome" finds São Tomé, "SÃO TOMÉ" finds Sao Tome', async () => {
    const { notebook, corridor, convoy, negotiators } = await talksNotebook();
    expect(new Set(await found(notebook, 'sao tome'))).toEqual(new Set([corridor, convoy, negotiators.id]));
    expect(new Set(await found(notebook, 'SÃO TOMÉ'))).toEqual(new Set([corridor, convoy, negotiators.id]));
  });

  it('matches a phrase in quotes only where its words stand side by side', async () => {
    const { notebook, corridor } = await talksNotebook();
    // The convoy story has both words, apart: "Humanitarian aid reached the edge of the corridor".
    expect(await found(notebook, '"humanitarian corridor"')).toEqual([corridor]);
    expect(await found(notebook, 'humanitarian corridor')).toEqual(expect.arrayContaining([corridor, expect.any(String)]));
    expect(await found(notebook, '“corridor humanitarian”')).toEqual([]);
  });

  it('needs every word of the query', async () => {
    const { notebook, convoy, doha } = await talksNotebook();
    expect(new Set(await found(notebook, 'talks doha'))).toEqual(new Set([convoy, doha.id]));
    expect(await found(notebook, 'doha fish')).toEqual([]);
  });

  it('lands on the matched words of the source’s current text, and on an annotation’s span', async () => {
    const { notebook, corridor, convoy, ceasefire } = await talksNotebook();
    const phrase = (await search(notebook, '"humanitarian corridor"')).results[0]!;
    expect(phrase).toMatchObject({ kind: 'source', sourceId: corridor, title: 'Corridor talks stall' });
    expect(CORRIDOR.slice(phrase.start, phrase.end)).toBe('humanitarian corridor');

    const accented = (await search(notebook, 'sao tome', { kind: ['source'] })).results.find((r) => r.id === convoy)!;
    expect(CONVOY.slice(accented.start, accented.end)).toBe('Sao');

    const annotation = (await search(notebook, 'overnight', { kind: ['annotation'] })).results[0]!;
    expect(annotation).toMatchObject({ id: ceasefire.id, sourceId: corridor, title: 'Corridor talks stall' });
    expect(CORRIDOR.slice(annotation.start, annotation.end)).toBe('The ceasefire held overnight');
  });

  it('shows a snippet around the match with the matched words marked', async () => {
    const { notebook, corridor } = await talksNotebook();
    const result = (await search(notebook, 'shelling dawn', { kind: ['source'] })).results[0]!;
    expect(result.id).toBe(corridor);
    expect(result.snippet).toContain('shelling resumed near the port at dawn');
    expect(result.snippet.length).toBeLessThanOrEqual(170);
    expect(result.highlights.map(([s, e]) => result.snippet.slice(s, e))).toEqual(['shelling', 'dawn']);

    const phrase = (await search(notebook, '"São Tomé"', { kind: ['source'] })).results.find((r) => r.id === corridor)!;
    expect(phrase.highlights.map(([s, e]) => phrase.snippet.slice(s, e))).toEqual(['São Tomé']);
  });

  it('finds entities by alias, proposals by summary, briefs by their text, annotations by comment and by linked name', async () => {
    const { notebook, haddad, pause, brief, ceasefire, negotiators } = await talksNotebook();
    const alias = (await search(notebook, 'abu sami')).results;
    expect(alias.map((r) => r.id)).toEqual([haddad.id]);
    expect(alias[0]).toMatchObject({ kind: 'entity', title: 'Rami Haddad', snippet: 'Also: Abu Sami' });
    expect(await found(notebook, '48-hour', { kind: ['proposal'] })).toEqual([pause.id]);
    expect(await found(notebook, 'breakthrough')).toEqual([brief]);
    expect((await search(notebook, 'shelling reports')).results.map((r) => [r.kind, r.id])).toEqual([['annotation', ceasefire.id]]);
    expect(await found(notebook, 'haddad', { kind: ['annotation'] })).toEqual([negotiators.id]);
  });

  it('ranks a word in a title above the same word in the text', async () => {
    const { notebook, corridor, convoy } = await talksNotebook();
    const ranked = await found(notebook, 'corridor', { kind: ['source'] });
    expect(ranked).toEqual([corridor, convoy]);
  });
});
