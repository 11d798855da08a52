import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $createRangeSelection, $getSelection, $setSelection, COMMAND_PRIORITY_HIGH, DRAGOVER_COMMAND, DROP_COMMAND, type BaseSelection } from 'lexical';
import { useEffect, useRef } from 'react';
import { CitationNodeJson } from '../../shared/brief';
import { CITATION_DRAG_TYPE, onBriefInsert } from './citeBus';
import { $insertInline, $nodeOf } from './insertNodes';

const carriesCitation = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes(CITATION_DRAG_TYPE);

/** The caret position under the pointer, in either browser API. */
function rangeAt(event: DragEvent): Range | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = doc.caretPositionFromPoint?.(event.clientX, event.clientY);
  if (position) {
    const range = document.createRange();
    range.setStart(position.offsetNode, position.offset);
    return range;
  }
  return document.caretRangeFromPoint?.(event.clientX, event.clientY) ?? null;
}

/**
 * Citations and chips arriving from outside the editor: offered by the context panel's
 * Insert buttons (citeBus), or dropped from a highlight dragged out of the reader.
 */
export function BriefInsertPlugin() {
  const [editor] = useLexicalComposerContext();
  const lastSelection = useRef<BaseSelection | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const selection = editorState.read(() => $getSelection());
          if (selection) lastSelection.current = selection.clone();
        }),
        onBriefInsert((insert) => editor.update(() => $insertInline($nodeOf(insert), lastSelection.current))),
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!carriesCitation(event)) return false;
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            if (!carriesCitation(event)) return false;
            event.preventDefault();
            let data: unknown = null;
            try {
              data = JSON.parse(event.dataTransfer?.getData(CITATION_DRAG_TYPE) ?? '');
            } catch {
              // Not ours after all: nothing is inserted.
            }
            const citation = CitationNodeJson.safeParse(data);
            if (!citation.success) return true;
            const range = rangeAt(event);
            editor.update(() => {
              if (range) {
                const selection = $createRangeSelection();
                selection.applyDOMRange(range);
                $setSelection(selection);
              }
              $insertInline($nodeOf(citation.data), lastSelection.current);
            });
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
