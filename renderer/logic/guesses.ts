import type { FieldGuess } from '../../shared/model';
import type { DraftField } from './metadataDraft';

/** Below this a guess is flagged for checking rather than merely shown. */
export const CHECK_BELOW = 0.6;

/** The engine names its clues in kebab-case; a few read better spelled out. */
const CLUES: Record<string, string> = {
  'json-ld': 'the page’s structured data',
  meta: 'the page’s metadata',
  'first-line': 'the first line',
  typed: 'what you typed',
  'file-name': 'the file name',
};

export type GuessBadge = { text: string; needsCheck: boolean };

/** "guessed from dateline · 70%", plus whether the form should ask for a second look. */
export function describeGuess(guess: FieldGuess): GuessBadge {
  const clue = CLUES[guess.from] ?? guess.from.replace(/[-_]+/g, ' ');
  return { text: `guessed from ${clue} · ${Math.round(guess.confidence * 100)}%`, needsCheck: guess.confidence < CHECK_BELOW };
}

/** The engine's field names, as the draft names the inputs showing them. */
const DRAFT_FIELD: Record<string, DraftField> = {
  title: 'title',
  outlet: 'outlet',
  authors: 'authors',
  publishedAt: 'date',
  url: 'url',
  language: 'language',
  direction: 'direction',
};

/**
 * A `bad-request` from the engine reads "fields.url: Invalid URL; fields.title: …".
 * Each part that names a field is shown beside that field; the rest stays at the top.
 */
export function engineFieldErrors(message: string): { byField: Partial<Record<DraftField, string>>; general: string[] } {
  const byField: Partial<Record<DraftField, string>> = {};
  const general: string[] = [];
  for (const part of message.split(/;\s*/).filter(Boolean)) {
    const match = /^(?:fields\.)?(\w+)(?:\.[\w.]+)?:\s*(.+)$/.exec(part.trim());
    const field = match?.[1] ? DRAFT_FIELD[match[1]] : undefined;
    if (field && match?.[2]) byField[field] = sentence(match[2]);
    else general.push(part.trim());
  }
  return { byField, general };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}`;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
