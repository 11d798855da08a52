/**
 * What opens the editor's two typeaheads, read from the text before the caret. Shaped as
 * Lexical's MenuTextMatch: `leadOffset` where the trigger starts, `replaceableString` the
 * text that the chosen item replaces, `matchingString` the query typed after the trigger.
 */
export type TriggerMatch = { leadOffset: number; matchingString: string; replaceableString: string };

/** Names have spaces ("Tomas Reyvald"), so one space at a time is allowed; two end it. */
const MENTION = /(^|[\s(])(@((?:[^\s@#.,;:!?()[\]{}"“”<>/\\]|\s(?!\s)){0,48}))$/u;

/** "/cite" alone lists the newest annotations; words after it search them. */
const CITE = /(^|[\s(])(\/cite(?:\s((?:\S|\s(?!\s)){0,80}))?)$/iu;

function matchOf(re: RegExp, text: string): TriggerMatch | null {
  const found = re.exec(text);
  if (!found) return null;
  const replaceableString = found[2] ?? '';
  return { leadOffset: found.index + (found[1] ?? '').length, matchingString: (found[3] ?? '').trimStart(), replaceableString };
}

export function matchMentionTrigger(text: string): TriggerMatch | null {
  return matchOf(MENTION, text);
}

export function matchCiteTrigger(text: string): TriggerMatch | null {
  return matchOf(CITE, text);
}
