import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useState } from 'react';

export type BlockKind = 'paragraph' | 'h1' | 'h2' | 'h3' | 'bullet' | 'number' | 'quote';

export type ToolbarState = {
  block: BlockKind;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** The URL of the link the caret is in, if any. */
  link: string | null;
  canUndo: boolean;
  canRedo: boolean;
};

const initial: ToolbarState = { block: 'paragraph', bold: false, italic: false, underline: false, link: null, canUndo: false, canRedo: false };

/** What the caret sits in, so the toolbar's pressed buttons say what typing will produce. */
function $readSelection(): Omit<ToolbarState, 'canUndo' | 'canRedo'> | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const top = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
  let block: BlockKind = 'paragraph';
  if ($isListNode(top)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? top;
    block = list.getListType() === 'number' ? 'number' : 'bullet';
  } else if ($isHeadingNode(top)) {
    const tag = top.getTag();
    block = tag === 'h1' || tag === 'h2' ? tag : 'h3';
  } else if ($isQuoteNode(top)) {
    block = 'quote';
  }
  const parent = anchor.getParent();
  const link = $isLinkNode(anchor) ? anchor : $isLinkNode(parent) ? parent : null;
  return { block, bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), underline: selection.hasFormat('underline'), link: link ? link.getURL() : null };
}

export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(initial);
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const read = editorState.read($readSelection);
          if (read) setState((s) => ({ ...s, ...read }));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (canUndo) => {
            setState((s) => ({ ...s, canUndo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (canRedo) => {
            setState((s) => ({ ...s, canRedo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return state;
}
