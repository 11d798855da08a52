import { $createMarkNode, $isMarkNode, $unwrapMarkNode, type MarkNode } from '@lexical/mark';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isParagraphNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { markedSegments, paragraphsOf, type AnnotationSpan, type TextParagraph } from '../logic/textOffsets';

/** Single line breaks inside a paragraph (verse, lists, datelines) are LineBreakNodes. */
function $appendLines(parent: ElementNode, text: string): void {
  text.split('\n').forEach((line, i) => {
    if (i > 0) parent.append($createLineBreakNode());
    if (line) parent.append($createTextNode(line));
  });
}

/**
 * Replaces the document with the text, one paragraph per blank-line-separated block, and a
 * MarkNode per stretch covered by annotations; each mark carries only annotation ids.
 */
export function $buildReaderContent(text: string, spans: readonly AnnotationSpan[]): void {
  const root = $getRoot();
  root.clear();
  for (const paragraph of paragraphsOf(text)) root.append($paragraphNode(paragraph, spans));
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

function $paragraphNode(paragraph: TextParagraph, spans: readonly AnnotationSpan[]): ElementNode {
  const node = $createParagraphNode();
  for (const segment of markedSegments(paragraph, spans)) {
    if (segment.ids.length === 0) {
      $appendLines(node, segment.text);
    } else {
      const mark = $createMarkNode(segment.ids);
      $appendLines(mark, segment.text);
      node.append(mark);
    }
  }
  return node;
}

/**
 * Marks one more annotation by rebuilding only the paragraphs it touches from the text and
 * every span: overlaps then stay flat (one mark, several ids) instead of nesting marks.
 * Only for reading mode, where the editor holds exactly `text`.
 */
export function $addAnnotationMark(text: string, spans: readonly AnnotationSpan[], added: AnnotationSpan): void {
  const all = spans.some((s) => s.id === added.id) ? spans : [...spans, added];
  const blocks = $getRoot().getChildren();
  paragraphsOf(text).forEach((paragraph, i) => {
    const block = blocks[i];
    if (block && paragraph.start < added.end && paragraph.end > added.start) block.replace($paragraphNode(paragraph, all));
  });
}

export function $allMarks(): MarkNode[] {
  const marks: MarkNode[] = [];
  const visit = (node: LexicalNode) => {
    if ($isMarkNode(node)) marks.push(node);
    if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return marks;
}

/** Takes one annotation's id off every mark; a mark left with no ids gives its text back. */
export function $removeAnnotationMarks(id: string): void {
  for (const mark of $allMarks()) {
    if (!mark.hasID(id)) continue;
    if (mark.getIDs().length === 1) $unwrapMarkNode(mark);
    else mark.deleteID(id);
  }
  $joinTwinMarks();
}

/** Neighbouring marks left with the same ids become one, so the stretch is one highlight. */
function $joinTwinMarks(): void {
  for (const mark of $allMarks()) {
    if (!mark.isAttached()) continue;
    let next = mark.getNextSibling();
    while ($isMarkNode(next) && sameIds(next.getIDs(), mark.getIDs())) {
      mark.append(...next.getChildren());
      next.remove();
      next = mark.getNextSibling();
    }
  }
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** The edited text, as the engine stores it: paragraphs joined by one blank line. */
export function $readerText(): string {
  return $getRoot()
    .getChildren()
    .map((p) => ($isParagraphNode(p) || $isElementNode(p) ? p.getTextContent() : ''))
    .join('\n\n');
}
