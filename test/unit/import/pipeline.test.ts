import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { currentVersion } from '../../../shared/model';
import { base64, call, must, newNotebook, reopen } from '../core/support/notebook';

const fixture = (name: string) => readFile(new URL(`../../fixtures/import/text/${name}`, import.meta.url));

async function importFixture(notebook: Awaited<ReturnType<typeof newNotebook>>, name: string) {
  const outcome = await must(notebook, 'sources.importFile', { fileName: name, dataBase64: base64(await fixture(name)) });
  if (outcome.status !== 'imported') throw new Error(`${name} was a duplicate`);
  return outcome;
}

describe('import pipeline', () => {
  it('fills metadata from the text and says how sure each guess is', async () => {
    const notebook = await newNotebook();
    const { source } = await importFixture(notebook, 'dateline-agency.txt');
    expect(source.title).toBe('Mediators propose phased prisoner release in Port Selen talks');
    expect(source.publishedAt?.date).toMatch(/-03-03$/);
    expect(source.guesses.publishedAt?.from).toBe('dateline');
    expect(source.guesses.outlet?.from).toBe('dateline');
    expect(source.outlet).toBe('Valdoria Press Agency');
    expect(source.language).toBe('en');
    expect(source.direction).toBe('ltr');
    expect(source.metadataConfirmed).toBe(false);
  });

  it('reads an Arabic article as right-to-left', async () => {
    const notebook = await newNotebook();
    const { source } = await importFixture(notebook, 'arabic.txt');
    expect(source.direction).toBe('rtl');
    expect(source.language).toBe('ar');
  });

  it('proposes outlet furniture for trimming without removing anything yet', async () => {
    const notebook = await newNotebook();
    const { source, boilerplate } = await importFixture(notebook, 'furniture.txt');
    const reasons = [...new Set(boilerplate.map((b) => b.reason))];
    expect(reasons).toEqual(expect.arrayContaining(['navigation', 'share-prompt', 'copyright', 'photo-credit', 'newsletter', 'comments']));
    const text = currentVersion(await must(notebook, 'sources.get', { id: source.id })).text;
    for (const span of boilerplate) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(await must(notebook, 'sources.boilerplate', { id: source.id })).toEqual(boilerplate);
  });

  it('flags the same article with small edits as similar, and a different report as not', async () => {
    const notebook = await newNotebook();
    const original = await importFixture(notebook, 'near-duplicate-original.txt');
    const other = await importFixture(notebook, 'same-talks-other.txt');
    expect(other.similar).toEqual([]);
    const edited = await importFixture(notebook, 'near-duplicate-edited.txt');
    expect(edited.similar.map((s) => s.id)).toEqual([original.source.id]);
    expect(edited.similar[0]!.similarity).toBeGreaterThan(0.5);
  });

  it('keeps a typed title for pasted text as the researcher’s word, not a guess', async () => {
    const notebook = await newNotebook();
    const outcome = await must(notebook, 'sources.importText', { text: 'By Mira Okonjo\n\nTalks resumed on Tuesday.', title: 'My notes on Tuesday' });
    if (outcome.status !== 'imported') throw new Error('duplicate');
    expect(outcome.source.title).toBe('My notes on Tuesday');
    expect(outcome.source.guesses.title).toBeUndefined();
    expect(outcome.source.authors).toEqual(['Mira Okonjo']);
    expect(outcome.source.format).toBe('paste');
  });
});

describe('editing and confirming metadata', () => {
  it('drops the guess of a field the researcher changed, and all of them on confirm', async () => {
    let notebook = await newNotebook();
    const { source } = await importFixture(notebook, 'dateline-agency.txt');
    expect(Object.keys(source.guesses)).toContain('outlet');

    const edited = await must(notebook, 'sources.update', { id: source.id, fields: { outlet: 'Harbour Gazette' }, rev: source.rev });
    expect(edited.outlet).toBe('Harbour Gazette');
    expect(edited.guesses.outlet).toBeUndefined();
    expect(edited.guesses.publishedAt).toBeDefined();

    const confirmed = await must(notebook, 'sources.update', {
      id: source.id,
      fields: { metadataConfirmed: true, publishedAt: { precision: 'month', date: '2024-03' } },
    });
    expect(confirmed.guesses).toEqual({});
    expect(confirmed.metadataConfirmed).toBe(true);

    notebook = await reopen(notebook);
    const again = await must(notebook, 'sources.get', { id: source.id });
    expect(again).toMatchObject({ outlet: 'Harbour Gazette', metadataConfirmed: true, publishedAt: { precision: 'month', date: '2024-03' } });
  });

  it('refuses a bad URL with a message naming the field, and keeps the old value', async () => {
    const notebook = await newNotebook();
    const { source } = await importFixture(notebook, 'byline-single.txt');
    const result = await call(notebook, 'sources.update', { id: source.id, fields: { url: 'javascript:alert(1)' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('url');
    expect((await must(notebook, 'sources.get', { id: source.id })).url).toBe(source.url);
  });
});
