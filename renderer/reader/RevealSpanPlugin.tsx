import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { Annotation } from '../../shared/model';
import type { TextRange } from '../state/WorkspaceStore';
import { $selectOffsets } from './selectionOffsets';

/**
 * Selects and scrolls to a span the source was opened at (an unlinked mention, which has no
 * mark to flash yet), so the researcher sees it and can link it from the toolbar at once.
 *
 * Annotations of a source opened again arrive after the text is shown, and the reader drops
 * the selection when its marks change; the span is selected again then, until the researcher
 * does anything at all, after which the selection is theirs.
 */
export function RevealSpanPlugin({ span, annotations }: { span: TextRange | undefined; annotations: readonly Annotation[] }) {
  const [editor] = useLexicalComposerContext();
  const pending = useRef<TextRange | undefined>(undefined);

  useEffect(() => {
    pending.current = span;
    if (!span) return;
    const settle = () => {
      pending.current = undefined;
    };
    document.addEventListener('pointerdown', settle, true);
    document.addEventListener('keydown', settle, true);
    return () => {
      document.removeEventListener('pointerdown', settle, true);
      document.removeEventListener('keydown', settle, true);
    };
  }, [span]);

  useEffect(() => {
    const wanted = pending.current;
    if (!wanted) return;
    // A frame later: the reader resets the toolbar's selection when it opens a source, after
    // this plugin's effects have run, and the toolbar should show for the revealed span.
    const frame = requestAnimationFrame(() =>
      editor.update(() => void $selectOffsets(wanted.start, wanted.end), {
        onUpdate: () => {
          const node = window.getSelection()?.anchorNode;
          const element = node instanceof Element ? node : node?.parentElement;
          element?.scrollIntoView({ block: 'center' });
        },
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, [span, annotations, editor]);

  return null;
}
