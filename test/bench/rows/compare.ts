import { compareTexts, coverage } from '../../../shared/compare';
import { generateArticle, generateCast, Random, type Article } from '../corpus';
import { sourceOf } from '../corpus/source';
import type { HarnessContext } from '../harness/context';
import { measure } from '../harness/measure';
import type { RowResult } from '../types';

const ROW = 'compare two sources';

/**
 * A second outlet's version of `a`: some paragraphs copied as they are (wire copy), some
 * copied with an attribution added at the end, the rest its own reporting from `other`.
 * Names and claims keep their offsets, so the copy can be annotated like any article.
 */
export function rewrite(random: Random, a: Article, other: Article): Article {
  const paragraphs: string[] = [];
  const mentions: Article['mentions'] = [];
  const claims: Article['claims'] = [];
  const from = (article: Article, index: number) => {
    let start = 0;
    const parts = article.text.split('\n\n');
    for (let i = 0; i < index; i += 1) start += parts[i]!.length + 2;
    return { text: parts[index]!, start };
  };
  const theirs = a.text.split('\n\n').length;
  const own = other.text.split('\n\n').length;
  for (let i = 0; i < theirs; i += 1) {
    const roll = random.next();
    const source = roll < 0.6 ? a : other;
    const paragraph = from(source, roll < 0.6 ? i : i % own);
    const at = paragraphs.reduce((sum, p) => sum + p.length + 2, 0);
    const shift = (s: { start: number; end: number }) => s.start >= paragraph.start && s.end <= paragraph.start + paragraph.text.length;
    for (const m of source.mentions.filter(shift)) mentions.push({ ...m, start: m.start - paragraph.start + at, end: m.end - paragraph.start + at });
    for (const c of source.claims.filter(shift)) claims.push({ ...c, start: c.start - paragraph.start + at, end: c.end - paragraph.start + at });
    const edited = roll >= 0.4 && roll < 0.6 && paragraph.text.endsWith('.');
    paragraphs.push(edited ? `${paragraph.text.slice(0, -1)}, the agency reported.` : paragraph.text);
  }
  const text = paragraphs.join('\n\n');
  return { title: `${a.title} (agency copy)`, text, mentions, claims, words: text.split(/\s+/).length };
}

/** What `compare.sources` computes for two sources: shared passages and unique paragraphs, then record coverage. */
export async function run(context: HarnessContext): Promise<RowResult[]> {
  const random = new Random(context.seed);
  const cast = generateCast(random.fork(1), 120, 8);
  const a = generateArticle(random.int(0, 1e9), 5_000, cast);
  const b = rewrite(random, a, generateArticle(random.int(0, 1e9), 5_000, cast));
  const first = sourceOf(random, cast, a, 0, 100);
  const second = sourceOf(random, cast, b, 1, 100);
  const texts = [
    { sourceId: first.meta.id, text: a.text },
    { sourceId: second.meta.id, text: b.text },
  ];
  const annotations = [...first.file.annotations, ...second.file.annotations];

  context.say(`${ROW}: two ${a.words.toLocaleString('en')}-word sources`);
  let shared = 0;
  const figures = await measure({ warmup: 3, runs: context.pick(20, 6) }, () => {
    const reuse = compareTexts(texts);
    const rows = coverage({ sourceIds: texts.map((t) => t.sourceId), annotations, entities: cast.entities, proposals: cast.proposals });
    shared = reuse.shared.length;
    return rows;
  });
  return [
    {
      row: ROW,
      workload: `two sources of ${a.words.toLocaleString('en')} and ${b.words.toLocaleString('en')} words: shared passages + coverage`,
      median: figures.median,
      p95: figures.p95,
      target: '≤ 100 ms',
      met: figures.median <= 100,
      notes: `${figures.runs} runs; ${shared} shared passages found, 100 annotations per source`,
    },
  ];
}
