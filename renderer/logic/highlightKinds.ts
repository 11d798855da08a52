import type { Annotation } from '../../shared/model';

export type HighlightKind = 'entity' | 'proposal' | 'comment';

/** What an annotation points at decides its colour; one without links is a comment. */
export function highlightKindsOf(annotation: Pick<Annotation, 'links'>): HighlightKind[] {
  const kinds = new Set<HighlightKind>(annotation.links.map((l) => l.kind));
  return kinds.size === 0 ? ['comment'] : (['entity', 'proposal'] as const).filter((k) => kinds.has(k));
}

/**
 * CSS classes for one mark covering the given annotations: a class per kind present, and a
 * depth class so overlapping stretches paint deeper instead of hiding each other.
 */
export function markClasses(annotations: readonly Pick<Annotation, 'links'>[]): string[] {
  const kinds = new Set(annotations.flatMap(highlightKindsOf));
  const classes = [...kinds].sort().map((k) => `highlight--${k}`);
  if (annotations.length > 1) classes.push(`highlight--depth-${Math.min(annotations.length, 3)}`);
  return classes;
}
