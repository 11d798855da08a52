import type { RequestOf } from '../../../shared/contract';

/**
 * The people, organisations and places of the sample, with the short forms the outlets
 * use as aliases. The Courier's "Hélène Marchbanks" is deliberately not an alias: the
 * entity page offers it as a possible misspelling.
 */
export const SAMPLE_ENTITIES = {
  marchbank: {
    kind: 'person',
    name: 'Hélène Marchbank',
    aliases: ['Marchbank'],
    title: 'Envoy, Concord Institute',
    description: 'Former magistrate who has worked on prisoner exchanges in the region; drafted the Oryn pause.',
  },
  kestrin: {
    kind: 'person',
    name: 'Dario Kestrin',
    aliases: ['Kestrin'],
    title: 'Chief negotiator, Oryn Defence Committee',
    description: 'Leads the Committee’s delegation at Halvard Springs.',
  },
  sarkal: {
    kind: 'person',
    name: 'Edvin Sarkal',
    aliases: ['Sarkal'],
    title: 'Interior minister of Velmar',
    description: 'Leads the government delegation.',
  },
  committee: {
    kind: 'organisation',
    name: 'Oryn Defence Committee',
    aliases: ['ODC'],
    description: 'Armed group holding the eastern districts of Oryn since last autumn.',
  },
  institute: {
    kind: 'organisation',
    name: 'Concord Institute',
    description: 'Mediation group; proposed the pause and would monitor the convoys.',
  },
  government: {
    kind: 'organisation',
    name: 'Government of Velmar',
    aliases: ['Velmar government'],
    description: 'One of the two parties at the talks.',
  },
  oryn: {
    kind: 'place',
    name: 'Oryn',
    description: 'River city cut off from aid convoys since the winter.',
  },
  halvard: {
    kind: 'place',
    name: 'Halvard Springs',
    aliases: ['Halvard'],
    description: 'Spa town on Lake Vire where the talks are held.',
  },
} satisfies Record<string, RequestOf<'entities.create'>>;

export type SampleEntityKey = keyof typeof SAMPLE_ENTITIES;

export const SAMPLE_PROPOSAL = {
  title: 'Oryn humanitarian pause',
  summary:
    'A pause in the fighting around Oryn, proposed by the Concord Institute at the Halvard Springs talks: detainees released and the Saltmarsh road opened to aid convoys escorted by the Institute’s monitors.',
} as const;

export const SAMPLE_BRIEF_TITLE = 'Oryn pause: where the talks stand';
