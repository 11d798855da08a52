import { reanchorAll } from '../../../shared/anchoring';
import { describeSpan } from '../../../shared/anchoring/describe';
import type { AnnotationTarget } from '../../../shared/model';
import { generateArticle, highlightSpans, Random } from '../corpus';
import type { HarnessContext } from '../harness/context';
import { measure } from '../harness/measure';
import type { RowResult } from '../types';

const ROW = 're-anchor after a text edit';

/**
 * A researcher's edit of a long article: a correction near the top (every span after it
 * shifts), a word changed inside some highlighted passages, a paragraph removed.
 */
export function editArticle(text: string, seed: number): string {
  const random = new Random(seed);
  const paragraphs = text.split('\n\n');
  paragraphs.splice(1, 0, 'Correction: an earlier version of this report misstated the date of the first meeting.');
  for (let i = 3; i < paragraphs.length; i += random.int(4, 9)) {
    paragraphs[i] = paragraphs[i]!.replace(/\b(the|said|would|for)\b/, (word) => (word === 'the' ? 'a' : word.toUpperCase()));
  }
  paragraphs.splice(Math.floor(paragraphs.length / 2), 1);
  return paragraphs.join('\n\n');
}

/**
 * The work `sources.editText` does between reading the annotations and writing the file
 * (electron/core/versions/new-version.ts): reanchorAll over every annotation, then each
 * found span described again in the new text.
 */
export async function run(context: HarnessContext): Promise<RowResult[]> {
  const words = 10_000;
  const count = 200;
  const article = generateArticle(context.seed, words);
  const targets: AnnotationTarget[] = highlightSpans(article.text, count, context.seed).map((s) => describeSpan(article.text, s.start, s.end));
  const edited = editArticle(article.text, context.seed);

  context.say(`${ROW}: ${count} annotations in a ${words.toLocaleString('en')}-word source`);
  const states = { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const figures = await measure({ warmup: 5, runs: context.pick(50, 15) }, (run) => {
    const found = reanchorAll(edited, targets);
    const carried = found.map((r) => (r.state === 'orphaned' ? undefined : describeSpan(edited, r.start, r.end)));
    if (run === 0) for (const r of found) states[r.state] += 1;
    return carried;
  });
  return [
    {
      row: ROW,
      workload: `${article.words.toLocaleString('en')}-word source, ${count} annotations`,
      median: figures.median,
      p95: figures.p95,
      target: '≤ 20 ms for all',
      met: figures.median <= 20,
      notes: `${figures.runs} runs; after the edit: ${states.anchored} anchored, ${states.moved} moved, ${states.fuzzy} fuzzy, ${states.orphaned} orphaned`,
    },
  ];
}
