import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHOTS } from './support/app';
import { dragOver, marks } from './support/reader';
import { REPO_ROOT, type Served } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/annotate/ferry-corridor.txt');
const TITLE = 'Ferry corridor reopens for a trial week';

async function openSource(page: Page): Promise<void> {
  const item = page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: TITLE });
  await item.waitFor();
  await item.getByRole('button').first().click();
  await page.getByTestId('reader-text').getByText('Marta Velin').first().waitFor();
}

describe('annotating in the reader', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openApp('annotate', problems));
    await page.goto(served.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').click();
    await (await chooser).setFiles(ARTICLE);
    await openSource(page);
    // Import opens the metadata check; this test is about the text below it.
    await page.getByTestId('metadata-form').waitFor();
    await page.getByTestId('metadata-form').getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('metadata-form').waitFor({ state: 'detached' });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('links a mouse selection to a new entity through the toolbar and typeahead', async () => {
    await dragOver(page, 'Marta Velin');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('e');
    const typeahead = page.getByTestId('record-typeahead');
    await typeahead.waitFor();
    await typeahead.fill('Marta Velin');
    const create = page.getByRole('option', { name: 'Create “Marta Velin”' });
    await create.waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'annotate-toolbar.png') });
    await create.click();
    await page.getByTestId('annotation-form').getByText('Marta Velin').first().waitFor();
    await page.getByTestId('annotation-save').click();
    await expect.poll(() => marks(page).allInnerTexts()).toEqual(['Marta Velin']);
    await expect.poll(() => marks(page).first().getAttribute('class')).toContain('highlight--entity');
    expect(await page.getByTestId('annotation-item').first().innerText()).toMatch(/Marta Velin[\s\S]*entity · mention/);
  });

  it('still shows the highlight after a reload', async () => {
    await page.reload();
    await openSource(page);
    await expect.poll(() => marks(page).allInnerTexts()).toEqual(['Marta Velin']);
  });

  it('keeps the highlight on the same words after text is inserted before it', async () => {
    await page.getByTestId('text-edit').click();
    await expect.poll(() => page.getByTestId('reader-text').getAttribute('contenteditable')).toBe('true');
    // Put the caret at the start of the paragraph holding the highlight, then type.
    await page.getByTestId('reader-text').evaluate((root) => {
      const paragraph = Array.from(root.querySelectorAll('p')).find((p) => p.textContent?.includes('Marta Velin'))!;
      const range = document.createRange();
      range.setStart(paragraph.firstChild!, 0);
      range.collapse(true);
      (root as HTMLElement).focus();
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.keyboard.type('On Friday, ');
    await page.getByTestId('text-save').click();
    await expect.poll(() => page.getByTestId('reanchor-report').innerText()).toMatch(/1 annotation: (1 stayed, 0 moved|0 stayed, 1 moved), 0 fuzzy, 0 orphaned/);
    await expect.poll(() => page.getByTestId('reader-text').innerText()).toContain('On Friday, The envoy Marta Velin');
    await expect.poll(() => marks(page).allInnerTexts()).toEqual(['Marta Velin']);
  });

  it('adds an overlapping annotation linked to a new proposal', async () => {
    await dragOver(page, 'Velin said the corridor would reopen');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('p');
    await page.getByTestId('record-typeahead').fill('Trial week for the ferry corridor');
    await page.keyboard.press('Enter');
    await page.getByTestId('annotation-form').getByText('Trial week for the ferry corridor').first().waitFor();
    await page.getByTestId('annotation-form').getByLabel('Comment').fill('Opening date hinges on inspections.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('annotation-item').count()).toBe(2);
    const overlap = page.getByTestId('reader-text').locator('mark.highlight--depth-2');
    await expect.poll(() => overlap.allInnerTexts()).toEqual(['Velin']);
    await overlap.hover();
    await expect.poll(() => page.getByTestId('mark-popover').innerText()).toMatch(/Marta Velin[\s\S]*Trial week/);
    await page.screenshot({ path: path.join(SHOTS, 'annotate-overlaps.png') });
  });

  it('undoes and redoes a delete from the panel with the keyboard', async () => {
    await page.mouse.move(5, 5);
    await page.getByTestId('annotation-item').filter({ hasText: 'Trial week' }).getByTestId('annotation-delete').click();
    await expect.poll(() => page.getByTestId('annotation-item').count()).toBe(1);
    await expect.poll(() => marks(page).allInnerTexts()).toEqual(['Marta Velin']);
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('annotation-item').count()).toBe(2);
    await expect.poll(() => page.getByTestId('reader-text').locator('mark.highlight--depth-2').count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByTestId('annotation-item').count()).toBe(1);
  });

  it('annotates from the keyboard: Shift+arrows to select, C to comment, Ctrl+Enter to save', async () => {
    await page.getByTestId('reader-text').evaluate((root) => {
      const paragraph = Array.from(root.querySelectorAll('p')).find((p) => p.textContent?.startsWith('Harbour officials'))!;
      const range = document.createRange();
      range.setStart(paragraph.firstChild!, 0);
      range.collapse(true);
      (root as HTMLElement).focus();
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    // One key at a time, each waited for, as a person watches the selection grow.
    const selected = () => page.evaluate(() => window.getSelection()!.toString());
    for (let i = 1; i <= 'Harbour officials'.length; i++) {
      await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(selected).toBe('Harbour officials'.slice(0, i));
    }
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('c');
    await page.getByTestId('annotation-form').getByLabel('Comment').waitFor();
    await page.keyboard.type('Which officials? Unnamed.');
    await page.keyboard.press('Control+Enter');
    const item = page.getByTestId('annotation-item').filter({ hasText: 'Which officials? Unnamed.' });
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => marks(page).allInnerTexts()).toContain('Harbour officials');
    await item.getByTestId('annotation-delete').click();
    await expect.poll(() => item.count()).toBe(0);
  });

  it('imports an updated article as a new version and lists the annotation whose words went away', async () => {
    const updated = path.join(path.dirname(served.notebook), 'ferry-corridor-updated.txt');
    await writeFile(updated, (await readFile(ARTICLE, 'utf8')).replace('The envoy Marta Velin said', 'The envoy said'));
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-version').click();
    await (await chooser).setFiles(updated);
    await expect.poll(() => page.getByTestId('reanchor-report').innerText()).toMatch(/1 annotation: 0 stayed, 0 moved, 0 fuzzy, 1 orphaned/);
    await expect.poll(() => marks(page).count()).toBe(0);
    const orphan = page.getByTestId('annotation-item').filter({ hasText: 'Marta Velin' });
    await expect.poll(() => orphan.innerText()).toMatch(/orphaned/i);
    await page.screenshot({ path: path.join(SHOTS, 'annotate-orphan.png') });
  });

  it('re-attaches the orphan to words the researcher selects', async () => {
    await page.getByTestId('annotation-item').filter({ hasText: 'Marta Velin' }).getByTestId('annotation-reattach').click();
    await dragOver(page, 'The envoy');
    await page.getByTestId('reattach-here').click();
    await expect.poll(() => marks(page).allInnerTexts()).toEqual(['The envoy']);
    await expect.poll(() => page.getByTestId('annotation-item').first().innerText()).not.toMatch(/orphaned/i);
  });

  it('exports the annotations as W3C JSON-LD with the quote and the linked record', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('export-w3c').click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    const items = exported.first?.items ?? exported.items ?? exported;
    expect(items).toHaveLength(1);
    const quote = items[0].target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
    expect(quote.exact).toBe('The envoy');
    expect(JSON.stringify(items[0].body)).toContain('Marta Velin');
  });

  it('logged no script errors or policy violations', () => {
    expect(problems).toEqual([]);
  });
});
