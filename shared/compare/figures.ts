/**
 * Numbers and durations read from a quote, normalised so that two outlets' wordings can be
 * compared: "forty-eight hours", "a 48-hour pause" and "two days" are all 48 hours.
 * A careful hand parser rather than NLP: term quotes are short, and every rule here is one a
 * researcher can predict.
 */
export interface Figure {
  /** What is counted; only figures of one kind are compared ("duration", "percent", "count:prisoner", "number"). */
  kind: string;
  low: number;
  /** Equal to `low` unless the quote gives a range ("48 to 72 hours"). */
  high: number;
  /** As shown to a person: "48 hours", "30%", "200 prisoners", "1200". */
  text: string;
}

type Token = { type: 'num' | 'word' | 'sym'; text: string };

const SMALL = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const MONTHS = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Minutes to weeks are compared in hours; months and years in months (a month has no fixed number of hours). */
const UNITS: Record<string, { kind: 'duration' | 'long-duration'; factor: number }> = {
  minute: { kind: 'duration', factor: 1 / 60 },
  hour: { kind: 'duration', factor: 1 },
  hr: { kind: 'duration', factor: 1 },
  day: { kind: 'duration', factor: 24 },
  week: { kind: 'duration', factor: 168 },
  month: { kind: 'long-duration', factor: 1 },
  year: { kind: 'long-duration', factor: 12 },
};
/** Words between a number and what it counts: "200 more prisoners", "three of the hostages". */
const MODIFIERS = new Set('of the more additional other extra further some about around nearly almost over'.split(' '));
/** Words after a number that say it counts nothing: "200 were freed", "three of them". */
const NOT_COUNTED = new Set(
  'and or but to in on at by for from with within after before than as if is are was were be been will would could should may might has have had them those these they who which that it its per each'.split(' '),
);
const FREQUENCY = new Set(['once', 'twice', 'times', 'per']);
const SIGNALS_YEAR = new Set(['in', 'since', 'until', 'by', 'from', 'of']);

export function readFigures(quote: string): Figure[] {
  const tokens = tokenize(quote);
  const figures: Figure[] = [];
  let i = 0;
  while (i < tokens.length) {
    const figure = readFigure(tokens, i);
    if (figure) figures.push(figure.figure);
    i = figure ? figure.next : i + 1;
  }
  return figures;
}

export function sameFigure(a: Figure, b: Figure): boolean {
  return a.kind === b.kind && a.low === b.low && a.high === b.high;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Times ("10:30") and ordinals ("3rd") are matched whole, as symbols, so they are never read as amounts.
  const pattern = /(\d+:\d+|\d+(?:st|nd|rd|th)\b)|(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|([\p{L}]+)|(\S)/gu;
  for (const m of text.matchAll(pattern)) {
    if (m[2]) tokens.push({ type: 'num', text: m[2] });
    else if (m[3]) tokens.push({ type: 'word', text: m[3] });
    else tokens.push({ type: 'sym', text: m[0] });
  }
  return tokens;
}

function readFigure(tokens: Token[], start: number): { figure: Figure; next: number } | null {
  const first = readNumber(tokens, start);
  if (!first) return null;
  const low = first.value;
  let high = first.value;
  let at = first.next;
  const range = readRangeEnd(tokens, start, at);
  if (range) [high, at] = [range.value, range.next];
  if (tokens[at]?.text === '-') at += 1; // "48-hour", "forty-eight-hour"
  const word = lower(tokens[at]);
  if (tokens[at]?.text === '%' || word === 'percent' || (word === 'per' && lower(tokens[at + 1]) === 'cent')) {
    return { figure: { kind: 'percent', low, high, text: `${amount(low, high)}%` }, next: at + (word === 'per' ? 2 : 1) };
  }
  if (UNITS[singular(word)]) return { figure: duration(singular(word), low, high), next: at + 1 };
  // "one" and "a" alone are too common to be amounts unless a unit follows ("one week", "a day").
  if (first.weak || isDate(tokens, start, at)) return null;
  const noun = countedNoun(tokens, at);
  if (noun) return { figure: { kind: `count:${singular(noun)}`, low, high, text: `${amount(low, high)} ${noun}` }, next: at };
  return { figure: { kind: 'number', low, high, text: amount(low, high) }, next: at };
}

/** Hours, days and weeks are shown in hours, as they are compared; months and years as written. */
function duration(written: string, low: number, high: number): Figure {
  const unit = UNITS[written]!;
  const [a, b] = unit.kind === 'duration' ? [low * unit.factor, high * unit.factor] : [low, high];
  const shown = unit.kind === 'duration' ? 'hour' : written;
  return { kind: unit.kind, low: low * unit.factor, high: high * unit.factor, text: `${amount(a, b)} ${plural(shown, a, b)}` };
}

/** "48 to 72", "48-72", "two or three", "between 48 and 72". */
function readRangeEnd(tokens: Token[], start: number, at: number): { value: number; next: number } | null {
  const joiner = lower(tokens[at]);
  const between = lower(tokens[start - 1]) === 'between' && joiner === 'and';
  if (!between && !['to', 'or', '-', '–', '—'].includes(joiner)) return null;
  const end = readNumber(tokens, at + 1);
  return end && !end.weak ? end : null;
}

interface ReadNumber {
  value: number;
  next: number;
  /** A lone "one", "a" or "an": an amount only when a unit follows. */
  weak: boolean;
}

function readNumber(tokens: Token[], start: number): ReadNumber | null {
  const token = tokens[start];
  if (token?.type === 'num') {
    const value = Number(token.text.replace(/,/g, ''));
    const scale = SCALES[lower(tokens[start + 1])] ?? (lower(tokens[start + 1]) === 'hundred' ? 100 : 0);
    return scale ? { value: value * scale, next: start + 2, weak: false } : { value, next: start + 1, weak: false };
  }
  return readNumberWords(tokens, start);
}

/** "forty-eight", "two hundred and fifty", "a dozen", "1.5 million" is handled by readNumber. */
function readNumberWords(tokens: Token[], start: number): ReadNumber | null {
  let total = 0;
  let current = 0;
  let words = 0;
  let at = start;
  if (['a', 'an'].includes(lower(tokens[at]))) {
    // "twice a day" is a frequency, not a duration.
    if (FREQUENCY.has(lower(tokens[at - 1]))) return null;
    const next = lower(tokens[at + 1]);
    if (next === 'dozen' || next === 'hundred' || SCALES[next]) [current, at] = [1, at + 1];
    else return UNITS[singular(next)] ? { value: 1, next: at + 1, weak: true } : null;
  }
  for (;;) {
    const word = lower(tokens[at]);
    const small = SMALL.indexOf(word);
    const tens = TENS.indexOf(word);
    if (small >= 0) current += small;
    else if (tens >= 0) current += (tens + 2) * 10;
    else if (word === 'hundred' || word === 'dozen') current = (current || 1) * (word === 'dozen' ? 12 : 100);
    else if (SCALES[word]) [total, current] = [total + (current || 1) * SCALES[word]!, 0];
    else if (word === '-' && words > 0 && isNumberWord(lower(tokens[at + 1]))) {
      at += 1;
      continue;
    } else if (word === 'and' && (total > 0 || current >= 100) && isNumberWord(lower(tokens[at + 1]))) {
      at += 1;
      continue;
    } else break;
    words += 1;
    at += 1;
  }
  if (words === 0) return null;
  const value = total + current;
  return { value, next: at, weak: value === 1 && words === 1 };
}

function isNumberWord(word: string): boolean {
  return SMALL.includes(word) || TENS.includes(word) || word === 'hundred' || word === 'dozen' || word in SCALES;
}

/** "12 March", "March 12", "in 2024": a date, not an amount. */
function isDate(tokens: Token[], start: number, end: number): boolean {
  if (isMonth(tokens[start - 1]) || isMonth(tokens[end])) return true;
  const token = tokens[start]!;
  const yearLike = token.type === 'num' && /^(19|20)\d\d$/.test(token.text);
  return yearLike && (SIGNALS_YEAR.has(lower(tokens[start - 1])) || countedNoun(tokens, end) === null);
}

/** What an amount counts: the first plain lower-case word after it, past modifiers and proper adjectives. */
function countedNoun(tokens: Token[], at: number): string | null {
  for (let i = at; i < at + 4; i += 1) {
    const token = tokens[i];
    if (!token || token.type !== 'word') return null;
    const word = token.text.toLowerCase();
    if (MODIFIERS.has(word) || token.text !== word) continue;
    if (NOT_COUNTED.has(word) || word.length < 3 || isNumberWord(word)) return null;
    return word;
  }
  return null;
}

/** Capitalised, so "200 may be freed" is not a date in May. */
function isMonth(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text) && MONTHS.has(token.text.toLowerCase());
}

function lower(token: Token | undefined): string {
  return token ? token.text.toLowerCase() : '';
}

function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

function plural(unit: string, low: number, high: number): string {
  return low === 1 && high === 1 ? unit : `${unit}s`;
}

function amount(low: number, high: number): string {
  const shown = (n: number) => String(Math.round(n * 100) / 100);
  return low === high ? shown(low) : `${shown(low)} to ${shown(high)}`;
}
