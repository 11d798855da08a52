import { paragraphs, type SampleArticle } from './types';

/**
 * The local paper, a day later. Its third and fourth paragraphs are Meridian Wire's copy
 * with small edits, one of which misspells the envoy's name; its own lede gives the pause
 * as 48 hours where the other outlets say 72.
 */
export const HALVARD_COURIER: SampleArticle = {
  title: 'Committee weighs two-day truce as envoys wait in Halvard',
  outlet: 'The Halvard Courier',
  authors: ['Nadia Ferro'],
  publishedAt: '2031-04-15',
  text: paragraphs(
    'Committee weighs two-day truce as envoys wait in Halvard',
    'HALVARD SPRINGS — Delegates from the Oryn Defence Committee spent Tuesday studying a proposal for a 48-hour pause in the fighting around their city, as mediators waited in the lobby of the Grand Pavilion hotel for an answer.',
    'The proposal, put forward on Monday by the Concord Institute, is the most detailed offer since the siege began. Its authors hope that a first pause could be extended if both sides keep to it.',
    'Under the draft, the Committee would release 120 detainees held since the winter, and the government would open the Saltmarsh road to aid convoys for the length of the pause. Monitors from the Institute would travel with every convoy and report any violation to both delegations.',
    'Hélène Marchbanks, a former magistrate who has worked on prisoner exchanges in the region for a decade, told reporters that the draft was “a text both sides can read without losing face”. She declined to say which side had asked for the monitors.',
    'Committee negotiator Dario Kestrin told the Courier on Tuesday evening that his delegation was studying the text line by line. A member of his delegation said the Committee would accept the pause only if the monitors could stop any convoy carrying weapons, a condition the government has long rejected.',
    'Residents of Halvard, a spa town of eight thousand people on the northern shore of Lake Vire, have watched the delegations come and go with some impatience. Hotel staff say the Grand Pavilion has turned away its usual spring guests for the week.',
    'Kestrin’s deputy, Mira Solberg, said the Committee wanted the pause to begin on a Saturday, so that families could reach the Saltmarsh road in daylight. The office of Minister Sarkal said the government would respond once the Committee had given its answer.',
    'The next session is planned for Thursday.',
  ),
};
