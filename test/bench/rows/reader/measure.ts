import type { Page } from 'playwright-core';
import type { ReaderNotebook } from './notebook';
import { timeToPaint } from './paintWatch';
import { selectSpan } from './selectSpan';
import { settle } from './settle';

const sourceButton = (page: Page, id: string) => page.locator(`[data-source-id="${id}"] button.item-list__item`);
const readerMarks = (page: Page) => page.locator('[data-testid="reader-text"] mark[data-annotation-ids]');

/** Opens the short source and waits until the reader shows it, with no highlights. */
async function openShort(page: Page, notebook: ReaderNotebook): Promise<void> {
  await sourceButton(page, notebook.smallId).click();
  await page.locator(`[data-source-id="${notebook.smallId}"] button[aria-current="page"]`).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="reader-text"] mark').length === 0);
}

/**
 * "Highlights painted after opening": from the click on the long source in the navigator to
 * the frame after all its highlights are painted. The short source is opened in between, so
 * every repetition builds the long text and its marks afresh; the first one is a warm-up.
 * Each click waits for the host to have answered everything asked before (see settle.ts).
 */
export async function timeOpening(page: Page, notebook: ReaderNotebook, repetitions: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= repetitions; i++) {
    await openShort(page, notebook);
    await settle(page);
    const ms = await timeToPaint(page, { event: 'click' }, { all: notebook.annotationIds }, () => sourceButton(page, notebook.bigId).click());
    if (i > 0) times.push(ms);
  }
  return times;
}

/** Word-sized spans ([start, end) offsets) of the text, skipping trailing punctuation. */
export function wordsOf(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/[^\s.,]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Fresh two-word spans spread through the text, each between two existing highlights. */
function linkSpans(notebook: ReaderNotebook, count: number): Array<{ start: number; end: number }> {
  const words = wordsOf(notebook.text);
  const step = Math.floor(words.length / notebook.annotationIds.length);
  return Array.from({ length: count }, (_, i) => {
    const slot = Math.floor(((i + 1) * notebook.annotationIds.length) / (count + 1));
    let first = slot * step + Math.floor(step / 2);
    // Both words in one paragraph: a selection across a paragraph break is not what is timed.
    while (notebook.text.slice(words[first]!.end, words[first + 1]!.start).includes('\n')) first++;
    return { start: words[first]!.start, end: words[first + 1]!.end };
  });
}

/**
 * "Link-entity to visible highlight": select words in the open long source, press E, pick the
 * entity in the typeahead with Enter, then time the Enter that saves the link until the frame
 * after the new highlight is painted, once the host is idle. The first span is a warm-up.
 */
export async function timeLinking(page: Page, notebook: ReaderNotebook, repetitions: number): Promise<number[]> {
  const form = page.getByTestId('annotation-form');
  const times: number[] = [];
  for (const [i, span] of linkSpans(notebook, repetitions + 1).entries()) {
    const words = await selectSpan(page, notebook.text, span.start, span.end);
    if (words !== notebook.text.slice(span.start, span.end)) throw new Error(`selected “${words}” instead of the planned words`);
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('e');
    await page.getByTestId('record-typeahead').fill(notebook.linkName);
    await page.getByRole('option', { name: notebook.linkName, exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await form.getByRole('list', { name: 'Links' }).getByText(notebook.linkName).waitFor();
    await settle(page);
    const ms = await timeToPaint(page, { event: 'keydown', key: 'Enter' }, { fresh: true }, () => page.keyboard.press('Enter'));
    await form.waitFor({ state: 'detached' });
    if (i > 0) times.push(ms);
  }
  return times;
}

export const countMarks = (page: Page) => readerMarks(page).count();
