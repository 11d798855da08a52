import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { $selectionOffsets } from '../reader/selectionOffsets';
import { useAnnotate, useCite } from '../state/stores';

/**
 * B in the reader: "Cite in brief" for the selected text, like E / P / C for linking. The
 * span is read from the browser's selection, as the person sees it at the key press.
 */
export function CiteKeyPlugin() {
  const [editor] = useLexicalComposerContext();
  const [, cite] = useCite();
  const [, annotate] = useAnnotate();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.key.toLowerCase() !== 'b' || event.ctrlKey || event.metaKey || event.altKey) return false;
          // While an orphan waits for its new text, a selection is for "Attach here" only.
          if (annotate.getSnapshot().reattachId) return false;
          const dom = window.getSelection();
          const span = editor.read(() => $selectionOffsets($createRangeSelectionFromDom(dom, editor)));
          const rect = dom?.rangeCount ? dom.getRangeAt(0).getBoundingClientRect() : null;
          if (!span || span.end <= span.start || !rect) return false;
          event.preventDefault();
          cite.ask({ kind: 'selection', span, anchor: { top: rect.top, bottom: rect.bottom, left: rect.left + rect.width / 2 } });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, cite, annotate],
  );
  return null;
}
