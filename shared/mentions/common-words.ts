/**
 * Capitalised words that are not names: what starts a sentence, the calendar, and titles.
 * English only, because the sources the product follows are mostly English wire copy;
 * words a text also uses in lowercase are caught without a list.
 */
const COMMON = new Set(
  (
    'a an the and but or nor so yet for if as at by in into of off on onto out over to up with from ' +
    'about above after against along among around before behind below beside between beyond during ' +
    'except inside near since through throughout toward towards under until upon within without ' +
    'this that these those there here then than when where while which who whom whose what why how ' +
    'he she it we they you i his her its our their your my me him them us one two three four five six ' +
    'seven eight nine ten all any both each either neither every few many more most much other some such ' +
    'no not only also even still just later earlier meanwhile however yesterday today tomorrow tonight ' +
    'last next first second third new old early late asked said says told added according officials ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december spring summer autumn winter ' +
    'north south east west northern southern eastern western central'
  ).split(' '),
);

const TITLES = new Set(
  (
    'mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister ministers deputy ' +
    'foreign defence defense interior finance secretary general gen lt col colonel major capt captain ' +
    'commander admiral sheikh shaikh emir king queen prince princess crown ambassador envoy special ' +
    'spokesman spokeswoman spokesperson negotiator mediator senator rep representative chairman chairwoman ' +
    'chair director chief judge justice mayor governor imam rabbi father bishop cardinal pope ' +
    'monsieur madame señor señora senor senora herr frau'
  ).split(' '),
);

/** A capitalised word that is ordinary English, not a name ("Yesterday", "March"). */
export function isCommonWord(folded: string): boolean {
  return COMMON.has(folded);
}

/** A title or office that may stand before a bare surname ("Minister Hadad"). */
export function isTitleWord(folded: string): boolean {
  return TITLES.has(folded);
}
