import { $createLinkNode, $toggleLink } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $createTextNode, $getSelection, $isRangeSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import type { BlockKind } from './toolbarState';

/** Turns the blocks under the selection into `next`; pressing the pressed kind again undoes it. */
export function setBlock(editor: LexicalEditor, current: BlockKind, next: BlockKind): void {
  if (next === 'bullet' || next === 'number') {
    if (current === next) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(next === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  if (current === 'bullet' || current === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  const target = current === next ? 'paragraph' : next;
  editor.update(() => {
    const selection = $getSelection();
    if (target === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
    else if (target === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else $setBlocksType(selection, () => $createHeadingNode(target));
  });
}

/**
 * Links the selected words to `url` (null removes the link). With nothing selected and no
 * link under the caret, the address itself is inserted as the link's text.
 */
export function applyLink(editor: LexicalEditor, url: string | null, inLink: boolean, chosen: BaseSelection | null): void {
  editor.update(() => {
    // The words chosen before focus went to the address field, not what the field's keys left behind.
    if (chosen) $setSelection(chosen.clone());
    const selection = $getSelection();
    if (url && $isRangeSelection(selection) && selection.isCollapsed() && !inLink) {
      const link = $createLinkNode(url);
      link.append($createTextNode(url));
      selection.insertNodes([link]);
      link.selectNext();
      return;
    }
    $toggleLink(url);
  });
}
