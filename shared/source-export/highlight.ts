import type { AnnotatedSource } from './annotated-source';
import type { Piece } from './layout';

/**
 * How a highlighted piece is coloured, as the reader colours it: a tint per record kind
 * linked (both kinds when both are), amber for a span with no link (a comment or a plain
 * highlight), and a deeper tint where spans overlap.
 */
export interface HighlightLook {
  entity: boolean;
  proposal: boolean;
  /** No covering span links a record. */
  unlinked: boolean;
  /** How many spans cover the piece (1 = no overlap), capped at 3 like the reader. */
  depth: 1 | 2 | 3;
}

export function highlightLook(exported: AnnotatedSource, piece: Piece): HighlightLook | null {
  if (piece.covering.length === 0) return null;
  const kinds = new Set(
    piece.covering.flatMap((number) => exported.notes[number - 1]?.links.map((link) => link.record.kind) ?? []),
  );
  return {
    entity: kinds.has('entity'),
    proposal: kinds.has('proposal'),
    unlinked: kinds.size === 0,
    depth: Math.min(3, piece.covering.length) as 1 | 2 | 3,
  };
}
