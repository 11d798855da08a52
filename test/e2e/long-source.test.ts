import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReaderNotebook, type ReaderNotebook } from '../bench/rows/reader/notebook';
import { openApp, SHOTS } from './support/app';
import type { Served } from './support/serve';

const HIGHLIGHTS = 120;
const cards = (page: Page) => page.getByTestId('annotation-item');
const card = (page: Page, id: string) => page.locator(`[data-testid="annotation-item"][data-annotation-id="${id}"]`);
const openSource = (page: Page, id: string) => page.locator(`[data-source-id="${id}"] button.item-list__item`).click();
const markOf = (page: Page, id: string) => page.locator(`[data-testid="reader-text"] mark[data-annotation-ids~="${id}"]`).first();

/** A source long enough that its panel builds cards as it scrolls and the reader lays out lazily. */
describe('a long source with many highlights', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  let notebook: ReaderNotebook;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openApp('long-source', problems, {}, async (folder) => {
      notebook = await seedReaderNotebook(folder, 11, 4_000, HIGHLIGHTS);
    }));
    await page.goto(served.url);
    await openSource(page, notebook.bigId);
    await markOf(page, notebook.annotationIds.at(-1)!).waitFor({ state: 'attached' });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('shows the card of a highlight clicked far down the text, marked active', async () => {
    const last = notebook.annotationIds.at(-1)!;
    await markOf(page, last).scrollIntoViewIfNeeded();
    await markOf(page, last).click();
    await expect.poll(() => card(page, last).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => markOf(page, last).evaluate((m) => m.classList.contains('highlight--active'))).toBe(true);
    // Built with its neighbours, not by building the whole panel down to it.
    expect(await cards(page).count()).toBeLessThan(HIGHLIGHTS);
  });

  it('builds every card as the panel is scrolled to its end, or from the keyboard', async () => {
    // Opened afresh, so the panel starts again from its first cards.
    await openSource(page, notebook.smallId);
    await openSource(page, notebook.bigId);
    await expect.poll(() => cards(page).count()).toBeLessThan(HIGHLIGHTS);
    const built = await cards(page).count();
    await page.getByTestId('annotations-more').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cards(page).count()).toBeGreaterThan(built);
    // The researcher scrolls the panel down to the last card built, again and again.
    const scrollPanel = () => page.evaluate(() => document.querySelector('[data-testid="annotations-more"]')?.scrollIntoView());
    await expect.poll(async () => (await scrollPanel(), cards(page).count())).toBe(HIGHLIGHTS);
    expect(await page.getByTestId('annotations-more').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'long-source-panel.png') });
  });

  it('scrolls the reader to the span of a card near the end', async () => {
    const id = notebook.annotationIds.at(-2)!;
    await page.locator('[data-testid="reader-text"]').evaluate((r) => r.closest('main, .reader')?.scrollIntoView());
    await card(page, id).getByRole('button', { name: /^Show in text/ }).click();
    await expect.poll(() => markOf(page, id).evaluate((m) => {
      const box = m.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'long-source-revealed.png') });
    expect(problems).toEqual([]);
  });
});
