import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_CRITICAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';

/**
 * Lexical learns where the caret went from `selectionchange`, which the browser delivers
 * after input events: on a busy machine a key pressed right after a click or End can act
 * on the caret's old place (← from the old place jumps to the paragraph above). Before
 * any key is handled, Lexical's selection is brought to where the browser shows it.
 * Only the caret's points are compared, so a pending Ctrl+B on an empty selection stays.
 */
export function SelectionSyncPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        () => {
          const known = $getSelection();
          if (!$isRangeSelection(known)) return false;
          const shown = $createRangeSelectionFromDom(window.getSelection(), editor);
          if (shown && !(shown.anchor.is(known.anchor) && shown.focus.is(known.focus))) $setSelection(shown);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}
