import { Random } from '../../corpus/random';

/**
 * One long synthetic news article for the reader row, the same for the same seed: paragraphs
 * of news length with recurring names, numbers and dates, now and then a right-to-left
 * sentence or an astral character, since the reader must lay all of those out.
 */
export const READER_NAMES = [
  'Marta Velin',
  'Idris Okonkwo',
  'Halvard Stene',
  'Leila Haddad',
  'Tomasz Wierzba',
  'Ana Lucía Ferreira',
  'Council of Ports',
  'Northern Fisheries Board',
  'Kestrel Straits Authority',
  'Ministry of Transport',
];

const SUBJECTS = ['The envoy', 'A spokesperson', 'The delegation', 'Harbour officials', 'The committee', 'Negotiators', 'The mediator', 'Observers'];
const VERBS = ['said', 'confirmed', 'denied', 'suggested', 'warned', 'insisted', 'repeated', 'acknowledged'];
const OBJECTS = [
  'that the corridor would reopen for a trial week',
  'that fishing quotas remained the main obstacle',
  'that the inspection regime had not been agreed',
  'that ferry crossings would resume under escort',
  'that the draft text was still being revised',
  'that both sides had exchanged written positions',
  'that the customs annex needed another round',
  'that talks would continue after the holiday',
];
const TAILS = [
  'according to people familiar with the talks',
  'in a statement released late on Tuesday',
  'speaking to reporters outside the venue',
  'although no date was given',
  'without giving further details',
  'citing figures from the port registry',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RTL = ['قال المتحدث إن المحادثات ستستمر الأسبوع المقبل.', 'הצדדים הסכימו להיפגש שוב בחודש הבא.'];
const ASTRAL = ['🚢', '⚓', '𝔄', '🌊'];

function sentence(random: Random): string {
  const who = random.chance(0.45) ? random.pick(READER_NAMES) : random.pick(SUBJECTS);
  const parts = [who, random.pick(VERBS), random.pick(OBJECTS)];
  if (random.chance(0.4)) parts.push(`on ${random.int(1, 28)} ${random.pick(MONTHS)}`);
  if (random.chance(0.3)) parts.push(`with ${random.int(2, 950)} vessels affected`);
  let text = parts.join(' ');
  if (random.chance(0.5)) text += `, ${random.pick(TAILS)}`;
  return `${text}.`;
}

/** About `words` words (never fewer), in paragraphs separated by blank lines. */
export function readerArticle(seed: number, words: number): string {
  const random = new Random(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const length = random.int(3, 7);
    for (let i = 0; i < length; i++) sentences.push(sentence(random));
    if (random.chance(0.05)) sentences.push(random.pick(RTL));
    if (random.chance(0.08)) sentences.push(random.pick(ASTRAL));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}
