import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compactIndex } from '../../../electron/core/search/compact';
import { evaluate, matchedTerms } from '../../../electron/core/search/evaluate';
import { readSavedIndex, savedIndexPath, writeSavedIndex } from '../../../electron/core/search/saved-index';
import { WordIndex } from '../../../electron/core/search/word-index';
import { tempFolder } from '../core/support/temp';

/** The index written to a real file and read back, as the next open of a notebook would. */
async function savedAndRead(index: WordIndex): Promise<WordIndex> {
  const folder = await tempFolder();
  await writeSavedIndex(folder, 'notebook-id', { revisions: {}, words: compactIndex(index) });
  const saved = await readSavedIndex(folder, 'notebook-id');
  return WordIndex.fromCompact(saved!.words);
}

const everything = () => true;
const exactly = (term: string) => ({ term, prefix: false, fuzzy: 0 });
const find = (index: WordIndex, ...terms: string[]) =>
  evaluate(index, terms.map((term) => ({ term, prefix: term.length >= 2, fuzzy: term.length >= 4 ? 1 : 0 })), everything, 10).top.map((h) => h.id);

function sample(): WordIndex {
  const index = new WordIndex();
  index.add('a', ['Corridor talks', 'Harbour Gazette', 'Negotiators met in São Tomé to discuss a corridor.']);
  index.add('b', ['Aid convoy', 'Coastal Wire', 'The corridor stayed closed; the ceasefire held.']);
  index.add('c', ['Market reopens', '', 'Fish and bread on sale again.']);
  return index;
}

describe('the word index', () => {
  it('finds documents holding every term, ranking a title match first', () => {
    const index = sample();
    expect(find(index, 'corridor')).toEqual(['a', 'b']);
    expect(find(index, 'corridor', 'ceasefire')).toEqual(['b']);
    expect(find(index, 'sao')).toEqual(['a']);
    expect(find(index, 'negot')).toEqual(['a']);
    expect(find(index, 'ceasfire')).toEqual(['b']);
    expect(find(index, 'lighthouse')).toEqual([]);
  });

  it('names the words each document matched, for its snippet', () => {
    const index = sample();
    const { top, expansions } = evaluate(index, [{ term: 'negot', prefix: true, fuzzy: 0 }, exactly('corridor')], everything, 10);
    expect(matchedTerms(index, top[0]!.doc, expansions)).toEqual(['negotiators', 'corridor']);
  });

  it('forgets a removed or replaced document, also after compaction and a save', async () => {
    let index = sample();
    index.remove('c');
    // A thousand edits of one document leave a thousand dead ones behind.
    for (let i = 0; i < 1200; i++) index.add('b', ['Aid convoy', 'Coastal Wire', `${i === 0 ? 'Draft' : 'Final'} edition: the corridor reopened.`]);
    expect(index.docs.wasteful).toBe(true);
    expect(find(index, 'ceasefire')).toEqual([]);
    expect(find(index, 'fish')).toEqual([]);
    expect(find(index, 'draft')).toEqual([]);
    expect(find(index, 'final', 'edition')).toEqual(['b']);

    index = WordIndex.fromCompact(compactIndex(index));
    expect(index.docs.capacity).toBe(2);
    expect(find(index, 'corridor')).toEqual(['a', 'b']);
    expect(find(index, 'reopened')).toEqual(['b']);

    const reloaded = await savedAndRead(index);
    expect(find(reloaded, 'corridor')).toEqual(find(index, 'corridor'));
    reloaded.add('d', ['Corridor opens', '', 'At last the corridor opened.']);
    expect(find(reloaded, 'corridor')).toEqual(['d', 'a', 'b']);
  });

  it('tells whether words stand side by side within one field, also once saved and compacted', async () => {
    const index = sample();
    index.add('e', ['Humanitarian', 'corridor', 'A humanitarian aid corridor; the corridor, humanitarian-ly.']);
    const ids = (...terms: string[]) => terms.map((t) => index.termId(t)!);
    const doc = (i: WordIndex, id: string) => evaluate(i, [exactly('corridor')], everything, 10).top.find((h) => h.id === id)!.doc;
    // "Humanitarian" ends the title and "corridor" is the next field: not a phrase.
    expect(index.holdsPhrase(doc(index, 'e'), ids('humanitarian', 'corridor'))).toBe(false);
    expect(index.holdsPhrase(doc(index, 'e'), ids('corridor', 'humanitarian'))).toBe(true); // across punctuation
    expect(index.holdsPhrase(doc(index, 'a'), ids('discuss', 'a', 'corridor'))).toBe(true);
    // Found from any of its words (the search starts at the rarest).
    expect([0, 1, 2].map((anchor) => index.holdsPhrase(doc(index, 'a'), ids('discuss', 'a', 'corridor'), anchor))).toEqual([true, true, true]);
    expect([0, 1].map((anchor) => index.holdsPhrase(doc(index, 'a'), ids('a', 'discuss'), anchor))).toEqual([false, false]);
    const reloaded = await savedAndRead(index);
    const again = (...terms: string[]) => terms.map((t) => reloaded.termId(t)!);
    expect(reloaded.holdsPhrase(doc(reloaded, 'a'), again('discuss', 'a', 'corridor'))).toBe(true);
    expect(reloaded.holdsPhrase(doc(reloaded, 'e'), again('humanitarian', 'corridor'))).toBe(false);
  });

  it('counts every document kept but ranks only the best few', () => {
    const index = new WordIndex();
    for (let i = 0; i < 500; i++) index.add(`d${i}`, [i % 7 === 0 ? 'Corridor' : '', '', `Report ${i} on the corridor.`]);
    const { top, total } = evaluate(index, [exactly('corridor')], (doc) => doc % 2 === 0, 5);
    expect(total).toBe(250);
    expect(top).toHaveLength(5);
    // Those with the word in their title (every seventh, even ones only) come first.
    expect(top.every((hit) => Number(hit.id.slice(1)) % 14 === 0)).toBe(true);
    expect(top.map((h) => h.score)).toEqual([...top.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('reads nothing from a saved file that is cut short, damaged or from another notebook', async () => {
    const folder = await tempFolder();
    await writeSavedIndex(folder, 'notebook-id', { revisions: { a: 1 }, words: compactIndex(sample()) });
    expect(await readSavedIndex(folder, 'another-notebook')).toBeNull();
    const whole = await readFile(savedIndexPath(folder));
    expect((await readSavedIndex(folder, 'notebook-id'))?.revisions).toEqual({ a: 1 });
    await writeFile(savedIndexPath(folder), whole.subarray(0, whole.length - 8));
    expect(await readSavedIndex(folder, 'notebook-id')).toBeNull();
    await writeFile(savedIndexPath(folder), Buffer.concat([whole.subarray(0, 10), Buffer.from('garbage'), whole.subarray(17)]));
    expect(await readSavedIndex(folder, 'notebook-id')).toBeNull();
    await writeFile(savedIndexPath(folder), '');
    expect(await readSavedIndex(folder, 'notebook-id')).toBeNull();
  });
});
