import type { Cast } from './cast';
import { generateCast } from './cast';
import { fillTemplate, type Said } from './fill';
import { Random } from './random';
import { ASTRAL_ASIDES, ATTRIBUTIONS, CLAIMS, CLAUSES, LEADS, RTL_PARAGRAPHS, SENTENCES, SPEAKERS, VERBS } from './vocabulary';

/** A sentence that states a proposal's term or a step in its story. */
export interface Claim {
  proposalId: string;
  role: 'term' | 'status';
  start: number;
  end: number;
}

/** One synthetic news article: normalised text (paragraphs split by a blank line) and what is known to be in it. */
export interface Article {
  title: string;
  text: string;
  /** Known names of entities, exactly where they were written. */
  mentions: Said[];
  claims: Claim[];
  words: number;
}

/** Claims that are terms rather than steps in the proposal's story (indexes into CLAIMS). */
const TERM_CLAIMS = new Set([0, 1, 5]);

/**
 * Writes an article of at least `words` words about `cast` (a small cast of its own when
 * none is given). Paragraphs hold 2–5 sentences; a few are Arabic or Hebrew, a few carry
 * emoji or CJK extension B characters, so offsets must cope with both.
 */
export function generateArticle(seed: number, words: number, cast: Cast = defaultCast(seed)): Article {
  const random = new Random(seed);
  const topics = cast.proposals.length > 0 ? [random.pick(cast.proposals), random.pick(cast.proposals)] : [];
  const paragraphs: string[] = [];
  const mentions: Said[] = [];
  const claims: Claim[] = [];
  let offset = 0;
  let count = 0;
  while (count < words) {
    let paragraph = '';
    if (random.chance(0.04)) {
      paragraph = random.pick(RTL_PARAGRAPHS);
    } else {
      for (let s = random.int(2, 5); s > 0; s -= 1) {
        if (paragraph !== '') paragraph += ' ';
        const topic = topics.length > 0 && random.chance(0.18) ? random.pick(topics) : undefined;
        const which = topic ? random.int(0, CLAIMS.length - 1) : random.int(0, SENTENCES.length - 1);
        const template = topic ? (CLAIMS[which] as string) : random.chance(0.6) ? reportedSpeech(random) : (SENTENCES[which] as string);
        const filled = fillTemplate(random, cast, template, topic ? (cast.shortNames.get(topic.id) ?? topic.title) : '');
        const at = offset + paragraph.length;
        for (const m of filled.said) mentions.push({ entityId: m.entityId, start: at + m.start, end: at + m.end });
        if (topic) claims.push({ proposalId: topic.id, role: TERM_CLAIMS.has(which) ? 'term' : 'status', start: at, end: at + filled.text.length });
        paragraph += filled.text;
      }
      if (random.chance(0.05)) paragraph += fillTemplate(random, cast, random.pick(ASTRAL_ASIDES), '').text;
    }
    paragraphs.push(paragraph);
    offset += paragraph.length + 2;
    count += paragraph.split(' ').length;
  }
  const title = titleFor(random, cast);
  return { title, text: paragraphs.join('\n\n'), mentions, claims, words: count };
}

/** A sentence of reported speech composed from parts; the first letter is made a capital. */
function reportedSpeech(random: Random): string {
  const sentence = `${random.pick(LEADS)}${random.pick(SPEAKERS)} ${random.pick(VERBS)} that ${random.pick(CLAUSES)}${random.pick(ATTRIBUTIONS)}.`;
  return sentence[0]!.toUpperCase() + sentence.slice(1);
}

function titleFor(random: Random, cast: Cast): string {
  const place = cast.places.length > 0 ? random.pick(cast.places).name : 'the capital';
  const who = cast.people.length > 0 ? random.pick(cast.people).name : 'mediators';
  return random.pick([
    `Talks resume in ${place} as mediators push for pause`,
    `${who} says deal "closer than ever" after overnight session`,
    `Convoys wait at ${place} crossing while envoys trade drafts`,
    `What we know about the latest proposal from ${place}`,
  ]);
}

const casts = new Map<number, Cast>();

/** The cast a lone article uses: 40 names and 4 proposals, the same for the same seed. */
function defaultCast(seed: number): Cast {
  let cast = casts.get(seed);
  if (!cast) casts.set(seed, (cast = generateCast(new Random(seed ^ 0x5eed), 40, 4)));
  return cast;
}

/**
 * `count` spans for highlighting, spread evenly over the text, each two to ten whole words,
 * so none splits a character (spans start and end beside a space or a paragraph break).
 */
export function highlightSpans(text: string, count: number, seed: number): Array<{ start: number; end: number }> {
  const random = new Random(seed);
  const starts = [...text.matchAll(/(?<=^|\s)\S/g)].map((m) => m.index);
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < count && starts.length > 0; i += 1) {
    const first = Math.floor((i * starts.length) / count) + random.int(0, Math.max(0, Math.floor(starts.length / count) - 1));
    const w = Math.min(first, starts.length - 1);
    const start = starts[w] as number;
    const lastWord = starts[Math.min(starts.length - 1, w + random.int(1, 9))] as number;
    const end = lastWord + (/^\S+/.exec(text.slice(lastWord))?.[0].length ?? 1);
    spans.push({ start, end });
  }
  return spans;
}
