import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DRAGSTART_COMMAND,
  DROP_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  type LexicalCommand,
} from 'lexical';
import { useEffect } from 'react';

const WRITES: LexicalCommand<unknown>[] = [
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_WORD_COMMAND,
  DELETE_LINE_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  REMOVE_TEXT_COMMAND,
  FORMAT_TEXT_COMMAND,
  PASTE_COMMAND,
  CUT_COMMAND,
  DROP_COMMAND,
  DRAGSTART_COMMAND,
] as LexicalCommand<unknown>[];

/**
 * Reading mode keeps the editor focusable (so Shift+arrows select text with a caret, which
 * a contenteditable=false page cannot do) but refuses every write, at Lexical's level and,
 * for input the browser applies itself, at the DOM's.
 */
export function ReadingGuardPlugin({ editing }: { editing: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (editing) return;
    const refuse = (event: unknown) => {
      if (event instanceof Event) event.preventDefault();
      return true;
    };
    const blockInput = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    // Capture on the root runs before Lexical's own beforeinput listener on the same element.
    return mergeRegister(
      ...WRITES.map((command) => editor.registerCommand(command, refuse, COMMAND_PRIORITY_CRITICAL)),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('beforeinput', blockInput, true);
        root?.addEventListener('beforeinput', blockInput, true);
      }),
      () => editor.getRootElement()?.removeEventListener('beforeinput', blockInput, true),
    );
  }, [editor, editing]);
  return null;
}
