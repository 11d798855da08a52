import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelectionFromDom,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  KEY_ESCAPE_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
} from 'lexical';
import { useEffect } from 'react';
import type { AnnotateStore, FormFocus } from '../state/AnnotateStore';
import { $selectionOffsets } from './selectionOffsets';

const TOOLBAR_KEYS: Record<string, FormFocus> = { e: 'entity', p: 'proposal', c: 'comment' };

/** Where the browser's selection is drawn, for placing the toolbar beside it. */
function selectionAnchor() {
  const range = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null;
  const rect = range?.getBoundingClientRect();
  return rect ? { top: rect.top, bottom: rect.bottom, left: rect.left + rect.width / 2 } : null;
}

/**
 * Tells the annotate store what text is selected (as offsets into the source text), and in
 * reading mode turns E / P / C into the toolbar's actions and Ctrl/Cmd+Z into annotation undo.
 */
export function SelectionPlugin({ store, editing }: { store: AnnotateStore; editing: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (editing) {
      store.select(null);
      return;
    }
    // Read from the browser's selection, not Lexical's copy of it: Lexical learns of a change
    // a moment after the browser draws it, and a key pressed right after Shift+Arrow must act
    // on the selection the person sees.
    const publish = () => {
      const span = editor.read(() => $selectionOffsets($createRangeSelectionFromDom(window.getSelection(), editor)));
      const anchor = span && span.end > span.start ? selectionAnchor() : null;
      store.select(span && anchor ? { ...span, anchor } : null);
    };
    return mergeRegister(
      editor.registerUpdateListener(({ tags }) => {
        if (!tags.has('historic')) publish();
      }),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const focus = TOOLBAR_KEYS[event.key.toLowerCase()];
          if (!focus || event.ctrlKey || event.metaKey || event.altKey || !store.getSnapshot().selection) return false;
          event.preventDefault();
          publish();
          store.openForm(focus);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          if (!store.getSnapshot().selection && !store.getSnapshot().form) return false;
          store.closeForm();
          window.getSelection()?.collapseToEnd();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(UNDO_COMMAND, () => (void store.undo(), true), COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(REDO_COMMAND, () => (void store.redo(), true), COMMAND_PRIORITY_CRITICAL),
    );
  }, [editor, store, editing]);
  return null;
}
