import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setSelection } from 'lexical';
import { useEffect, useRef } from 'react';
import type { Annotation } from '../../shared/model';
import type { AnnotationSpan } from '../logic/textOffsets';
import { $addAnnotationMark, $buildReaderContent, $removeAnnotationMarks } from './annotationMarks';

/** Only annotations with a place in the current text are marked; orphans live in the panel. */
export function spansOf(annotations: readonly Annotation[]): AnnotationSpan[] {
  return annotations.filter((a) => a.anchoring !== 'orphaned').map((a) => ({ id: a.id, ...a.target.position }));
}

const spanKey = (s: AnnotationSpan) => `${s.start}:${s.end}`;

/**
 * Keeps the document equal to the source text with its annotations. A new text (or leaving
 * edit mode) rebuilds everything; an added, removed or re-attached annotation changes only
 * its own marks, so the researcher's place in a long text is not disturbed.
 */
export function ReaderContentPlugin({ text, annotations, editing }: { text: string; annotations: readonly Annotation[]; editing: boolean }) {
  const [editor] = useLexicalComposerContext();
  const shown = useRef<{ text: string; spans: Map<string, string> } | null>(null);

  useEffect(() => {
    // While editing, the marks in the document are the truth: they follow the edits.
    if (editing) {
      shown.current = null;
      return;
    }
    const spans = spansOf(annotations);
    const next = new Map(spans.map((s) => [s.id, spanKey(s)]));
    const previous = shown.current;
    shown.current = { text, spans: next };
    editor.update(
      () => {
        // The selection may point into paragraphs about to be replaced; the reader drops it
        // (the annotation it was made for is now a mark) rather than leave it dangling.
        $setSelection(null);
        if (!previous || previous.text !== text) return $buildReaderContent(text, spans);
        for (const [id, key] of previous.spans) if (next.get(id) !== key) $removeAnnotationMarks(id);
        const kept = spans.filter((s) => previous.spans.get(s.id) === spanKey(s));
        for (const span of spans) {
          if (previous.spans.get(span.id) === spanKey(span)) continue;
          $addAnnotationMark(text, kept, span);
          kept.push(span);
        }
      },
      // Rebuilding marks is not something the researcher did: keep it out of the editor's undo.
      { tag: 'historic' },
    );
  }, [editor, text, annotations, editing]);

  return null;
}
