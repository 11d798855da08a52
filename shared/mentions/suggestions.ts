import nlp from 'compromise';
import { isCommonWord, isTitleWord } from './common-words';
import { buildNameIndex } from './name-index';
import { nameKey } from './words';

export type SuggestedKind = 'person' | 'organisation' | 'place';

/** A candidate record found in a source, for the researcher to create or link. */
export interface SuggestedEntity {
  text: string;
  kind: SuggestedKind;
  /** How often the source names it (a person's bare surname counts towards the full name). */
  count: number;
  /** The first occurrence. */
  start: number;
  end: number;
  /** An existing entity with this name or alias, to link to instead of creating. */
  existingId: string | null;
}

interface Candidate {
  key: string;
  kind: SuggestedKind;
  /** Spellings the source uses, as written, the first one first. */
  spellings: string[];
}

/** A name found in a text, before it is matched against the notebook's entities. */
export interface FoundName extends Omit<SuggestedEntity, 'existingId'> {
  /** Spellings the source uses, as written, the first one first. */
  spellings: string[];
}

/**
 * People, organisations and places that compromise finds in a source, one suggestion per
 * name however often it recurs, each with an existing entity of that name if there is one.
 */
export function suggestEntities(text: string, existing: ReadonlyArray<{ id: string; names: readonly string[] }>): SuggestedEntity[] {
  return suggestFromNames(findNames(text), existing);
}

/** The found names, each with the first existing entity that has one of its spellings. */
export function suggestFromNames(found: readonly FoundName[], existing: ReadonlyArray<{ id: string; names: readonly string[] }>): SuggestedEntity[] {
  const existingByKey = new Map<string, string>();
  for (const entity of existing) for (const name of entity.names) if (!existingByKey.has(nameKey(name))) existingByKey.set(nameKey(name), entity.id);
  return found.map(({ spellings, ...name }) => ({
    ...name,
    existingId: spellings.map((s) => existingByKey.get(nameKey(s))).find((id) => id !== undefined) ?? null,
  }));
}

/**
 * The names in a text, most frequent first: the slow part (language analysis of the whole
 * text), which depends on the text alone, so a caller may keep it per text version.
 * compromise only proposes names; counts and offsets come from the name matcher, so they
 * agree with what unlinked-mention discovery will find later.
 */
export function findNames(text: string): FoundName[] {
  // compromise ends a sentence at a line break; sources wrap lines inside sentences and
  // separate paragraphs with a blank line, so a lone break is only a space to it.
  const doc = nlp(text.replace(/(?<!\n)\n(?!\n)/g, ' '));
  const candidates = new Map<string, Candidate>();
  const add = (kind: SuggestedKind, found: unknown) => {
    for (const spelling of spellingsOf(found, kind)) {
      const key = nameKey(spelling);
      const known = candidates.get(key);
      if (known) {
        if (!known.spellings.includes(spelling)) known.spellings.push(spelling);
      } else candidates.set(key, { key, kind, spellings: [spelling] });
    }
  };
  add('person', doc.people().json({ terms: { text: true } }));
  add('organisation', doc.organizations().json({ terms: { text: true } }));
  add('place', doc.places().json({ terms: { text: true } }));
  // compromise knows English given names; "Amal Haddad" is only a proper noun to it.
  for (const spelling of spellingsOf(doc.match('#ProperNoun+').json({ terms: { text: true } }), 'person')) {
    const key = nameKey(spelling);
    if (candidates.has(key) || [...candidates.keys()].some((k) => k.includes(key) || key.includes(k))) continue;
    const kind = kindOfProperNoun(key);
    if (kind) candidates.set(key, { key, kind, spellings: [spelling] });
  }
  foldSurnamesIntoPeople(candidates);

  const list = [...candidates.values()];
  const hits = buildNameIndex(list.map((c) => ({ id: c.key, names: c.spellings }))).find(text);
  const names: FoundName[] = [];
  for (const candidate of list) {
    const own = hits.filter((hit) => hit.entityId === candidate.key);
    const first = own[0];
    // compromise read it somewhere the matcher cannot place it (inside a longer name).
    if (!first) continue;
    const text = candidate.spellings[0] as string;
    names.push({ text, kind: candidate.kind, count: own.length, start: first.start, end: first.end, spellings: [...candidate.spellings] });
  }
  return names.sort((a, b) => b.count - a.count || a.start - b.start);
}

/**
 * Articles name a person in full once and by surname after ("Amal Haddad … Haddad said"):
 * a bare surname that ends exactly one full name found is that person, not a new one.
 */
function foldSurnamesIntoPeople(candidates: Map<string, Candidate>): void {
  const people = [...candidates.values()].filter((c) => c.kind === 'person');
  for (const bare of people) {
    if (bare.key.includes(' ')) continue;
    const owners = people.filter((full) => full !== bare && full.key.endsWith(` ${bare.key}`));
    const owner = owners[0];
    if (owners.length !== 1 || !owner) continue;
    owner.spellings.push(...bare.spellings);
    candidates.delete(bare.key);
  }
}

/**
 * The names in one compromise result, as the source spells them. compromise gives terms
 * without their punctuation; the punctuation after each term says how they were joined: an
 * initial's period stays, a comma splits "Doha, Qatar" in two, a possessive ends a person's
 * name ("Haddad's") and spoils an organisation or a place ("Ortega's office" is neither).
 */
function spellingsOf(found: unknown, kind: SuggestedKind): string[] {
  const spellings: string[] = [];
  for (const match of Array.isArray(found) ? found : []) {
    let words: string[] = [];
    const flush = () => {
      const name = tidy(words);
      if (name) spellings.push(name);
      words = [];
    };
    const terms: unknown[] = isRecord(match) && Array.isArray(match.terms) ? match.terms : [];
    for (const term of terms) {
      if (!isRecord(term) || typeof term.text !== 'string') continue;
      const post = typeof term.post === 'string' ? term.post : ' ';
      const possessive = /['’]s$/i.test(term.text);
      if (possessive && kind !== 'person') {
        words = [];
        break;
      }
      words.push(possessive ? term.text.slice(0, -2) : term.text);
      if (/^[A-Z]$/.test(term.text) && post.startsWith('.')) words[words.length - 1] += '.';
      else if (possessive || /[^\s.-]/.test(post)) flush();
    }
    flush();
  }
  return spellings;
}

/** A name without leading titles ("Dr", "President"), or null when what is left is not one. */
function tidy(words: string[]): string | null {
  let first = 0;
  while (first < words.length - 1 && isTitleWord(nameKey(words[first] as string))) first += 1;
  const kept = words.slice(first).filter((w) => w.length > 0);
  if (kept.length === 0) return null;
  const name = kept.join(' ');
  if (!kept.some((w) => /^[\p{Lu}\p{Lt}\p{Lo}]/u.test(w))) return null;
  if (kept.every((w) => isCommonWord(nameKey(w)) || isTitleWord(nameKey(w)))) return null;
  if (kept.length === 1 && [...name].length < 2) return null;
  if (/^[\p{N}\p{P}\s]+$/u.test(name)) return null;
  return name;
}

const ORGANISATION_WORDS = new Set(
  ('league alliance committee council group programme program office ministry party front movement union ' +
    'agency bank fund company corporation authority association federation organisation organization ' +
    'brigade brigades army forces police court parliament assembly commission institute foundation').split(' '),
);
const PLACE_WORDS = new Set(
  ('port city town village bridge river street square road crossing island valley province region district ' +
    'camp prison airport border strait gulf sea bay mount hills').split(' '),
);

/**
 * What a proper noun compromise could not place is, from its telling words: "… League" is
 * an organisation, "Port …" a place; two or three other capitalised words are most often a
 * person. A lone unplaced word is left out: too many are sentence starts and weekdays.
 */
function kindOfProperNoun(key: string): SuggestedKind | null {
  const words = key.split(' ');
  if (words.some((w) => ORGANISATION_WORDS.has(w))) return 'organisation';
  if (words.some((w) => PLACE_WORDS.has(w))) return 'place';
  return words.length >= 2 && words.length <= 3 ? 'person' : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
