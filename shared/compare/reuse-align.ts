import type { ReadSentence, ReadText } from './reuse-text';

/**
 * Sentence alignment between two texts. Candidates come from an inverted index of word
 * pairs (bigrams), so each sentence is compared only with the few sentences that share its
 * wording; each candidate is then scored on its words in order.
 */

/** Sentences shorter than this never match on their own: "Talks continue." is not reuse. */
export const MIN_SENTENCE_WORDS = 6;
/** A bigram in more sentences than this ("of the", "said on") says nothing about reuse. */
const COMMON_BIGRAM = 40;
/** Shared bigrams a candidate needs: one can be chance, two in one sentence rarely is. */
const MIN_SHARED_BIGRAMS = 2;
/** Candidates scored per sentence, most shared bigrams first; more only for repeated text. */
const MAX_CANDIDATES = 6;
/** Of the shorter sentence, the part found in the longer one: a clause added or dropped still passes. */
const MIN_CONTAINMENT = 0.7;
/** Of both sentences together, the part they share: one sentence quoting a few words of another does not. */
const MIN_DICE = 0.5;
/** Beyond this many word-by-word steps the order-free overlap stands in for the ordered one. */
const ORDERED_LIMIT = 20_000;

export interface SentencePair {
  a: number;
  b: number;
  /** 0..1: twice the words in common over the words of both. */
  similarity: number;
}

/** Bigram → the sentences holding it (each once), over sentences long enough to match. */
export type BigramIndex = Map<number, number[]>;

export function bigramIndex(text: ReadText): BigramIndex {
  const index: BigramIndex = new Map();
  text.sentences.forEach((sentence, s) => {
    if (sentence.words.length < MIN_SENTENCE_WORDS) return;
    for (const bigram of bigramsOf(sentence)) {
      const postings = index.get(bigram);
      if (postings === undefined) index.set(bigram, [s]);
      else postings.push(s);
    }
  });
  return index;
}

/** Every pair of sentences, one from each text, whose wording is the same or nearly. */
export function alignSentences(a: ReadText, aIndex: BigramIndex, b: ReadText): SentencePair[] {
  const pairs: SentencePair[] = [];
  const shared = new Map<number, number>();
  b.sentences.forEach((sentence, j) => {
    if (sentence.words.length < MIN_SENTENCE_WORDS) return;
    shared.clear();
    for (const bigram of bigramsOf(sentence)) {
      const postings = aIndex.get(bigram);
      if (postings === undefined || postings.length > COMMON_BIGRAM) continue;
      for (const i of postings) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    const candidates = [...shared]
      .filter(([, count]) => count >= MIN_SHARED_BIGRAMS)
      .sort(([i, x], [k, y]) => y - x || i - k)
      .slice(0, MAX_CANDIDATES);
    for (const [i] of candidates) {
      const similarity = sentencesAlike(a.sentences[i] as ReadSentence, sentence);
      if (similarity !== null) pairs.push({ a: i, b: j, similarity });
    }
  });
  return pairs;
}

/** The similarity of two sentences when they read as the same sentence, else null. */
export function sentencesAlike(x: ReadSentence, y: ReadSentence): number | null {
  const lx = x.words.length;
  const ly = y.words.length;
  if (lx === 0 || ly === 0) return null;
  const common = lx * ly <= ORDERED_LIMIT ? commonInOrder(x.words, y.words) : commonAnyOrder(x.words, y.words);
  const dice = (2 * common) / (lx + ly);
  return common / Math.min(lx, ly) >= MIN_CONTAINMENT && dice >= MIN_DICE ? dice : null;
}

function bigramsOf(sentence: ReadSentence): Set<number> {
  const bigrams = new Set<number>();
  const words = sentence.words;
  // Word numbers stay far below 2^26, so the key is exact within a double's 53 bits.
  for (let w = 1; w < words.length; w += 1) bigrams.add((words[w - 1] as number) * 67_108_864 + (words[w] as number));
  return bigrams;
}

/** Longest common subsequence of words: a changed word costs one, not a whole shingle. */
function commonInOrder(x: readonly number[], y: readonly number[]): number {
  let previous = new Uint16Array(y.length + 1);
  let current = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i += 1) {
    const word = x[i - 1];
    for (let j = 1; j <= y.length; j += 1) {
      current[j] = word === y[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length] as number;
}

/** Words the two share counting repeats, ignoring order: an upper bound of the ordered count. */
function commonAnyOrder(x: readonly number[], y: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const word of x) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of y) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(word, left - 1);
    }
  }
  return common;
}
