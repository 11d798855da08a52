import type { Page } from 'playwright-core';

/** Drags the mouse across `words` in the reader, as a person selecting them would. */
export async function dragOver(page: Page, words: string): Promise<void> {
  const box = await page.getByTestId('reader-text').evaluate(async (root, needle) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    const nodes: { node: Text; at: number }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, at: text.length });
      text += (n as Text).data;
    }
    const start = text.indexOf(needle);
    nodes.find((x) => x.at + x.node.data.length > start)!.node.parentElement!.scrollIntoView({ block: 'center' });
    // Paragraphs scrolled into view are laid out in the next frames (content-visibility) and
    // may change the height of those above: measure once the layout has settled.
    for (let frame = 0; frame < 3; frame += 1) await new Promise((done) => requestAnimationFrame(done));
    const rectAt = (offset: number, end: boolean) => {
      const hit = [...nodes].reverse().find((x) => (end ? x.at < offset : x.at <= offset))!;
      const range = document.createRange();
      const local = offset - hit.at;
      range.setStart(hit.node, end ? local - 1 : local);
      range.setEnd(hit.node, end ? local : local + 1);
      return range.getBoundingClientRect();
    };
    const a = rectAt(start, false);
    const b = rectAt(start + needle.length, true);
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** The highlights in the reader, one element per painted mark. */
export const marks = (page: Page) => page.getByTestId('reader-text').locator('mark[data-annotation-ids]');
