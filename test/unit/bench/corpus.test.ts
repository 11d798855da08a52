import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook, type OpenNotebook } from '../../../electron/core/notebook';
import { corpusHash, generateArticle, highlightSpans, notebookFiles, writeCorpus, type CorpusSize, type WrittenCorpus } from '../../bench/corpus';
import { isSource } from '../../bench/corpus/write';

/** Small enough to generate in a blink, with every kind of record in it. */
const SMALL: CorpusSize = { sources: 12, annotations: 120, entities: 30, proposals: 3, words: [300, 600], briefCitations: [10] };

describe('the benchmark corpus generator', () => {
  it('gives the same corpus, byte for byte, for the same seed', () => {
    expect(corpusHash(7, SMALL)).toBe(corpusHash(7, SMALL));
  });

  it('gives another corpus for another seed', () => {
    expect(corpusHash(8, SMALL)).not.toBe(corpusHash(7, SMALL));
  });

  it('writes articles as normalised text with right-to-left paragraphs and astral characters among them', () => {
    const texts = Array.from({ length: 20 }, (_, i) => generateArticle(i, 800).text).join('\n\n');
    expect(texts).toBe(texts.normalize('NFC'));
    expect(texts).not.toMatch(/\r|\n{3,}/);
    expect(texts).toMatch(/[\u0590-\u05ff]/); // Hebrew
    expect(texts).toMatch(/[\u0600-\u06ff]/); // Arabic
    expect(texts).toMatch(/[\u{1F300}-\u{1FAFF}]/u); // emoji
    expect(texts).toMatch(/[\u{20000}-\u{2A6DF}]/u); // CJK extension B
  });

  it('knows where every name it wrote is, and highlights only whole words', () => {
    const article = generateArticle(3, 2_000);
    expect(article.words).toBeGreaterThanOrEqual(2_000);
    expect(article.mentions.length).toBeGreaterThan(20);
    for (const m of article.mentions) expect(article.text.slice(m.start, m.end)).toMatch(/^\p{Lu}[\p{L}. ]*\p{L}$/u);
    const spans = highlightSpans(article.text, 50, 1);
    expect(spans).toHaveLength(50);
    for (const { start, end } of spans) {
      expect(start === 0 || /\s/.test(article.text[start - 1]!)).toBe(true);
      expect(end === article.text.length || /\s/.test(article.text[end]!)).toBe(true);
    }
  });

  it('annotates each source on its own text: every quote is the text at its position', () => {
    for (const file of notebookFiles(5, SMALL)) {
      if (!isSource(file)) continue;
      const text = file.data.versions[0]!.text;
      for (const a of file.data.annotations) expect(text.slice(a.target.position.start, a.target.position.end)).toBe(a.target.quote.exact);
    }
  });
});

describe('a corpus written to disk', () => {
  let folder: string;
  let written: WrittenCorpus;
  let notebook: OpenNotebook;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parley-bench-corpus-'));
    written = await writeCorpus(join(folder, 'notebook'), 11, SMALL);
    notebook = await openNotebook(join(folder, 'notebook'));
  });

  afterAll(async () => {
    await notebook?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('opens with the real engine, which validates every file, and holds what was asked for', async () => {
    const info = await notebook.handlers['notebook.info']({});
    expect(info.counts).toEqual({ sources: 12, entities: 30, proposals: 3, annotations: 120, briefs: 1 });
    expect(written.annotations).toBe(120);
  });

  it('gives entities three aliases and links annotations to entities and proposals', async () => {
    const entities = await notebook.handlers['entities.list']({});
    expect(entities.every((e) => e.aliases.length === 3)).toBe(true);
    const annotations = (await Promise.all(written.notebook.sources.map((s) => notebook.handlers['annotations.list']({ sourceId: s.id })))).flat();
    const kinds = new Set(annotations.flatMap((a) => a.links.map((l) => l.kind)));
    expect(kinds).toEqual(new Set(['entity', 'proposal']));
  });

  it('writes a brief whose citations are all still exact', async () => {
    const brief = written.notebook.briefs[0]!;
    const health = await notebook.handlers['briefs.health']({ id: brief.id });
    expect(health.exact).toBe(10);
    expect(health.drifted).toEqual([]);
    expect(health.orphaned).toEqual([]);
  });
});
