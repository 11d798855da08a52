import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { Annotation } from '../../shared/model';
import { putCitationOnDrag } from '../brief/citeBus';

/**
 * A selection dragged from a highlight carries that highlight's citation (the innermost
 * one where highlights overlap), for dropping into a brief or, as its quote, anywhere else.
 * Marks are not made draggable themselves: that would stop a selection from starting on one.
 */
export function HighlightDragPlugin({ annotations }: { annotations: readonly Annotation[] }) {
  const [editor] = useLexicalComposerContext();
  const byId = useRef(new Map<string, Annotation>());
  byId.current = new Map(annotations.map((a) => [a.id, a]));

  useEffect(() => {
    const onDragStart = (event: DragEvent) => {
      const target = event.target instanceof Element ? event.target : event.target instanceof Node ? event.target.parentElement : null;
      const ids = (target?.closest<HTMLElement>('mark[data-annotation-ids]')?.dataset.annotationIds ?? '').split(' ');
      const length = (a: Annotation) => a.target.position.end - a.target.position.start;
      const [innermost] = ids
        .map((id) => byId.current.get(id))
        .filter((a): a is Annotation => a !== undefined)
        .sort((a, b) => length(a) - length(b));
      if (!innermost || !event.dataTransfer) return;
      putCitationOnDrag(event.dataTransfer, innermost);
      // Reading mode refuses drags at Lexical's level; this one only copies, so it goes ahead.
      event.stopPropagation();
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('dragstart', onDragStart, true);
      root?.addEventListener('dragstart', onDragStart, true);
    });
  }, [editor]);
  return null;
}
