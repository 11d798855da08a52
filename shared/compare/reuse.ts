import { alignSentences, bigramIndex, type BigramIndex } from './reuse-align';
import { passagesBetween, type AlignedPassage } from './reuse-passages';
import { readText, Vocabulary, type ReadSentence, type ReadText } from './reuse-text';
import type { PassageRef, SharedPassage } from './types';

export interface ComparedText {
  sourceId: string;
  text: string;
}

/**
 * Text reuse between sources: every pair of stretches two sources share verbatim or with
 * small edits, and each source's paragraphs found in none of the others.
 *
 * Each text is cut into sentences; sentences of two sources that share wording are found
 * through an index of word pairs and scored word by word; aligned sentences near each
 * other become one passage per paragraph pair. Work grows with the length of the texts,
 * not with the product of their sentence counts.
 *
 * `shared` has one entry per passage per pair of sources, `a` from the source earlier in
 * the input, offsets from the start of its first sentence to the end of its last. `unique`
 * lists whole paragraphs that overlap no shared passage: a paragraph partly shared with
 * another source is not unique, because its unshared sentences read as edits around the
 * copy (an added clause, a reworded line), not as reporting of its own.
 */
export function compareTexts(texts: readonly ComparedText[]): { shared: SharedPassage[]; unique: PassageRef[] } {
  const vocabulary = new Vocabulary();
  const read = texts.map((entry) => readText(entry.text, vocabulary));
  const indexes = new Map<number, BigramIndex>();
  const indexOf = (x: number) => {
    let index = indexes.get(x);
    if (index === undefined) {
      index = bigramIndex(read[x] as ReadText);
      indexes.set(x, index);
    }
    return index;
  };

  const shared: { order: number[]; passage: SharedPassage }[] = [];
  const covered: PassageRef[][] = texts.map(() => []);
  for (let x = 0; x < texts.length; x += 1) {
    for (let y = x + 1; y < texts.length; y += 1) {
      const a = read[x] as ReadText;
      const b = read[y] as ReadText;
      for (const aligned of passagesBetween(a, b, alignSentences(a, indexOf(x), b))) {
        const passage = sharedPassage(texts[x] as ComparedText, a, texts[y] as ComparedText, b, aligned);
        shared.push({ order: [x, y, passage.a.start, passage.b.start, passage.a.end, passage.b.end], passage });
        covered[x]?.push(passage.a);
        covered[y]?.push(passage.b);
      }
    }
  }
  shared.sort((p, q) => compareOrder(p.order, q.order));

  const unique = texts.flatMap((entry, x) => uniqueParagraphs(entry.sourceId, read[x] as ReadText, covered[x] ?? []));
  return { shared: shared.map((entry) => entry.passage), unique };
}

/** Paragraphs with words that overlap none of the shared stretches, in text order. */
function uniqueParagraphs(sourceId: string, text: ReadText, covered: PassageRef[]): PassageRef[] {
  // A separator line ("* * *") or an emoji on its own is not a passage anyone reads as reporting.
  const worded = new Set(text.sentences.filter((s) => s.words.length > 0).map((s) => s.paragraph));
  const stretches = [...covered].sort((p, q) => p.start - q.start);
  const unique: PassageRef[] = [];
  // Both lists are in text order: one sweep, keeping the furthest end of the stretches so far.
  let next = 0;
  let reach = -1;
  text.paragraphs.forEach((paragraph, index) => {
    while (next < stretches.length && (stretches[next] as PassageRef).start < paragraph.end) {
      reach = Math.max(reach, (stretches[next] as PassageRef).end);
      next += 1;
    }
    const overlaps = reach > paragraph.start;
    if (worded.has(index) && !overlaps) unique.push({ sourceId, start: paragraph.start, end: paragraph.end });
  });
  return unique;
}

function sharedPassage(
  x: ComparedText,
  a: ReadText,
  y: ComparedText,
  b: ReadText,
  aligned: AlignedPassage,
): SharedPassage {
  const first = (text: ReadText, s: number) => (text.sentences[s] as ReadSentence).start;
  const last = (text: ReadText, s: number) => (text.sentences[s] as ReadSentence).end;
  return {
    a: { sourceId: x.sourceId, start: first(a, aligned.aFirst), end: last(a, aligned.aLast) },
    b: { sourceId: y.sourceId, start: first(b, aligned.bFirst), end: last(b, aligned.bLast) },
    // Three decimals: enough to rank passages, and stable to print.
    similarity: Math.round(aligned.similarity * 1000) / 1000,
  };
}

function compareOrder(p: readonly number[], q: readonly number[]): number {
  for (let k = 0; k < p.length; k += 1) {
    const difference = (p[k] as number) - (q[k] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}
