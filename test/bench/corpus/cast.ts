import type { Entity, EntityKind, Proposal } from '../../../shared/model';
import type { Random } from './random';
import { dayOf, stampOf } from './stamps';
import { ENDINGS, FIRST_NAMES, ONSETS, ORGANISATION_KINDS, TERM_LABELS } from './vocabulary';

/** The people, organisations, places and proposals a corpus's articles talk about. */
export interface Cast {
  entities: Entity[];
  people: Entity[];
  organisations: Entity[];
  places: Entity[];
  proposals: Proposal[];
  /** What articles call each proposal ("the Tavrin proposal"), by proposal id. */
  shortNames: Map<string, string>;
}

/** Root `i` of ONSETS × ENDINGS, visited in a scattered order so neighbours do not rhyme. */
function root(i: number): string {
  const n = (i * 733) % (ONSETS.length * ENDINGS.length);
  const onset = ONSETS[n % ONSETS.length] as string;
  const ending = ENDINGS[Math.floor(n / ONSETS.length)] as string;
  return onset + ending;
}

/** A slip a reporter makes: a doubled letter dropped, or a single one doubled. */
export function misspell(name: string): string {
  const doubled = /([bcdfgklmnprstvz])\1/i.exec(name);
  if (doubled) return name.slice(0, doubled.index) + name.slice(doubled.index + 1);
  const last = name.lastIndexOf(' ') + 1;
  const at = last + Math.max(1, Math.min(3, name.length - last - 2));
  return name.slice(0, at) + name[at] + name.slice(at);
}

function namesFor(kind: EntityKind, i: number): { name: string; aliases: string[]; title: string } {
  const base = root(i);
  if (kind === 'person') {
    const first = FIRST_NAMES[i % FIRST_NAMES.length] as string;
    const name = `${first} ${base}`;
    return { name, aliases: [base, `${first[0]}. ${base}`, misspell(name)], title: i % 3 === 0 ? 'chief negotiator' : 'envoy' };
  }
  if (kind === 'organisation') {
    const words = ORGANISATION_KINDS[i % ORGANISATION_KINDS.length] as string;
    const name = `${base} ${words}`;
    const acronym = name.split(' ').map((w) => w[0]).join('').toUpperCase();
    return { name, aliases: [acronym, `${base} ${words.split(' ').pop()}`, misspell(name)], title: '' };
  }
  const transliterated = base.replace(/ou/, 'u').replace(/a/, 'aa').replace(/i/, 'ee');
  return { name: base, aliases: [`${base} City`, transliterated === base ? `${base}h` : transliterated, misspell(base)], title: '' };
}

export function generateCast(random: Random, entityCount: number, proposalCount: number): Cast {
  const entities: Entity[] = [];
  for (let i = 0; i < entityCount; i += 1) {
    const kind: EntityKind = i % 20 < 12 ? 'person' : i % 20 < 17 ? 'organisation' : 'place';
    const { name, aliases, title } = namesFor(kind, i);
    entities.push({
      ...stampOf(random, random.int(0, 20)),
      kind,
      name,
      aliases,
      title,
      description: '',
      notes: null,
      ignoredMentions: [],
      ignoredNames: [],
    });
  }
  const of = (kind: EntityKind) => entities.filter((e) => e.kind === kind);
  const cast: Cast = { entities, people: of('person'), organisations: of('organisation'), places: of('place'), proposals: [], shortNames: new Map() };
  for (let i = 0; i < proposalCount; i += 1) addProposal(random, cast, i);
  return cast;
}

function addProposal(random: Random, cast: Cast, i: number): void {
  const place = random.pick(cast.places.length > 0 ? cast.places : cast.entities);
  const hours = random.pick([24, 48, 72, 96]);
  const shortName = `${place.name} proposal${i >= cast.places.length ? ` ${i + 1}` : ''}`;
  const parties = [random.pick(cast.organisations.length > 0 ? cast.organisations : cast.entities), random.pick(cast.people)];
  const mediator = random.pick(cast.people);
  const day = random.int(0, 60);
  const term = (label: string, value: string) => ({ id: random.uuid(), label, value, evidence: [] as string[] });
  const proposal: Proposal = {
    ...stampOf(random, day),
    title: `${shortName[0]!.toUpperCase()}${shortName.slice(1)}: ${hours}-hour pause`,
    summary: `A pause of ${hours} hours with releases in stages, floated by mediators in ${place.name}.`,
    proposedBy: [mediator.id],
    mediators: [mediator.id],
    parties: parties.map((p) => p.id),
    terms: TERM_LABELS.slice(0, random.int(2, TERM_LABELS.length)).map((label) => term(label, valueFor(random, label, hours))),
    statusEvents: [
      { id: random.uuid(), date: dayOf(day), status: 'floated', actorId: null, note: '', evidence: [] },
      { id: random.uuid(), date: dayOf(day + 3), status: 'under-negotiation', actorId: null, note: '', evidence: [] },
      { id: random.uuid(), date: dayOf(day + 9), status: random.pick(['accepted', 'rejected'] as const), actorId: parties[0]!.id, note: '', evidence: [] },
    ],
    positions: parties.map((p) => ({ id: random.uuid(), partyId: p.id, stance: random.pick(['supports', 'rejects', 'conditions'] as const), note: '', evidence: [] })),
    related: [],
  };
  cast.proposals.push(proposal);
  cast.shortNames.set(proposal.id, shortName);
}

function valueFor(random: Random, label: string, hours: number): string {
  if (label === 'duration') return `${hours} hours`;
  if (label === 'withdrawal') return `${random.int(1, 5)} km within ${random.int(2, 10)} days`;
  return String(random.int(3, 300));
}
