/**
 * Paragraphs and sentences of a source's text as UTF-16 ranges into it (end exclusive),
 * trimmed of surrounding whitespace, so a passage made of whole sentences slices cleanly
 * from the text the reader shows.
 */
export interface TextRange {
  start: number;
  end: number;
}

export interface SentenceRange extends TextRange {
  /** Index of the paragraph the sentence lies in. */
  paragraph: number;
}

/** Paragraphs are separated by a blank line (stored text has exactly one; tolerate more). */
export function splitParagraphs(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  const blankLine = /\n[ \t\f\v]*\n\s*/g;
  let from = 0;
  const add = (end: number) => {
    const range = trimmed(text, from, end);
    if (range) paragraphs.push(range);
  };
  for (const match of text.matchAll(blankLine)) {
    add(match.index);
    from = match.index + match[0].length;
  }
  add(text.length);
  return paragraphs;
}

/** The sentences of every paragraph, in text order. A sentence never crosses a paragraph. */
export function splitSentences(text: string, paragraphs: readonly TextRange[]): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  paragraphs.forEach((paragraph, index) => {
    let from = paragraph.start;
    const add = (end: number) => {
      const range = trimmed(text, from, end);
      if (range) sentences.push({ ...range, paragraph: index });
      from = end;
    };
    for (const cut of sentenceCuts(text, paragraph)) add(cut);
    add(paragraph.end);
  });
  return sentences;
}

// Full stops, question and exclamation marks, the ellipsis, Arabic and Urdu marks.
const TERMINATOR = /[.!?…\u061f\u06d4]/;
// Marks that end a sentence without a following space (Chinese, Japanese).
const CJK_TERMINATOR = /[。！？]/;
// What may follow the terminator and still belong to the sentence it ends.
const CLOSER = /["'”’»)\]]/;
// Titles are always followed by a name, so their period never ends a sentence.
const TITLES = new Set(
  'mr mrs ms dr prof st gen sen rep gov lt col capt sgt maj cmdr adm rev hon pres messrs mme mlle'.split(' '),
);

/** Offsets just past each sentence's end (terminator and closing quotes) inside a paragraph. */
function* sentenceCuts(text: string, paragraph: TextRange): Generator<number> {
  let i = paragraph.start;
  while (i < paragraph.end) {
    const c = text[i] as string;
    if (c === '\n') {
      // A line break inside a paragraph ends a headline, a list item or a byline; a line
      // that goes on in lowercase is a hard-wrapped sentence continuing.
      if (!startsLowercase(text, i + 1, paragraph.end)) yield i;
      i += 1;
      continue;
    }
    if (CJK_TERMINATOR.test(c)) {
      i += 1;
      while (i < paragraph.end && CLOSER.test(text[i] as string)) i += 1;
      yield i;
      continue;
    }
    if (!TERMINATOR.test(c)) {
      i += 1;
      continue;
    }
    const mark = i;
    while (i < paragraph.end && TERMINATOR.test(text[i] as string)) i += 1;
    while (i < paragraph.end && CLOSER.test(text[i] as string)) i += 1;
    // "3.5", "U.S.", "parley.example": a period with no space after it is inside a word.
    if (i < paragraph.end && !/\s/.test(text[i] as string)) continue;
    if (text[mark] === '.' && i === mark + 1 && isAbbreviation(text, mark, i, paragraph)) continue;
    if (startsLowercase(text, i, paragraph.end)) continue;
    yield i;
  }
}

/**
 * Whether the word ending at the period at `dot` is a title, an initial ("J.", "U.S.") or
 * "No." before a number. A sentence that really ends on one is joined to the next: rarer,
 * and a passage built of whole sentences still covers both.
 */
function isAbbreviation(text: string, dot: number, after: number, paragraph: TextRange): boolean {
  let start = dot;
  while (start > paragraph.start && /[\p{L}.]/u.test(text[start - 1] as string)) start -= 1;
  const word = text.slice(start, dot);
  if (word.includes('.')) return true;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (lower === 'no' || lower === 'nos') return /^\s*\d/.test(text.slice(after, after + 4));
  return TITLES.has(lower);
}

/** Whether the next visible letter after `from` (past spaces and opening quotes) is lowercase. */
function startsLowercase(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && /[\s"'“‘«([]/.test(text[i] as string)) i += 1;
  return i < end && /\p{Ll}/u.test(text[i] as string);
}

function trimmed(text: string, start: number, end: number): TextRange | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s += 1;
  while (e > s && /\s/.test(text[e - 1] as string)) e -= 1;
  return e > s ? { start: s, end: e } : null;
}
