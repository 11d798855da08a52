import { paragraphs, type SampleArticle } from './types';

/**
 * The first report, from a wire service. The Halvard Courier reprints two of its
 * paragraphs (the draft's terms and the envoy's portrait) nearly word for word.
 */
export const MERIDIAN_WIRE: SampleArticle = {
  title: 'Mediators propose 72-hour pause for besieged Oryn',
  outlet: 'Meridian Wire',
  authors: ['Corin Blake'],
  publishedAt: '2031-04-14',
  text: paragraphs(
    'Mediators propose 72-hour pause for besieged Oryn',
    'HALVARD SPRINGS, April 14 (Meridian Wire) — Mediators from the Concord Institute on Monday proposed a 72-hour pause in fighting around Oryn, the river city that has been cut off from aid convoys for eleven weeks, according to a draft seen by Meridian Wire.',
    'The draft was presented by Hélène Marchbank, an envoy of the Concord Institute, at a closed meeting in the spa town of Halvard Springs with delegations from the Velmar government and the Oryn Defence Committee, the armed group that holds the city’s eastern districts.',
    'Under the draft, the Committee would release 120 detainees held since the winter, and the government would open the Saltmarsh road to aid convoys for the length of the pause. Monitors from the Institute would travel with each convoy and report any violation to both delegations.',
    'Marchbank, a former magistrate who has worked on prisoner exchanges in the region for a decade, told reporters that the draft was “a text both sides can read without losing face”. She declined to say which side had asked for the monitors.',
    'The Committee’s chief negotiator, Dario Kestrin, said his delegation would take the text back to Oryn for consultation. “We did not come here to sign the first page we were handed,” he said.',
    'Interior minister Edvin Sarkal, who leads the government delegation, did not comment on the draft. An official travelling with him said the government wanted guarantees that the Committee would not use the pause to resupply its fighters.',
    'Aid agencies say more than 40,000 people remain in Oryn’s eastern districts, where the water plant stopped working in March. The last convoy to reach the city, in February, carried food for two weeks.',
    'The talks in Halvard Springs are the first face-to-face meeting between the two sides since the ODC took control of the eastern districts last autumn. Both delegations are expected to remain in the town until the end of the week.',
  ),
};
