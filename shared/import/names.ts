/**
 * Words that make a phrase a job title rather than a name: "Mira Okonjo, Diplomatic
 * Correspondent" is one author, not two.
 */
const ROLE_WORDS = new Set([
  'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'writer', 'writers',
  'journalist', 'journalists', 'columnist', 'columnists', 'contributor', 'contributors', 'producer',
  'analyst', 'photographer', 'staff', 'bureau', 'chief', 'senior', 'diplomatic', 'political', 'foreign',
  'security', 'desk', 'team', 'newsroom', 'freelance', 'special', 'affairs', 'international', 'national',
]);

/** Words that make a phrase an outlet's name ("Harbour Gazette", "Valdoria Press Agency"). */
const OUTLET_WORDS = new Set([
  'gazette', 'times', 'news', 'post', 'herald', 'tribune', 'journal', 'press', 'agency', 'observer',
  'chronicle', 'daily', 'weekly', 'review', 'telegraph', 'courier', 'monitor', 'wire', 'radio',
  'television', 'tv', 'network', 'media', 'magazine', 'express', 'standard', 'guardian', 'mail',
  'bulletin', 'dispatch', 'newswire', 'broadcasting', 'independent', 'inquirer', 'report', 'today',
]);

/** Lowercase particles that may sit inside a name ("Ana de la Cruz", "Omar al-Sayed"). */
const PARTICLES = new Set([
  'al', 'el', 'ad', 'ibn', 'bin', 'bint', 'abu', 'ben', 'de', 'da', 'das', 'do', 'dos', 'di', 'du', 'del',
  'della', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'y', 'bat',
]);

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const PARTICLE_PREFIXED = /^(?:al|el|ad)-\p{Lu}[\p{L}\p{M}'’-]*$/u;
// Scripts without case (Arabic, Hebrew, Chinese…) cannot be checked for capitals.
const CASELESS = /^[\p{Lo}\p{M}'’-]+$/u;

/**
 * A person's name as written in a byline or a bio, or null when the phrase does not look like
 * one: 2 to 5 words, each capitalised (or a particle, or in a caseless script), no digits, no
 * job titles or outlet words. Shouted names ("MIRA OKONJO") come back in title case.
 */
export function personName(raw: string): string | null {
  let name = raw.trim().replace(/\s+/g, ' ').replace(/[.,;:]+$/, '');
  if (name.length < 3 || name.length > 60) return null;
  if (isShouting(name)) name = titleCase(name, false);
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5) return null;
  for (const [index, word] of words.entries()) {
    const lower = word.toLowerCase();
    if (ROLE_WORDS.has(lower) || OUTLET_WORDS.has(lower) || lower === 'the') return null;
    const edge = index === 0 || index === words.length - 1;
    if (CAPITALISED.test(word) || PARTICLE_PREFIXED.test(word) || CASELESS.test(word)) continue;
    if (!edge && PARTICLES.has(word)) continue;
    return null;
  }
  return name;
}

/** True when a phrase names a job ("Diplomatic Correspondent", "Staff Writer"). */
export function isRolePhrase(phrase: string): boolean {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  return words.length <= 6 && words.some((w) => ROLE_WORDS.has(w.replace(/[.,]$/, '')));
}

/** True when a phrase reads like an outlet's name rather than a person's. */
export function isOutletPhrase(phrase: string): boolean {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  return words.length <= 8 && words.some((w) => OUTLET_WORDS.has(w.replace(/[.,]$/, '')));
}

/**
 * Splits "A", "A and B", "A, B and C", "A & B" into names. Returns null if any part is
 * neither a name nor a job title, because a half-understood byline is worse than none.
 */
export function splitNames(list: string): { names: string[]; outlets: string[] } | null {
  const parts = list
    .replace(/\s+/g, ' ')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .filter((part) => part !== '');
  const names: string[] = [];
  const outlets: string[] = [];
  for (const part of parts) {
    const name = personName(part);
    if (name) {
      names.push(name);
      continue;
    }
    if (isRolePhrase(part)) continue;
    const outlet = isOutletPhrase(part) ? cleanOutlet(part) : null;
    if (!outlet) return null;
    outlets.push(outlet);
  }
  return names.length > 0 ? { names, outlets } : null;
}

/**
 * An outlet's name tidied from a clue: no "All rights reserved", no corporate suffix, no
 * lowercase article ("for the Harbour Gazette" gives "Harbour Gazette" while "The Valdoria
 * Times" keeps its capital The), title case if shouted. Null if it is too long to be a name.
 */
export function cleanOutlet(raw: string): string | null {
  let outlet = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]?\s*all rights reserved\.?$/i, '')
    .replace(/,?\s+(?:ltd|limited|inc|llc|plc|gmbh|s\.a)\.?$/i, '')
    .replace(/^the\s+(?=\p{Lu})/u, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  if (outlet.length < 2 || outlet.length > 80) return null;
  if (!/^[\p{Lu}\p{Lo}\p{N}]/u.test(outlet)) return null;
  if (outlet.split(' ').length > 8 || /[!?]/.test(outlet)) return null;
  if (isShouting(outlet)) outlet = titleCase(outlet, true);
  return outlet;
}

/** All letters capitals and more than a couple of them: a shouted credit like "HARBOUR GAZETTE". */
export function isShouting(phrase: string): boolean {
  const letters = phrase.match(/\p{L}/gu) ?? [];
  return letters.length >= 4 && phrase === phrase.toUpperCase() && phrase !== phrase.toLowerCase();
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'de', 'al']);

/**
 * Title case for shouted names. For outlets, short words that are not small words stay in
 * capitals because they are usually acronyms ("VPA NEWS" gives "VPA News").
 */
export function titleCase(phrase: string, keepAcronyms: boolean): string {
  return phrase
    .split(' ')
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (index > 0 && SMALL_WORDS.has(lower)) return lower;
      if (keepAcronyms && !SMALL_WORDS.has(lower) && word.replace(/[^\p{L}]/gu, '').length <= 3) return word;
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
    })
    .join(' ');
}
