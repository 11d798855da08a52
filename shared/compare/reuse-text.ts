import { splitWords } from '../mentions/words';
import { splitParagraphs, splitSentences, type SentenceRange, type TextRange } from './sentences';

/**
 * One source's text as the reuse comparison reads it: paragraphs, and sentences whose words
 * are numbers standing for folded words (case, accents, curly apostrophes and punctuation
 * do not count; numbers do), so comparing wording is comparing arrays of integers.
 */
export interface ReadText {
  paragraphs: TextRange[];
  sentences: ReadSentence[];
}

export interface ReadSentence extends SentenceRange {
  words: number[];
}

/** Word → number, shared by all texts of one comparison so equal words get equal numbers. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }
}

export function readText(text: string, vocabulary: Vocabulary): ReadText {
  const paragraphs = splitParagraphs(text);
  const sentences: ReadSentence[] = splitSentences(text, paragraphs).map((range) => ({ ...range, words: [] }));
  const words = splitWords(text);
  // Words and sentences are both in text order: one walk assigns each word to its sentence.
  let s = 0;
  for (let w = 0; w < words.starts.length; w += 1) {
    const start = words.starts[w] as number;
    while (s < sentences.length && (sentences[s] as ReadSentence).end <= start) s += 1;
    const sentence = sentences[s];
    if (!sentence) break;
    if (sentence.start <= start) sentence.words.push(vocabulary.idOf(words.folded[w] as string));
  }
  return { paragraphs, sentences };
}

/** How many words a run of sentences holds, for weighting similarity by length. */
export function wordCount(text: ReadText, first: number, last: number): number {
  let count = 0;
  for (let s = first; s <= last; s += 1) count += (text.sentences[s] as ReadSentence).words.length;
  return count;
}
