import type { Comparison, PassageRef } from '../../shared/compare';

/** One side of a shared passage as one column sees it: its own stretch and where its partner is. */
export type ColumnPassage = {
  /** Index into `comparison.shared`: the same number names both sides. */
  id: number;
  start: number;
  end: number;
  partner: PassageRef;
  similarity: number;
};

/** The shared passages one source takes part in, in text order. */
export function passagesOf(comparison: Pick<Comparison, 'shared'>, sourceId: string): ColumnPassage[] {
  const mine: ColumnPassage[] = [];
  comparison.shared.forEach((pair, id) => {
    if (pair.a.sourceId === sourceId) mine.push({ id, start: pair.a.start, end: pair.a.end, partner: pair.b, similarity: pair.similarity });
    else if (pair.b.sourceId === sourceId) mine.push({ id, start: pair.b.start, end: pair.b.end, partner: pair.a, similarity: pair.similarity });
  });
  return mine.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** The stretches of one source found in none of the others. */
export function uniqueOf(comparison: Pick<Comparison, 'unique'>, sourceId: string): { start: number; end: number }[] {
  return comparison.unique.filter((u) => u.sourceId === sourceId).map(({ start, end }) => ({ start, end }));
}

/** "Shared with Coast Times, 94% alike": what a passage marker says to a screen reader and in its tooltip. */
export function describePassage(passage: Pick<ColumnPassage, 'similarity'>, partnerTitle: string): string {
  const alike = Math.round(passage.similarity * 100);
  return alike >= 100 ? `Same wording in ${partnerTitle}` : `Shared with ${partnerTitle}, ${alike}% alike`;
}
