import type { AppCommand } from '../../shared/app-commands';
import { foldForSearch } from '../../shared/search';
import type { GlobalAction } from './shortcuts';

/**
 * What the palette can do. Most are the app-wide actions the keyboard also reaches;
 * New brief and Compare continue inside the palette (a title, a choice of sources).
 * `app` is one of the menus' commands (shared/app-commands.ts), carried out by the app layer.
 */
export type CommandId = 'import' | 'paste' | 'new-brief' | 'compare' | 'coverage' | 'search' | 'help' | 'app';

export type Command = {
  id: CommandId;
  title: string;
  /** More words people might type for it. */
  keywords: readonly string[];
  /** The app-wide key that does the same, shown as a hint. */
  shortcut?: GlobalAction;
  /** For `app` commands: which one, as the desktop menu would send it. */
  app?: AppCommand;
};

export const COMMANDS: readonly Command[] = [
  { id: 'import', title: 'Import sources…', keywords: ['files', 'open', 'add', 'article', 'pdf', 'docx', 'html'], shortcut: 'import' },
  { id: 'paste', title: 'Paste text…', keywords: ['import', 'clipboard', 'article', 'add'] },
  { id: 'new-brief', title: 'New brief', keywords: ['create', 'write', 'document', 'draft'] },
  { id: 'compare', title: 'Compare sources…', keywords: ['side by side', 'columns', 'diff', 'shared'] },
  { id: 'coverage', title: 'Coverage of all sources', keywords: ['matrix', 'mentions', 'records', 'compare'] },
  { id: 'help', title: 'Keyboard shortcuts', keywords: ['help', 'keys', 'hotkeys'], shortcut: 'help' },
];

/** The search-everywhere line, worded for the query typed. */
export function searchCommand(query: string): Command {
  return { id: 'search', title: `Search everywhere for “${query.trim()}”`, keywords: [], shortcut: 'search' };
}

/**
 * The commands for what was typed: every command for an empty palette; otherwise those
 * whose words start with each typed word, title words first. Searching everywhere for
 * the typed words always comes last, so Enter on a name nobody has still finds it.
 */
export function matchCommands(query: string, commands: readonly Command[] = COMMANDS): Command[] {
  const typed = foldForSearch(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (typed.length === 0) return [...commands];
  const scored: Array<{ command: Command; score: number }> = [];
  for (const command of commands) {
    const titleWords = wordsOf(command.title);
    const otherWords = command.keywords.flatMap(wordsOf);
    let score = 0;
    for (const word of typed) {
      if (titleWords.some((w) => w.startsWith(word))) score += 2;
      else if (otherWords.some((w) => w.startsWith(word))) score += 1;
      else {
        score = 0;
        break;
      }
    }
    if (score > 0) scored.push({ command, score });
  }
  scored.sort((a, b) => b.score - a.score);
  return [...scored.map((s) => s.command), searchCommand(query)];
}

function wordsOf(text: string): string[] {
  return foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
