export * from './hints';
export { guessFromText } from './guess';
export { mergeHints, isFromText, type GuessedFields } from './merge';
export { TEXT_CONFIDENCE, TEXT_CLUE_SOURCES } from './clues';
export { detectBoilerplate } from './boilerplate';
export { trimSpans, type Trimmed } from './trim';
export {
  NEAR_DUPLICATE_THRESHOLD,
  TextSignature,
  findSimilar,
  similarity,
  textSignature,
  type SimilarSource,
} from './shingles';
export { parseDate, type FoundDate } from './dates';
