import { buildNameIndex } from './name-index';
import { hasCapital, isCapitalised, nameRuns } from './name-runs';
import { allowedSlips, spellingDistance } from './spelling-distance';
import { nameKey, splitWords, type Words } from './words';
import { isCommonWord, isTitleWord } from './common-words';

/** A name in a text that reads like a misspelling of one of an entity's names. */
export interface NearMiss {
  start: number;
  end: number;
  text: string;
  /** The entity's name or alias it is closest to. */
  closestAlias: string;
  /** Letters changed, added, dropped or swapped, plus middle initials added or dropped. */
  distance: number;
}

export interface NearMissEntity {
  name: string;
  aliases: readonly string[];
  /** Spellings the researcher said belong to someone else. */
  ignoredNames?: readonly string[];
}

export interface NearMissOptions {
  /** Names of the notebook's other entities: a name that is someone else's is no misspelling. */
  otherNames?: readonly string[];
}

/** One of the entity's names, ready for comparing with windows of a text. */
interface NameForm {
  name: string;
  /** Folded words without middle initials: "Amal K. Haddad" → amal, haddad. */
  core: string[];
  initials: string[];
  surname: string;
  slips: number;
}

// Longer windows than this are sentences of capitalised words, not one name.
const MAX_WINDOW = 6;

/** An entity's near-miss search, built once and asked of many texts. */
export interface NearMissSearch {
  /** Near misses in `text`; `words` is `splitWords(text)` when the caller already has it. */
  find(text: string, words?: Words): NearMiss[];
  /**
   * Of the texts a word index knows, those that could hold a near miss; the others are known
   * to hold none and need no scan. `holding` gives the texts holding a word it accepts.
   */
  textsThatMayHold<T>(holding: (wanted: (word: string) => boolean) => ReadonlySet<T>): Set<T>;
}

/**
 * Finds names that are close to, but not, one of an entity's names: "Hadad", "Haddaad" or
 * "Hdadad" for "Haddad", "Amal Hadad" or "Amal Haddad" for "Amal K. Haddad". Surnames carry
 * the comparison; given names must agree, so "Amal Nasser" or "Karim Haddad" (other people
 * who share a first name or a surname) are not flagged. Build once per entity and call it
 * for each source.
 */
export function nearMissFinder(entity: NearMissEntity, options: NearMissOptions = {}): (text: string) => NearMiss[] {
  const search = nearMissSearch(entity, options);
  return (text) => search.find(text);
}

export function nearMissSearch(entity: NearMissEntity, options: NearMissOptions = {}): NearMissSearch {
  const names = [entity.name, ...entity.aliases];
  const forms = names.map(nameForm).filter((form): form is NameForm => form !== undefined);
  const exact = buildNameIndex([{ id: '', names }]);
  const ignored = new Set((entity.ignoredNames ?? []).map(nameKey));
  const others = new Set<string>();
  for (const other of options.otherNames ?? []) {
    const key = nameKey(other);
    others.add(key);
    // A bare surname is more likely the other person's than a slip for this one's.
    const lastWord = key.split(/[ .]+/).pop();
    if (lastWord) others.add(lastWord);
  }
  const closeToSurname = surnameFilter(forms);

  const find = (text: string, words: Words = splitWords(text)): NearMiss[] => {
    // Correctly spelled names are only needed once a run holds a candidate.
    let taken: Array<readonly [number, number]> | undefined;
    const takenSpans = () => (taken ??= exact.findInWords(text, words).map((hit) => [hit.start, hit.end] as const));
    const seenLowercase = lowercaseWords(text, words);
    const found: NearMiss[] = [];
    for (const run of nameRuns(text, words)) {
      // Every near miss ends in a word close to a surname; most runs hold none.
      if (!words.folded.slice(run.first, run.end).some(closeToSurname)) continue;
      for (const miss of missesInRun(text, words, run.first, run.end, forms, seenLowercase, closeToSurname)) {
        const key = nameKey(miss.text);
        if (others.has(key) || isIgnored(key, ignored)) continue;
        // Part of a correctly spelled name ("K. Haddad" in "Amal K. Haddad"): no slip.
        if (takenSpans().some(([start, end]) => start <= miss.start && miss.end <= end)) continue;
        if (found.some((f) => f.start < miss.end && miss.start < f.end)) continue;
        found.push(miss);
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
  return { find, textsThatMayHold: (holding) => textsThatMayHold(forms, holding) };
}

/**
 * A lone word is a near miss only when it is a slip for some name and no one-word name is
 * spelled exactly so; a longer window starts with a name's first word and ends close to its
 * surname, so a text needs both.
 */
function textsThatMayHold<T>(forms: NameForm[], holding: (wanted: (word: string) => boolean) => ReadonlySet<T>): Set<T> {
  const exactLoneNames = new Set(forms.filter((f) => f.core.length === 1).map((f) => f.surname));
  const loneSlip = (word: string) => !exactLoneNames.has(word) && forms.some((f) => (surnameSlips(word, f) ?? 0) > 0);
  const found = new Set(holding(loneSlip));
  for (const form of forms) {
    if (form.core.length < 2) continue;
    const withFirst = holding((word) => word === form.core[0]);
    if (withFirst.size === 0) continue;
    for (const text of holding((word) => surnameSlips(word, form) !== undefined)) if (withFirst.has(text)) found.add(text);
  }
  return found;
}

/** Near misses of one entity's names in one text. */
export function findNearMisses(text: string, entity: NearMissEntity, options: NearMissOptions = {}): NearMiss[] {
  return nearMissFinder(entity, options)(text);
}

/** Every window of a run that is a near miss, longest windows and fewest slips first. */
function missesInRun(
  text: string,
  words: Words,
  first: number,
  end: number,
  forms: NameForm[],
  seenLowercase: () => Set<string>,
  closeToSurname: (word: string) => boolean,
): NearMiss[] {
  const misses: Array<NearMiss & { size: number }> = [];
  for (let a = first; a < end; a += 1) {
    for (let b = a + 1; b <= Math.min(end, a + MAX_WINDOW); b += 1) {
      if (!closeToSurname(words.folded[b - 1] as string)) continue;
      const window = words.folded.slice(a, b);
      // A lone word after a given name is that person's surname: "Karim Hadad" is not
      // a slip for "Amal Haddad" just because "Hadad" alone would be.
      // In a caseless script every word looks like a name, so a lone word is never enough.
      const loneSurnameAllowed =
        hasCapital(text, words, a) &&
        (a === first || isTitleWord(words.folded[a - 1] as string) || isCommonWord(words.folded[a - 1] as string));
      let best: { form: NameForm; distance: number; shape: number } | undefined;
      for (const form of forms) {
        const d = compare(window, form, loneSurnameAllowed);
        if (d === undefined) continue;
        // On a tie the name of the window's shape is the closer one: "Hadad" is closest
        // to the alias "Haddad", not to "Amal K. Haddad".
        const shape = Math.abs(form.core.length - window.length);
        if (!best || d < best.distance || (d === best.distance && shape < best.shape)) best = { form, distance: d, shape };
      }
      if (!best || best.distance === 0) continue;
      if (window.length === 1 && (isCommonWord(window[0] as string) || seenLowercase().has(window[0] as string))) continue;
      const start = words.starts[a] as number;
      const stop = words.ends[b - 1] as number;
      misses.push({ start, end: stop, text: text.slice(start, stop), closestAlias: best.form.name, distance: best.distance, size: b - a });
    }
  }
  misses.sort((x, y) => y.size - x.size || x.distance - y.distance || x.start - y.start);
  return misses.map(({ size: _size, ...miss }) => miss);
}

/** Slips between a window of folded words and one name, or undefined when it is not close. */
function compare(window: string[], form: NameForm, loneSurnameAllowed: boolean): number | undefined {
  const { core, initials } = splitInitials(window);
  if (core.length === 1 && !loneSurnameAllowed) return undefined;
  if (core.length === 1 && form.core.length > 1) {
    if (initials.length > 0) return undefined;
    const d = surnameSlips(core[0] as string, form);
    // A bare, correctly spelled surname is a short form, not a misspelling.
    return d === 0 ? undefined : d;
  }
  if (core.length !== form.core.length) return undefined;
  for (let k = 0; k < core.length - 1; k += 1) if (core[k] !== form.core[k]) return undefined;
  const d = surnameSlips(core[core.length - 1] as string, form);
  if (d === undefined) return undefined;
  const initialSlips = initials.filter((x) => !form.initials.includes(x)).length + form.initials.filter((x) => !initials.includes(x)).length;
  return d + initialSlips;
}

function surnameSlips(word: string, form: NameForm): number | undefined {
  if (word === form.surname) return 0;
  if (form.slips === 0 || Math.abs(word.length - form.surname.length) > form.slips) return undefined;
  // Short surnames keep their first letter when misspelled; without this, capitalised
  // words at the start of sentences ("Wood" against "Good") come too close.
  if (form.surname.length <= 5 && word[0] !== form.surname[0]) return undefined;
  const d = spellingDistance(word, form.surname);
  return d <= form.slips ? d : undefined;
}

/**
 * Whether a word could end a near miss: it is some name's surname or close to one. Every
 * window ends in a surname, so this one check per word spares building most windows.
 */
function surnameFilter(forms: NameForm[]): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  return (word) => {
    let close = answers.get(word);
    if (close === undefined) {
      close = forms.some((form) => surnameSlips(word, form) !== undefined);
      answers.set(word, close);
    }
    return close;
  };
}

function nameForm(name: string): NameForm | undefined {
  const words = splitWords(name).folded;
  if (words.length === 0) return undefined;
  const { core, initials } = splitInitials(words);
  const surname = core[core.length - 1] as string;
  return { name: name.trim(), core, initials, surname, slips: allowedSlips(surname) };
}

/** Separates middle initials (one-letter words that are neither first nor last). */
function splitInitials(words: string[]): { core: string[]; initials: string[] } {
  const core: string[] = [];
  const initials: string[] = [];
  words.forEach((word, k) => {
    if (k > 0 && k < words.length - 1 && [...word].length === 1) initials.push(word);
    else core.push(word);
  });
  return { core, initials };
}

/** An ignored spelling covers the window itself and any window ending in it. */
function isIgnored(key: string, ignored: Set<string>): boolean {
  if (ignored.has(key)) return true;
  for (const name of ignored) if (key.endsWith(` ${name}`)) return true;
  return false;
}

/**
 * Words the text also uses in lowercase are ordinary words, even where a sentence starts
 * with them ("Hold" against "Holt"). Computed only when a lone word needs checking.
 */
function lowercaseWords(text: string, words: Words): () => Set<string> {
  let seen: Set<string> | undefined;
  return () => {
    if (seen) return seen;
    seen = new Set();
    for (let i = 0; i < words.folded.length; i += 1) if (!isCapitalised(text, words, i)) seen.add(words.folded[i] as string);
    return seen;
  };
}
