/**
 * A notebook-sized corpus of invented names and filler prose with known mentions planted in
 * it, for checking the name index at the scale QUALITY.md sets (2,000 sources × 500
 * entities × 3 aliases) and for timing it with `vitest bench`.
 */

export interface PlantedMention {
  entityId: string;
  start: number;
  end: number;
  text: string;
}

export interface SyntheticCorpus {
  entities: Array<{ id: string; names: string[] }>;
  sources: string[];
  planted: PlantedMention[][];
}

const FIRST_NAMES = ['Amal', 'Karim', 'Leila', 'Oren', 'Sofia', 'Yusuf', 'Nadia', 'Tomas', 'Ines', 'Rami', 'José', 'Zoë'];
const SYLLABLES = ['bar', 'dov', 'kel', 'lim', 'mur', 'sen', 'tav', 'vek', 'zor', 'rhu', 'nal', 'pem', 'gus', 'fir', 'wen', 'hox'];
// Lowercase prose that never contains one of the names (the syllables above end in
// consonants no filler word shares with a whole generated name).
const FILLER = (
  'the talks in the capital resumed on tuesday after mediators said a pause of forty eight hours ' +
  'was possible and that négociations would continue while convoys waited at the crossing for ' +
  'word from both delegations about prisoners hostages and the withdrawal timetable'
).split(' ');

/** A deterministic pseudo-random sequence, so a failure can be reproduced. */
function sequence(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };
}

/** A surname unique to entity `i`: its number written in syllables. */
function surname(i: number): string {
  let s = '';
  for (let rest = i + SYLLABLES.length * SYLLABLES.length; rest > 0; rest = Math.floor(rest / SYLLABLES.length)) {
    s += SYLLABLES[rest % SYLLABLES.length];
  }
  return s[0]!.toUpperCase() + s.slice(1);
}

export function syntheticCorpus(entityCount = 500, sourceCount = 2_000, wordsPerSource = 400, seed = 7): SyntheticCorpus {
  const pick = sequence(seed);
  const entities = Array.from({ length: entityCount }, (_, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = surname(i);
    return { id: `entity-${i}`, names: [`${first} ${last}`, last, `${first[0]}. ${last}`] };
  });
  const sources: string[] = [];
  const planted: PlantedMention[][] = [];
  for (let s = 0; s < sourceCount; s += 1) {
    let text = '';
    const mentions: PlantedMention[] = [];
    for (let w = 0; w < wordsPerSource; w += 1) {
      if (w > 0) text += pick(12) === 0 ? '\n' : ' ';
      if (pick(40) !== 0) {
        text += FILLER[pick(FILLER.length)];
        continue;
      }
      const entity = entities[pick(entities.length)]!;
      let said = entity.names[pick(entity.names.length)]!;
      const variant = pick(4);
      if (variant === 1) said = said.toUpperCase();
      if (variant === 2) said = said.replace(' ', '\n');
      mentions.push({ entityId: entity.id, start: text.length, end: text.length + said.length, text: said });
      text += said;
      if (variant === 3) text += pick(2) === 0 ? "'s" : '’s';
    }
    sources.push(text);
    planted.push(mentions);
  }
  return { entities, sources, planted };
}
