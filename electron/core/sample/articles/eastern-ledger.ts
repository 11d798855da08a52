import { paragraphs, type SampleArticle } from './types';

/** Three days on, from a capital paper: the proposal accepted in principle, names mostly short. */
export const EASTERN_LEDGER: SampleArticle = {
  title: 'Oryn pause accepted in principle after four days of talks',
  outlet: 'The Eastern Ledger',
  authors: ['Tobias Wren'],
  publishedAt: '2031-04-18',
  text: paragraphs(
    'Oryn pause accepted in principle after four days of talks',
    'HALVARD SPRINGS — The government of Velmar and the ODC have accepted in principle a pause in the fighting around Oryn, mediators said on Thursday, after four days of talks in this lakeside town.',
    '“Both delegations have accepted the text in principle,” said Hélène Marchbank, the Concord Institute envoy who drafted it. “What remains is the date and the order of the first steps.”',
    'Interior minister Sarkal told reporters that the government supported the pause and would open the Saltmarsh road “the hour the detainees are handed over”. He said 120 detainees were expected to be released in the first phase.',
    'The Committee’s negotiator, Kestrin, was more guarded. The ODC would sign, he said, once the Institute confirmed that its monitors could inspect every convoy. “We accept the principle. We have not yet accepted the calendar,” he said.',
    'Under the text, the pause would last seventy-two hours from the departure of the first convoy, and could be renewed by a joint letter to the mediators. Marchbank said a renewal would need no new round of talks.',
    'The agreement is the first between the two sides since the Committee took the eastern districts of Oryn last autumn. Earlier attempts, brokered by neighbouring governments, broke down over the release of detainees.',
    'Critics of Sarkal in the capital said the government had conceded too much. A member of parliament for the river districts said the pause rewarded the Committee for holding the city’s water plant.',
    'Aid agencies have loaded forty trucks in the border town of Caskel, ready to leave as soon as the road opens. “We can be in Oryn by nightfall,” said Anaïs Ferreira-Lund, who coordinates the convoys for the Lake Vire relief group.',
    'Diplomats in Halvard said the pause could begin as early as next week. Neither delegation has said who will sign for it.',
  ),
};
