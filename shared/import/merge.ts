import type { MetadataField, MetadataGuesses, SourceFields } from '../model';
import { TEXT_CLUE_SOURCES } from './clues';
import type { MetadataHint } from './hints';

export type GuessedFields = Partial<Pick<SourceFields, MetadataField>>;

/**
 * One value per field: the most confident clue wins. On a tie a file clue (HTML meta, JSON-LD,
 * PDF info, DOCX properties) beats a text clue, because the publisher wrote it on purpose;
 * between two clues of the same kind the earlier one in `hints` wins, so the result does not
 * depend on anything but the input order.
 */
export function mergeHints(hints: MetadataHint[]): { fields: GuessedFields; guesses: MetadataGuesses } {
  const best = new Map<MetadataField, MetadataHint>();
  for (const hint of hints) {
    const current = best.get(hint.field);
    if (!current || beats(hint, current)) best.set(hint.field, hint);
  }
  const fields: GuessedFields = {};
  const guesses: MetadataGuesses = {};
  for (const [field, hint] of best) {
    assign(fields, hint);
    guesses[field] = { confidence: hint.confidence, from: hint.from };
  }
  return { fields, guesses };
}

function beats(challenger: MetadataHint, holder: MetadataHint): boolean {
  if (challenger.confidence !== holder.confidence) return challenger.confidence > holder.confidence;
  return isFromText(holder) && !isFromText(challenger);
}

export function isFromText(hint: Pick<MetadataHint, 'from'>): boolean {
  return TEXT_CLUE_SOURCES.has(hint.from);
}

/** Narrowed per field so each value keeps its own type. */
function assign(fields: GuessedFields, hint: MetadataHint): void {
  switch (hint.field) {
    case 'title':
      fields.title = hint.value;
      break;
    case 'outlet':
      fields.outlet = hint.value;
      break;
    case 'authors':
      fields.authors = [...hint.value];
      break;
    case 'publishedAt':
      fields.publishedAt = hint.value;
      break;
    case 'url':
      fields.url = hint.value;
      break;
    case 'language':
      fields.language = hint.value;
      break;
    case 'direction':
      fields.direction = hint.value;
      break;
  }
}
