import { describe, expect, it } from 'vitest';
import { must } from '../core/support/notebook';
import { CORRIDOR, found, importSource, search, talksNotebook } from './corpus';

// Each test searches first, so the index exists, then changes the notebook and searches again:
// what the second search sees comes from the change feed, not from a fresh build.
describe('the index follows the notebook', () => {
  it('finds a source imported after the first search', async () => {
    const { notebook } = await talksNotebook();
    expect(await found(notebook, 'lighthouse')).toEqual([]);
    const id = await importSource(notebook, 'Lighthouse keepers strike', 'Keepers of the northern lighthouse walked out on Friday.');
    expect(await found(notebook, 'lighthouse')).toEqual([id]);
  });

  it('follows a new text version: new words are found and land in the new text, removed words are not', async () => {
    const { notebook, corridor } = await talksNotebook();
    await search(notebook, 'ceasefire');
    const edited = CORRIDOR.replace('The ceasefire held overnight', 'A fragile truce held overnight');
    await must(notebook, 'sources.editText', { id: corridor, text: edited });
    expect(await found(notebook, 'ceasefire', { kind: ['source'] })).toEqual([]);
    const truce = (await search(notebook, 'fragile truce', { kind: ['source'] })).results;
    expect(truce.map((r) => r.id)).toEqual([corridor]);
    expect(edited.slice(truce[0]!.start, truce[0]!.end)).toBe('fragile');
  });

  it('follows an entity’s rename into the annotations linking it', async () => {
    const { notebook, haddad, negotiators } = await talksNotebook();
    expect(await found(notebook, 'haddad')).toEqual(expect.arrayContaining([haddad.id, negotiators.id]));
    await must(notebook, 'entities.update', { id: haddad.id, fields: { name: 'Rami Khoury' } });
    expect(await found(notebook, 'haddad')).toEqual([]);
    expect(new Set(await found(notebook, 'khoury'))).toEqual(new Set([haddad.id, negotiators.id]));
  });

  it('follows an annotation’s comment and tags', async () => {
    const { notebook, doha } = await talksNotebook();
    expect(await found(notebook, 'relocation')).toEqual([]);
    await must(notebook, 'annotations.update', { id: doha.id, fields: { comment: 'Relocation of the talks', tags: ['logistics'] } });
    expect(await found(notebook, 'relocation')).toEqual([doha.id]);
    expect(await found(notebook, '', { tag: 'logistics' })).toEqual([doha.id]);
    expect(await found(notebook, '', { tag: 'venue' })).not.toContain(doha.id);
  });

  it('follows a merge: annotations of the merged entity carry the survivor’s name', async () => {
    const { notebook, haddad, convoy, doha } = await talksNotebook();
    const envoy = await must(notebook, 'entities.create', { name: 'Omar Nasser' });
    await must(notebook, 'annotations.update', { id: doha.id, fields: { links: [{ kind: 'entity', recordId: envoy.id, role: 'mention' }] } });
    expect(await found(notebook, 'nasser', { kind: ['annotation'] })).toEqual([doha.id]);
    await must(notebook, 'entities.merge', { survivorId: haddad.id, mergedId: envoy.id });
    expect(await found(notebook, 'omar nasser', { kind: ['entity'] })).toEqual([haddad.id]); // now an alias
    expect(await found(notebook, 'haddad', { kind: ['annotation'], recordId: haddad.id })).toContain(doha.id);
    expect(await found(notebook, '', { recordId: envoy.id })).toEqual([]);
    expect(await found(notebook, '', { recordId: haddad.id, kind: ['source'] })).toContain(convoy);
  });

  it('forgets a deleted source and its annotations, a deleted entity and a deleted brief', async () => {
    const { notebook, corridor, negotiators, ceasefire, haddad, brief } = await talksNotebook();
    expect(await found(notebook, 'negotiators')).toEqual(expect.arrayContaining([corridor, negotiators.id]));
    await must(notebook, 'sources.delete', { id: corridor });
    expect(await found(notebook, 'negotiators')).toEqual([]);
    expect(await found(notebook, 'overnight')).toEqual([]);
    expect(await found(notebook, '', { kind: ['annotation'] })).not.toContain(ceasefire.id);

    await must(notebook, 'entities.delete', { id: haddad.id });
    expect(await found(notebook, 'mediator', { kind: ['entity'] })).toEqual([]);
    await must(notebook, 'briefs.delete', { id: brief });
    expect(await found(notebook, 'breakthrough')).toEqual([]);
  });
});
