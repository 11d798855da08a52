import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
  type LexicalNode,
} from 'lexical';
import type { BriefInsert } from './citeBus';
import { $createCitationNode } from './nodes/CitationNode';
import { $createRecordMentionNode } from './nodes/RecordMentionNode';

export function $nodeOf(insert: BriefInsert): LexicalNode {
  return insert.type === 'citation' ? $createCitationNode(insert) : $createRecordMentionNode(insert);
}

/**
 * Puts a citation or chip where the writer was: at the selection, or, when focus moved to
 * a button outside the editor, where the caret last stood. An editor never focused gets
 * it at the end of the last paragraph, so it lands where a reader would look for it.
 */
export function $insertInline(node: LexicalNode, lastSelection: BaseSelection | null): void {
  if (!$getSelection() && lastSelection && $isRangeSelection(lastSelection) && $getNodeByKey(lastSelection.anchor.key) && $getNodeByKey(lastSelection.focus.key)) {
    $setSelection(lastSelection.clone());
  }
  const selection = $getSelection();
  if ($isRangeSelection(selection) || $isNodeSelection(selection)) {
    selection.insertNodes([node]);
    return;
  }
  const last = $getRoot().getLastChild();
  const paragraph = $isParagraphNode(last) ? last : $createParagraphNode();
  if (paragraph !== last) $getRoot().append(paragraph);
  const text = paragraph.getTextContent();
  if (text && !/\s$/.test(text)) paragraph.append($createTextNode(' '));
  paragraph.append(node);
  node.selectNext();
}
