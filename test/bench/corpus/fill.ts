import type { Entity } from '../../../shared/model';
import type { Cast } from './cast';
import type { Random } from './random';
import { MONTHS, WEEKDAYS } from './vocabulary';

/** Where a known name of an entity was written, relative to the start of its sentence. */
export interface Said {
  entityId: string;
  start: number;
  end: number;
}

/** What a slot became: text, and the entity it names when it names one by a known name. */
type Filling = { text: string; entity?: Entity };

/** A slip nobody recorded as an alias, so discovery has near misses to find: two letters swapped. */
function unknownSlip(name: string): string {
  const at = Math.max(1, name.length - 3);
  return name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
}

function nameOf(random: Random, entity: Entity): Filling {
  const roll = random.next();
  if (roll < 0.5) return { text: entity.name, entity };
  if (roll < 0.95) return { text: random.pick(entity.aliases), entity };
  return { text: unknownSlip(entity.aliases[0] ?? entity.name) };
}

function number(random: Random): string {
  const n = random.chance(0.15) ? random.int(1000, 40_000) : random.int(2, 500);
  return n.toLocaleString('en-GB');
}

/**
 * Fills one template. Slots are read left to right, so the offsets of the names written
 * are known exactly, which is what lets the corpus annotate them.
 */
export function fillTemplate(random: Random, cast: Cast, template: string, proposalName: string): { text: string; said: Said[] } {
  let text = '';
  const said: Said[] = [];
  let last = 0;
  for (const slot of template.matchAll(/\{(\w+)\}/g)) {
    text += template.slice(last, slot.index);
    last = slot.index + slot[0].length;
    const filling = fillSlot(random, cast, slot[1] as string, proposalName);
    if (filling.entity) said.push({ entityId: filling.entity.id, start: text.length, end: text.length + filling.text.length });
    text += filling.text;
  }
  return { text: text + template.slice(last), said };
}

function fillSlot(random: Random, cast: Cast, slot: string, proposalName: string): Filling {
  switch (slot) {
    case 'person':
    case 'person2':
      return nameOf(random, random.pick(cast.people));
    case 'org':
      return nameOf(random, random.pick(cast.organisations.length > 0 ? cast.organisations : cast.people));
    case 'place':
      return nameOf(random, random.pick(cast.places.length > 0 ? cast.places : cast.people));
    case 'weekday':
      return { text: random.pick(WEEKDAYS) };
    case 'month':
      return { text: random.pick(MONTHS) };
    case 'date':
      return { text: random.chance(0.5) ? `${random.int(1, 28)} ${random.pick(MONTHS)}` : `${random.pick(MONTHS)} ${random.int(1, 28)}, 2024` };
    case 'duration':
      return { text: random.chance(0.7) ? `${random.pick([24, 48, 72, 96])} hours` : `${random.int(3, 42)} days` };
    case 'proposal':
      return { text: proposalName };
    case 'trucks':
      return { text: String(random.int(50, 600)) };
    default:
      return { text: number(random) };
  }
}
