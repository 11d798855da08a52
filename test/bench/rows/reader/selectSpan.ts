import type { Page } from 'playwright-core';
import { paragraphsOf } from '../../../../renderer/logic/textOffsets';

/*
 * Plain JavaScript for the page (see paintWatch.ts for why): puts the browser's selection on
 * characters [from, to) of the reader's paragraph `index`, scrolled into the middle of the
 * view, with the reader focused so the toolbar keys reach it, as Shift+arrows would leave it.
 */
const SELECT = `function (index, from, to) {
  var root = document.querySelector('[data-testid="reader-text"]');
  var paragraph = root.children[index];
  var walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  var range = document.createRange();
  var at = 0;
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var length = node.data.length;
    if (from >= at && from <= at + length) range.setStart(node, from - at);
    if (to >= at && to <= at + length) { range.setEnd(node, to - at); break; }
    at += length;
  }
  paragraph.scrollIntoView({ block: 'center' });
  root.focus();
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
}`;

/** Selects the source text's [start, end) in the reader; returns the words selected. */
export async function selectSpan(page: Page, text: string, start: number, end: number): Promise<string> {
  const paragraphs = paragraphsOf(text);
  const index = paragraphs.findIndex((p) => p.start <= start && end <= p.end);
  if (index < 0) throw new Error(`the span ${start}–${end} crosses a paragraph break`);
  const at = paragraphs[index]!.start;
  return (await page.evaluate(`(${SELECT})(${index}, ${start - at}, ${end - at})`)) as string;
}
