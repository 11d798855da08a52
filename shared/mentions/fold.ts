/**
 * Folding makes two spellings of a name compare equal when a reader would call them the
 * same name: case, accents, curly versus straight apostrophes, and the Arabic letters that
 * writers use interchangeably. It works on one word at a time, so a match is always a run
 * of whole words and its offsets come straight from the original text.
 */

const ASCII = /^[\x20-\x7e]*$/;
// Combining marks (accents, Arabic harakat), the Arabic tatweel and zero-width joiners
// change how a word looks, not which word it is.
const IGNORABLE = /[\p{M}\u0640\u200c\u200d]/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;

// Letters that NFD does not decompose but that readers treat as their plain form.
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ς: 'σ',
  // Arabic: alef maqsura for yaa and taa marbuta for haa are common spelling variants.
  'ى': 'ي', 'ة': 'ه',
};
const FOLDABLE_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

// Most words of most sources repeat; folding the non-ASCII ones once each keeps scans fast.
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/** One word as it compares for names: lowercase, no accents, straight apostrophes. */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const folded = word
    .normalize('NFD')
    .replace(IGNORABLE, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(FOLDABLE_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, folded);
  return folded;
}

/**
 * What lies between two words of a name, as it compares: any run of spaces and line breaks
 * is one space, and a hyphen counts as a space because transliterations write "al-Sayed"
 * and "al Sayed" for the same person. Other punctuation (the period of an initial) stays.
 */
export function foldSeparator(between: string): string {
  if (between === ' ') return between;
  return between.replace(APOSTROPHES, "'").replace(/[-‐‑\s]+/g, ' ');
}
