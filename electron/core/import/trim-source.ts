import { createHash } from 'node:crypto';
import { ParleyError } from '../../../shared/contract';
import { describeSpan } from '../../../shared/anchoring/describe';
import { trimSpans } from '../../../shared/import';
import { newRecordId, type Annotation, type Source, type TextVersion } from '../../../shared/model';
import type { NotebookStore } from '../store/notebook-store';

export interface Span {
  start: number;
  end: number;
}

/**
 * Accepting proposed boilerplate: the spans leave the text as a new 'trimmed' version, the
 * imported original stays. Annotations are carried across exactly, since a trim only
 * removes text; one that touched a removed span becomes an orphan, never a wrong match.
 */
export async function trimSource(store: NotebookStore, sourceId: string, spans: Span[], rev?: number): Promise<Source> {
  const current = store.currentVersion(sourceId);
  const ordered = checkedSpans(current.text, spans);
  const trimmed = trimSpans(current.text, ordered);
  if (trimmed.text.trim() === '') {
    throw new ParleyError('bad-request', 'Trimming these spans would remove all of the text.');
  }
  const now = new Date().toISOString();
  const version: TextVersion = {
    id: newRecordId(),
    text: trimmed.text,
    hash: createHash('sha256').update(trimmed.text, 'utf8').digest('hex'),
    createdAt: now,
    reason: 'trimmed',
  };
  const annotations = store.sourceAnnotations(sourceId).map((annotation) => carry(annotation, trimmed, version, now));
  return store.addTextVersion(sourceId, version, annotations, rev);
}

function carry(
  annotation: Annotation,
  trimmed: { text: string; map: (offset: number) => number | null },
  version: TextVersion,
  now: string,
): Annotation {
  const { start, end } = annotation.target.position;
  // The last character, not `end`: an offset just past the span may already be removed text.
  const newStart = trimmed.map(start);
  const lastChar = trimmed.map(end - 1);
  const survived = newStart !== null && lastChar !== null && lastChar + 1 - newStart === end - start;
  if (annotation.anchoring === 'orphaned' || !survived) {
    return { ...annotation, versionId: version.id, anchoring: 'orphaned', updatedAt: now, rev: annotation.rev + 1 };
  }
  const target = describeSpan(version.text, newStart, lastChar + 1);
  const moved = newStart !== start;
  return {
    ...annotation,
    versionId: version.id,
    target,
    anchoring: moved ? 'moved' : annotation.anchoring,
    updatedAt: now,
    rev: annotation.rev + 1,
  };
}

/** Spans in text order, inside the text and not overlapping: anything else is a caller's mistake. */
function checkedSpans(text: string, spans: Span[]): Span[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  for (const span of ordered) {
    if (span.end <= span.start || span.end > text.length) {
      throw new ParleyError('bad-request', `The span ${span.start}–${span.end} is outside the text (0–${text.length}).`);
    }
    if (span.start < previousEnd) throw new ParleyError('bad-request', 'The spans to trim overlap.');
    previousEnd = span.end;
  }
  return ordered;
}
