import { sentencesAlike, type SentencePair } from './reuse-align';
import type { ReadSentence, ReadText } from './reuse-text';

/** A run of sentences in each text that share their wording: indexes into `sentences`. */
export interface AlignedPassage {
  aFirst: number;
  aLast: number;
  bFirst: number;
  bLast: number;
  similarity: number;
}

/** Aligned sentences this close in both texts belong to one passage (one may be skipped between). */
const NEAR = 2;

/**
 * Aligned sentences become passages. A passage stays inside one paragraph of each text,
 * so three copied paragraphs are three passages even when they were copied in a row, and
 * each lines up with a paragraph the reader sees. Inside a paragraph, aligned sentences a
 * sentence or two apart join up in any order: a sentence moved, added or dropped leaves
 * one passage.
 */
export function passagesBetween(a: ReadText, b: ReadText, pairs: readonly SentencePair[]): AlignedPassage[] {
  const groups = new Map<string, SentencePair[]>();
  for (const pair of pairs) {
    const key = `${sentenceAt(a, pair.a).paragraph}:${sentenceAt(b, pair.b).paragraph}`;
    const group = groups.get(key);
    if (group) group.push(pair);
    else groups.set(key, [pair]);
  }
  const passages: AlignedPassage[] = [];
  for (const group of groups.values()) {
    for (const cluster of clusters(fillAlongside(a, b, group))) passages.push(passageOf(a, b, cluster));
  }
  return passages;
}

/**
 * Short sentences never match on their own; next to an aligned pair, in the same order in
 * both texts, they join it when their wording agrees ("Talks continue." after a copied
 * sentence is part of the copy).
 */
function fillAlongside(a: ReadText, b: ReadText, group: SentencePair[]): SentencePair[] {
  const pairedA = new Set(group.map((pair) => pair.a));
  const pairedB = new Set(group.map((pair) => pair.b));
  const filled = [...group];
  for (let k = 0; k < filled.length; k += 1) {
    const pair = filled[k] as SentencePair;
    for (const step of [-1, 1]) {
      const i = pair.a + step;
      const j = pair.b + step;
      if (pairedA.has(i) || pairedB.has(j) || !sameParagraph(a, pair.a, i) || !sameParagraph(b, pair.b, j)) continue;
      const similarity = sentencesAlike(sentenceAt(a, i), sentenceAt(b, j));
      if (similarity === null) continue;
      pairedA.add(i);
      pairedB.add(j);
      filled.push({ a: i, b: j, similarity });
    }
  }
  return filled;
}

/** Pairs linked when they lie within NEAR sentences of each other in both texts. */
function clusters(pairs: SentencePair[]): SentencePair[][] {
  const sorted = [...pairs].sort((x, y) => x.a - y.a || x.b - y.b);
  const parent = sorted.map((_, k) => k);
  const root = (k: number): number => {
    let r = k;
    while (parent[r] !== r) r = parent[r] as number;
    parent[k] = r;
    return r;
  };
  for (let k = 0; k < sorted.length; k += 1) {
    const pair = sorted[k] as SentencePair;
    // Sorted by `a`, so only the pairs just before can be near: the scan stays short.
    for (let m = k - 1; m >= 0 && pair.a - (sorted[m] as SentencePair).a <= NEAR; m -= 1) {
      if (Math.abs(pair.b - (sorted[m] as SentencePair).b) <= NEAR) parent[root(k)] = root(m);
    }
  }
  const byRoot = new Map<number, SentencePair[]>();
  sorted.forEach((pair, k) => {
    const r = root(k);
    const cluster = byRoot.get(r);
    if (cluster) cluster.push(pair);
    else byRoot.set(r, [pair]);
  });
  return [...byRoot.values()];
}

/**
 * The passage spans from the first to the last aligned sentence on each side. Its
 * similarity is the mean over every sentence in it, weighted by words, of how closely that
 * sentence matches its partner (0 for a sentence with none): an added clause or sentence
 * lowers it, as it lowers how much of the wording the two stretches share.
 */
function passageOf(a: ReadText, b: ReadText, cluster: SentencePair[]): AlignedPassage {
  const bestA = new Map<number, number>();
  const bestB = new Map<number, number>();
  for (const pair of cluster) {
    bestA.set(pair.a, Math.max(bestA.get(pair.a) ?? 0, pair.similarity));
    bestB.set(pair.b, Math.max(bestB.get(pair.b) ?? 0, pair.similarity));
  }
  const aFirst = Math.min(...bestA.keys());
  const aLast = Math.max(...bestA.keys());
  const bFirst = Math.min(...bestB.keys());
  const bLast = Math.max(...bestB.keys());
  let weighted = 0;
  let words = 0;
  const add = (text: ReadText, first: number, last: number, best: Map<number, number>) => {
    for (let s = first; s <= last; s += 1) {
      const count = sentenceAt(text, s).words.length;
      weighted += count * (best.get(s) ?? 0);
      words += count;
    }
  };
  add(a, aFirst, aLast, bestA);
  add(b, bFirst, bLast, bestB);
  const similarity = words === 0 ? 0 : Math.min(1, weighted / words);
  return { aFirst, aLast, bFirst, bLast, similarity };
}

function sentenceAt(text: ReadText, s: number): ReadSentence {
  return text.sentences[s] as ReadSentence;
}

function sameParagraph(text: ReadText, s: number, other: number): boolean {
  const sentence = text.sentences[other];
  return sentence !== undefined && sentence.paragraph === sentenceAt(text, s).paragraph;
}
