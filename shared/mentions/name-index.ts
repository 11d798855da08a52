import { foldSeparator } from './fold';
import { splitWords, type Words } from './words';

/** One occurrence of a known name in a text; `text` is exactly what the source says. */
export interface NameHit {
  entityId: string;
  start: number;
  end: number;
  text: string;
  /** The name or alias that matched, as the entity spells it. */
  name: string;
}

/** A name compiled for matching: its folded words and what must lie between them. */
interface CompiledName {
  name: string;
  entityIds: string[];
  words: string[];
  separators: string[];
  /** Per word: an acronym ("US", "WHO") that must not match an all-lowercase word. */
  acronym: boolean[];
}

/**
 * Names filed under their first word, then under their second: many names share a first
 * word ("Dr", a common first name, an initial such as "A."), and checking each of them at
 * every such word in every source would dominate a scan.
 */
interface NamesStartingWith {
  bySecondWord: Map<string, CompiledName[]>;
  oneWord: CompiledName[];
}

export interface NameIndex {
  /** Every occurrence of every indexed name in `text`, in text order. */
  find(text: string): NameHit[];
  /** The same, for a text already split with `splitWords`, so one split serves several scans. */
  findInWords(text: string, words: Words): NameHit[];
  /** How many distinct names (after folding) the index holds. */
  readonly size: number;
}

/**
 * One matcher for the names of many entities. Names are filed under their first two folded
 * words, so a scan splits the text into words once and looks each word up once; only words
 * that start some name are checked further. Where names overlap, the longest wins, so the
 * alias "Haddad" is not reported inside "Amal Haddad".
 */
export function buildNameIndex(entities: ReadonlyArray<{ id: string; names: readonly string[] }>): NameIndex {
  const byKey = new Map<string, CompiledName>();
  for (const entity of entities) {
    for (const name of entity.names) {
      const compiled = compileName(name);
      if (!compiled) continue;
      const key = compiled.words.map((w, i) => (i === 0 ? w : compiled.separators[i - 1] + w)).join('');
      const known = byKey.get(key);
      if (!known) byKey.set(key, { ...compiled, entityIds: [entity.id] });
      else if (!known.entityIds.includes(entity.id)) known.entityIds.push(entity.id);
    }
  }
  const byFirstWord = new Map<string, NamesStartingWith>();
  for (const compiled of byKey.values()) {
    const first = compiled.words[0] as string;
    let entry = byFirstWord.get(first);
    if (!entry) byFirstWord.set(first, (entry = { bySecondWord: new Map(), oneWord: [] }));
    const second = compiled.words[1];
    if (second === undefined) {
      entry.oneWord.push(compiled);
      continue;
    }
    const list = entry.bySecondWord.get(second);
    if (list) list.push(compiled);
    else entry.bySecondWord.set(second, [compiled]);
  }
  for (const entry of byFirstWord.values()) {
    for (const list of entry.bySecondWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  return {
    size: byKey.size,
    find(text: string): NameHit[] {
      return this.findInWords(text, splitWords(text));
    },
    findInWords(text: string, words: Words): NameHit[] {
      const hits: NameHit[] = [];
      const count = words.folded.length;
      for (let i = 0; i < count; ) {
        const entry = byFirstWord.get(words.folded[i] as string);
        const found = entry ? longestAt(text, words, i, entry) : undefined;
        if (!found) {
          i += 1;
          continue;
        }
        const start = words.starts[i] as number;
        const end = words.ends[i + found[0]!.words.length - 1] as number;
        const said = text.slice(start, end);
        for (const compiled of found) {
          for (const entityId of compiled.entityIds) hits.push({ entityId, start, end, text: said, name: compiled.name });
        }
        i += found[0]!.words.length;
      }
      return hits;
    },
  };
}

/** Every occurrence of any of one entity's names, longest first where they overlap. */
export function findNameMentions(text: string, names: readonly string[]): Array<Omit<NameHit, 'entityId'>> {
  return buildNameIndex([{ id: '', names }])
    .find(text)
    .map(({ start, end, text: said, name }) => ({ start, end, text: said, name }));
}

/** The names (of the longest length) that match at word `i`; several when names fold alike. */
function longestAt(text: string, words: Words, i: number, entry: NamesStartingWith): CompiledName[] | undefined {
  const second = words.folded[i + 1];
  const longer = second === undefined ? undefined : entry.bySecondWord.get(second);
  return (longer && longestOf(text, words, i, longer)) ?? longestOf(text, words, i, entry.oneWord);
}

function longestOf(text: string, words: Words, i: number, candidates: CompiledName[]): CompiledName[] | undefined {
  let found: CompiledName[] | undefined;
  for (const candidate of candidates) {
    if (found && candidate.words.length < found[0]!.words.length) break;
    if (matchesAt(text, words, i, candidate)) (found ??= []).push(candidate);
  }
  return found;
}

function matchesAt(text: string, words: Words, i: number, name: CompiledName): boolean {
  const n = name.words.length;
  if (i + n > words.folded.length) return false;
  for (let k = 0; k < n; k += 1) {
    if (k > 0) {
      if (words.folded[i + k] !== name.words[k]) return false;
      const between = text.slice(words.ends[i + k - 1], words.starts[i + k]);
      if (foldSeparator(between) !== name.separators[k - 1]) return false;
    }
    if (name.acronym[k]) {
      const said = text.slice(words.starts[i + k], words.ends[i + k]);
      if (said === said.toLowerCase()) return false;
    }
  }
  return true;
}

function compileName(name: string): Omit<CompiledName, 'entityIds'> | undefined {
  const words = splitWords(name);
  if (words.folded.length === 0) return undefined;
  const separators: string[] = [];
  const acronym: boolean[] = [];
  for (let k = 0; k < words.folded.length; k += 1) {
    if (k > 0) separators.push(foldSeparator(name.slice(words.ends[k - 1], words.starts[k])));
    acronym.push(isAcronym(name.slice(words.starts[k], words.ends[k])));
  }
  return { name: name.trim(), words: words.folded, separators, acronym };
}

// "US" and "WHO" as aliases would otherwise find every "us" and "who" in a source.
function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && word !== word.toLowerCase();
}
