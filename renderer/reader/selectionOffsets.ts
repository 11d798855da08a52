import {
  $createRangeSelection,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { PARAGRAPH_BREAK } from '../logic/textOffsets';

/** Text length of everything in `block` before `target` (a descendant of it). */
function lengthBefore(block: ElementNode, target: LexicalNode): number {
  let length = 0;
  const visit = (node: LexicalNode): boolean => {
    if (node.is(target)) return true;
    if ($isElementNode(node)) {
      for (const child of node.getChildren()) if (visit(child)) return true;
      return false;
    }
    length += node.getTextContentSize();
    return false;
  };
  visit(block);
  return length;
}

/** Where each top-level paragraph starts in the text the editor holds. */
function paragraphStarts(): number[] {
  let at = 0;
  return $getRoot()
    .getChildren()
    .map((p) => {
      const start = at;
      at += p.getTextContentSize() + PARAGRAPH_BREAK.length;
      return start;
    });
}

function $pointOffset(point: PointType, starts: number[]): number {
  const node = point.getNode();
  const block = node.getTopLevelElementOrThrow();
  const start = starts[block.getIndexWithinParent()] ?? 0;
  if (point.type === 'text') return start + lengthBefore(block, node) + point.offset;
  const element = node as ElementNode;
  const child = element.getChildAtIndex(point.offset);
  return start + (child ? lengthBefore(block, child) : lengthBefore(block, element) + element.getTextContentSize());
}

/** The current selection as UTF-16 offsets into the text, in document order; null if none. */
export function $selectionOffsets(selection = $getSelection()): { start: number; end: number } | null {
  if (!$isRangeSelection(selection)) return null;
  const starts = paragraphStarts();
  const a = $pointOffset(selection.anchor, starts);
  const b = $pointOffset(selection.focus, starts);
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

type Spot = { key: string; offset: number; type: 'text' | 'element' };

/**
 * The leaf position for a text offset. At a seam between nodes a span's start takes the
 * next node and its end the previous one; inside a paragraph break, the same rule applies.
 */
function $spotAt(offset: number, edge: 'start' | 'end'): Spot | null {
  let at = 0;
  const blocks = $getRoot().getChildren<ElementNode>();
  for (const block of blocks) {
    const size = block.getTextContentSize();
    if (offset <= at + size) return $spotInBlock(block, Math.max(0, offset - at), edge);
    at += size + PARAGRAPH_BREAK.length;
    if (offset < at && edge === 'end') return $spotInBlock(block, size, edge);
  }
  const last = blocks[blocks.length - 1];
  return last ? $spotInBlock(last, last.getTextContentSize(), edge) : null;
}

function $spotInBlock(block: ElementNode, offset: number, edge: 'start' | 'end'): Spot {
  let at = 0;
  let found: Spot | null = null;
  const visit = (node: LexicalNode): void => {
    if (found) return;
    if ($isElementNode(node)) return node.getChildren().forEach(visit);
    const size = node.getTextContentSize();
    const inside = edge === 'start' ? offset >= at && offset < at + size : offset > at && offset <= at + size;
    if (inside && $isTextNode(node)) found = { key: node.getKey(), offset: offset - at, type: 'text' };
    else if (inside) found = elementSpot(node, offset === at ? 0 : 1);
    at += size;
  };
  visit(block);
  return found ?? { key: block.getKey(), offset: offset === 0 ? 0 : block.getChildrenSize(), type: 'element' };
}

/** A point beside a line break, expressed in its parent element. */
function elementSpot(node: LexicalNode, after: 0 | 1): Spot {
  const parent = node.getParentOrThrow();
  return { key: parent.getKey(), offset: node.getIndexWithinParent() + after, type: 'element' };
}

/** Selects the text between two offsets (and returns the selection); null if out of range. */
export function $selectOffsets(start: number, end: number): RangeSelection | null {
  const from = $spotAt(start, 'start');
  const to = $spotAt(end, 'end');
  if (!from || !to) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(from.key, from.offset, from.type);
  selection.focus.set(to.key, to.offset, to.type);
  $setSelection(selection);
  return selection;
}
