import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type BaseSelection,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import type { BriefInsert } from './citeBus';
import { $createCitationNode } from './nodes/CitationNode';
import { $createRecordMentionNode } from './nodes/RecordMentionNode';
import type { TriggerMatch } from './triggers';

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

/**
 * Replaces the typed trigger ("/cite words", "@name") with `chip`. The menu hands over the
 * text it split off at its last look, which lags behind fast typing; so the trigger is read
 * again from the words before the caret and exactly that much is taken away.
 */
export function $replaceTrigger(typed: TextNode | null, match: (text: string) => TriggerMatch | null, chip: LexicalNode): void {
  if (!typed) {
    $insertNodes([chip]);
    return;
  }
  const before = typed.getPreviousSibling();
  const joined = $isTextNode(before) && before.isSimpleText() && before.getFormat() === typed.getFormat() ? before : null;
  const text = (joined?.getTextContent() ?? '') + typed.getTextContent();
  const trigger = match(text);
  const keep = trigger ? text.slice(0, text.length - trigger.replaceableString.length) : (joined?.getTextContent() ?? '');
  if (joined) {
    if (keep) joined.setTextContent(keep);
    else joined.remove();
  } else if (keep) {
    typed.insertBefore($createTextNode(keep).setFormat(typed.getFormat()));
  }
  typed.replace(chip);
}
