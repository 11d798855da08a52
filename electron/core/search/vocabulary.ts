import SearchableMap from 'minisearch/SearchableMap';

/** A word of the vocabulary that a query term reaches, and how much a match on it counts. */
export interface Expansion {
  termId: number;
  term: string;
  weight: number;
}

/**
 * Every word the index has seen, numbered, in MiniSearch's radix tree: finding the words a
 * prefix begins, or those within a typo or two of a query word, walks only the branches
 * that can match.
 */
export class Vocabulary {
  private readonly tree = new SearchableMap<number>();
  /** The same numbers in a hash map: indexing looks a word up once per occurrence. */
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];

  constructor(words: readonly string[] = []) {
    for (const word of words) this.idOf(word);
  }

  /** Each word, by its number. */
  all(): readonly string[] {
    return this.words;
  }

  /** The word's number, if the vocabulary has it. */
  find(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** The word's number, given a new one if it is new. */
  idOf(word: string): number {
    let termId = this.ids.get(word);
    if (termId === undefined) {
      termId = this.words.length;
      this.words.push(word);
      this.ids.set(word, termId);
      this.tree.set(word, termId);
    }
    return termId;
  }

  /** The words a query term reaches: itself, words it begins, words `fuzzy` edits away. */
  expand(term: string, options: { prefix: boolean; fuzzy: number }): Expansion[] {
    const found = new Map<string, Expansion>();
    const offer = (word: string, termId: number, weight: number) => {
      if ((found.get(word)?.weight ?? 0) < weight) found.set(word, { termId, term: word, weight });
    };
    const exact = this.ids.get(term);
    if (exact !== undefined) offer(term, exact, 1);
    // Weights as MiniSearch gives them: the further from the query, the less a match counts.
    if (options.prefix) {
      for (const [word, termId] of this.tree.atPrefix(term)) {
        const distance = word.length - term.length;
        if (distance > 0) offer(word, termId, (0.375 * word.length) / (word.length + 0.3 * distance));
      }
    }
    if (options.fuzzy > 0) {
      for (const [word, [termId, distance]] of this.tree.fuzzyGet(term, options.fuzzy)) {
        if (distance > 0) offer(word, termId, (0.45 * word.length) / (word.length + distance));
      }
    }
    return [...found.values()];
  }
}
