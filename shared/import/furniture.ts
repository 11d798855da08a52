import type { BoilerplateReason } from '../model';
import { readCopyright } from './copyright';
import { squash, wordCount } from './lines';

const PLATFORM = '(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|telegram|reddit|bluesky|threads|instagram|youtube|tiktok|mastodon|messenger|pinterest|google news|print|copy link)';
const SEPARATOR = '[\\s,|•·/]+';
const RELATED_HEADING =
  '(?:related|related (?:articles?|stories|story|coverage|content|reading|links|posts|news|topics)|more on this (?:story|topic)|you (?:may|might) also like|recommended(?: for you| reading| stories)?|most (?:read|popular|viewed)|read next|also read|see also|further reading)';
const RELATED_HEADING_LINE = new RegExp(`^${RELATED_HEADING}\\s*:?$`, 'i');

/**
 * Line patterns for outlet furniture. Every pattern is anchored at both ends and most are a
 * closed list of phrases: a line is furniture only when it is nothing but the prompt, so an
 * article sentence that mentions sharing, copyright or a photo is never caught.
 */
const PATTERNS: ReadonlyArray<readonly [BoilerplateReason, RegExp]> = [
  ['navigation', /^(?:previous|next|prev|older|newer) (?:post|article|story|page|entry)(?:\s*[:›»>|–—-]\s*.*)?$/i],
  ['navigation', /^(?:back to (?:the )?top|back to home(?:page)?|skip to (?:main )?(?:content|navigation|main)|skip navigation)$/i],
  ['navigation', /^(?:menu|main menu|open menu|close menu|toggle navigation|search|close|home)$/i],
  ['navigation', /^(?:read more|continue reading|show more|load more|see more|read the full (?:article|story))(?:\s*:.*|\s*[›»>…]+)?$/i],
  // A heading alone, or a heading, a colon and a linked headline ("Related: Talks stall").
  ['related-links', new RegExp(`^${RELATED_HEADING}(?:\\s*:.*)?$`, 'i')],
  ['share-prompt', new RegExp(`^share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via|to) ${PLATFORM})?:?$`, 'i')],
  ['share-prompt', /^(?:tweet|copy (?:the )?link to clipboard|link copied|pin it|save article|share via email)$/i],
  // A row of share buttons: "Facebook Twitter Email", "Share | WhatsApp | Copy link".
  ['share-prompt', new RegExp(`^(?:share:?\\s+)?${PLATFORM}(?:${SEPARATOR}${PLATFORM}){0,11}$`, 'i')],
  ['share-prompt', new RegExp(`^follow (?:us|[\\p{Lu}][\\p{L} ]{1,30}) on ${PLATFORM}(?:(?:,\\s*|\\s+and\\s+|\\s+or\\s+)${PLATFORM}){0,5}\\.?$`, 'iu')],
  // "Sign up for our newsletter", "Subscribe to the Morning Briefing": a short imperative only.
  ['newsletter', /^(?:sign up|subscribe)(?: now| today| here| free)?(?: to| for)\b.{0,60}\b(?:newsletters?|inbox|e-?mails?|updates|alerts|briefing|digest)\b[^.]{0,40}[.!]?$/i],
  ['newsletter', /^(?:subscribe(?: now| today| here)?|newsletter|get our newsletter|our newsletter)$/i],
  ['comments', /^(?:comments?\s*(?:\(\d+\))?|\d+ comments?|(?:leave|post|add|write) a (?:comment|reply)|(?:show|view|hide|load|read) (?:all )?(?:\d+ )?comments|join the (?:conversation|discussion))$/i],
  ['advertisement', /^(?:advertisement|advertising|ad|sponsored|sponsored (?:content|post|link)|sponsored by .{1,40}|paid (?:content|post|partner content)|promoted(?: content)?|(?:story|article) continues (?:below|after(?: this)? advertisement)(?: advertisement)?)$/i],
  ['caption', /^(?:image caption|photo caption|caption)\b\s*[:,-]?\s*.{1,400}$/i],
  ['photo-credit', /^(?:photo|photos|photograph|photography|image|picture|pic|file photo|credit|photo credit|image credit|image source|illustration)\s*:\s*[^.]{1,100}\.?$/i],
  ['photo-credit', /^\((?:photo|photos|photograph|image|picture|file photo)(?: by|:)\s[^()]{1,100}\)$/i],
  ['photo-credit', /^(?:photo|photograph|picture)s? by [^.]{1,60}(?:\/|\bvia\b|\bfor\b)[^.]{1,40}$/i],
];

/** A caption often ends with the photo's credit in brackets: "Delegates arrive. (Photo: Li Wen/HG)". */
const CREDITED_CAPTION = /\((?:photo|photograph|image|picture|file photo)s?(?::| by)\s[^()]{1,100}\)$/i;

/** Furniture is short; longer lines are prose and are not even tested. */
const MAX_FURNITURE_LENGTH = 400;
const MAX_PROMPT_WORDS = 24;
/** "Sign up for …" is also how prose starts; a prompt says it in a dozen words. */
const MAX_NEWSLETTER_WORDS = 12;

/** The kind of furniture a single line is, or null when it reads as the article. */
export function classifyLine(raw: string): BoilerplateReason | null {
  if (raw.length > MAX_FURNITURE_LENGTH) return null;
  const line = squash(raw);
  if (line === '') return null;
  if (readCopyright(line) !== null || /^all rights reserved\.?$/i.test(line)) return 'copyright';
  if (isBreadcrumb(line)) return 'navigation';
  if (mayOpenFurniture(line)) {
    const words = wordCount(line);
    for (const [reason, pattern] of PATTERNS) {
      // Captions may be a sentence or two; prompts are a handful of words.
      if (reason === 'newsletter' ? words > MAX_NEWSLETTER_WORDS : reason !== 'caption' && words > MAX_PROMPT_WORDS) continue;
      if (pattern.test(line)) return reason;
    }
  }
  if (line.endsWith(')') && line.length < 300 && CREDITED_CAPTION.test(line)) return 'caption';
  return null;
}

/**
 * Words a furniture pattern can open with. Most lines of an article open with anything else,
 * and skipping the pattern list for them keeps a text of many short lines fast.
 */
const OPENERS = new Set(
  (
    'previous next prev older newer back skip menu main open close toggle search home read continue show load see ' +
    'related more you recommended most also further share tweet copy link pin save follow ' +
    'facebook twitter x linkedin whatsapp email e-mail telegram reddit bluesky threads instagram youtube tiktok ' +
    'mastodon messenger pinterest google print sign subscribe newsletter get our comment comments leave post add ' +
    'write view hide join advertisement advertising ad sponsored paid promoted story article image photo photos ' +
    'photograph photography picture pictures pic file credit illustration caption'
  ).split(' '),
);

function mayOpenFurniture(line: string): boolean {
  const first = /^[^\s:,|•·/]+/.exec(line)?.[0].toLowerCase() ?? '';
  return OPENERS.has(first) || /^[\d(]/.test(first);
}

/** A related-links heading ("Related articles", "More on this story") opens a list. */
export function isRelatedHeading(raw: string): boolean {
  return raw.length < 80 && RELATED_HEADING_LINE.test(squash(raw));
}

/** A line that reads as a linked headline in a list: short, no closing full stop. */
export function isLinkLike(raw: string): boolean {
  if (raw.length > 200) return false;
  const line = squash(raw);
  if (line === '' || line.length > 160 || wordCount(line) > 20) return false;
  return /^[-–•*·»›]\s/.test(line) || !/[.;:,"”]$/.test(line);
}

/**
 * "Home > World > Middle East", "News › Politics › Valdoria": three or more short crumbs, or
 * two starting at Home. Each crumb is at most four words, so a sentence with a ">" is safe.
 */
function isBreadcrumb(line: string): boolean {
  if (line.length > 150 || !/[>›»/]/.test(line)) return false;
  const crumbs = line.split(/\s+[>›»/]\s+|\s*[›»]\s*/);
  if (crumbs.length < 2) return false;
  if (crumbs.length < 3 && !/^home$/i.test(crumbs[0] ?? '')) return false;
  return crumbs.every((crumb) => crumb !== '' && wordCount(crumb) <= 4 && /^[\p{Lu}\p{N}]/u.test(crumb) && !/[.!?]$/.test(crumb));
}
