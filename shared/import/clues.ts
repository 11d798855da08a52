/**
 * How sure each text clue is, in one table so the ordering is visible and tested. The scale is
 * shared with file clues (HTML meta, JSON-LD, PDF info, DOCX properties), which the importers
 * rate; a publisher's own JSON-LD should beat anything read from prose.
 *
 * Reasons for the ordering:
 * - An explicit label ("Published 3 March 2024", "By Mira Okonjo") is the outlet telling us: high.
 * - A copyright line names the site the page was saved from, usually the outlet: fairly high.
 * - A bio or trailing credit names an outlet too, but also appears in syndicated copy: medium.
 * - A dateline date without a year needs the year guessed: lower than one with a year.
 * - An "Updated" date is not the published date: low, so any published date wins.
 * - The wire agency in a dateline "(Agency)" is often not the outlet that ran the story: low.
 * - The first line is only probably the headline: modest.
 */
export const TEXT_CONFIDENCE = {
  'published-line': 0.8,
  'published-line-late': 0.6,
  'leading-date': 0.7,
  'leading-month': 0.6,
  'updated-line': 0.4,
  'dateline-date': 0.7,
  'dateline-date-no-year': 0.55,
  'dateline-agency': 0.4,
  byline: 0.8,
  'byline-outlet': 0.5,
  'byline-role': 0.65,
  'byline-dated': 0.6,
  copyright: 0.7,
  'author-bio': 0.7,
  'author-bio-outlet': 0.65,
  'trailing-credit': 0.6,
  'reporting-credit': 0.6,
  headline: 0.45,
  'headline-after-furniture': 0.4,
} as const;

/**
 * The `from` names text clues use. `mergeHints` prefers any other clue (a file's metadata) on a
 * confidence tie, because the file's own metadata was written by the publisher on purpose.
 */
export const TEXT_CLUE_SOURCES: ReadonlySet<string> = new Set([
  'dateline',
  'leading-date',
  'published-line',
  'updated-line',
  'byline',
  'copyright',
  'trailing-credit',
  'reporting-credit',
  'author-bio',
  'headline',
  'language-detector',
  'script',
]);
