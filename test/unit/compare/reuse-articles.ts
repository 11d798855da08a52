/**
 * Articles for the text-reuse tests: an original report on fictional fisheries talks, and a
 * second outlet's report that copies three of its paragraphs with small edits and adds its
 * own. Paragraphs are kept apart so tests can name them and build variants.
 */

export const original = [
  'Marenne and Tolvia agree to resume fisheries talks after six-week pause',
  'KESTREL BAY — Negotiators from Marenne and Tolvia will return to the table on Monday, ending a six-week standoff over fishing rights in Kestrel Bay, officials from both governments confirmed late on Thursday.',
  'The breakthrough came after Dr. Ilse Varga, the mediator appointed by the Northern Maritime Council, spent three days shuttling between the two delegations in the port city of Salden. According to people familiar with the discussions, she persuaded both sides to set aside the question of historic quotas until a joint survey of fish stocks is complete. Mr. Tomas Reyl, who leads the Tolvian delegation, called the arrangement “a sensible pause, not a surrender.”',
  'Fishing crews on both sides of the bay have watched the dispute with growing alarm. Since March, patrol boats have turned back at least 14 trawlers, and two vessels were impounded in April after crossing what Marenne considers its exclusive zone.',
  'Under the framework agreed on Thursday, each country will cap its catch in the disputed waters at 1,200 tonnes a month while the survey is carried out. The cap is roughly a third lower than last year’s average haul, a concession that Marenne’s fishing association, which represents more than 3,000 crews, described as painful but survivable. Inspectors from the council will be allowed aboard any vessel without notice.',
  'Not everyone is convinced. Opposition lawmakers in the Tolvian parliament accused the government of trading away leverage for the sake of a photo opportunity. “We have been here before,” said Sen. Mara Holt, who chairs the fisheries committee. “Every pause becomes permanent, and every survey takes longer than promised.”',
  'The survey, to be run by marine scientists from the University of Salden, is expected to take 90 days. Its findings will form the basis of a longer-term quota deal that both governments say they hope to sign before the end of the year.',
  'Monday’s session will be held behind closed doors at the council’s offices in Salden. A spokesman for the Marenne foreign ministry said no statements would be made until the talks conclude.',
];

/** The three paragraphs the second outlet took, as it printed them. */
export const copied = {
  // "persuaded" became "convinced".
  mediator: original[2]!.replace('she persuaded both sides', 'she convinced both sides'),
  // The cap grew from 1,200 to 1,500 tonnes.
  cap: original[4]!.replace('1,200 tonnes', '1,500 tonnes'),
  // The clause naming who runs the survey is gone.
  survey: original[6]!.replace(', to be run by marine scientists from the University of Salden,', ''),
};

export const secondOutlet = [
  'Fishing truce holds as Kestrel Bay negotiators prepare to meet',
  'SALDEN — Tolvia’s fishing fleet stayed in port for a third straight day on Friday as skippers waited to learn what the renewed negotiations with Marenne would mean for their catch.',
  copied.mediator,
  'Harbour master Olek Brandt said the mood on the quays had lifted since Thursday’s announcement. “People are relieved that somebody is finally talking,” he said, adding that fuel costs had already forced several smaller boats out of business this spring.',
  // Two copied paragraphs in a row here (not in the original): two passages, not one.
  copied.cap,
  copied.survey,
  'Marenne’s fisheries minister, Anouk Dessel, is expected to attend the opening session in person. Her office declined to comment on Friday.',
];

/** A report on something else entirely, with its own short stock sentences. */
export const unrelated = [
  'City council approves new tram line after marathon session',
  'The council voted 31 to 12 late on Wednesday to fund a light-rail link between the railway station and the university hospital, the largest transport project in the city for two decades.',
  'Construction is due to start next spring and will close parts of the ring road for up to eighteen months. Shop owners along the route said they had not been consulted about the timetable. Talks continue.',
  'The mayor, who campaigned on the tram, said the line would carry 40,000 passengers a day once it opens.',
];

export function article(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

/** Where paragraph `index` of an article built by `article` starts and ends. */
export function paragraphAt(paragraphs: readonly string[], index: number): { start: number; end: number } {
  const start = paragraphs.slice(0, index).reduce((offset, p) => offset + p.length + 2, 0);
  return { start, end: start + paragraphs[index]!.length };
}
