import type { PassageRef, SharedPassage } from './types';

export interface ComparedText {
  sourceId: string;
  text: string;
}

/**
 * Text reuse between sources: every pair of stretches two sources share verbatim or with
 * small edits, and each source's paragraphs found in none of the others.
 */
// TODO(issue 7): implement.
export function compareTexts(_texts: readonly ComparedText[]): { shared: SharedPassage[]; unique: PassageRef[] } {
  return { shared: [], unique: [] };
}
