import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, JSHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHOTS } from './support/app';
import { REPO_ROOT, type Served } from './support/serve';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/import/e2e');
const DROPPED = [
  { name: 'quota-talks.txt', type: 'text/plain' },
  { name: 'ferry-corridor.html', type: 'text/html' },
  { name: 'observer-mission.md', type: 'text/markdown' },
];
const QUOTA_TITLE = 'Fishing quota talks stall over the northern grounds';
type Dropped = { name: string; type: string; text: string };

/** A DataTransfer built inside the page, holding real File objects, as a drag from the desktop would. */
function filesInPage(page: Page, files: Dropped[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.type }));
    return transfer;
  }, files);
}

async function dragOnto(page: Page, dataTransfer: JSHandle<DataTransfer>, events: string[]): Promise<void> {
  for (const type of events) await page.dispatchEvent('main', type, { dataTransfer });
}

/** Holds import requests until released, so the progress bar can be seen and cancelled. */
async function holdImports(page: Page): Promise<() => Promise<void>> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/sources.importFile', async (route) => {
    await gate;
    await route.continue();
  });
  return async () => {
    release();
    // 'wait' lets held requests go through before the route goes away.
    await page.unrouteAll({ behavior: 'wait' });
  };
}

describe('importing real articles in the browser', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openApp('e2e-import', problems, { viewport: { width: 1280, height: 860 }, locale: 'en-GB' }));
    await page.goto(served.url);
    await page.getByTestId('sources-empty').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('ignores a drag that carries no files', async () => {
    const text = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', 'just words');
      return transfer;
    });
    await dragOnto(page, text, ['dragenter', 'dragover']);
    expect(await page.getByTestId('drop-overlay').count()).toBe(0);
    await dragOnto(page, text, ['drop']);
    expect(await page.getByTestId('import-progress').count()).toBe(0);
  });

  it('imports three dropped files one at a time, with progress, then a summary', async () => {
    const files = await Promise.all(DROPPED.map(async (f) => ({ ...f, text: await readFile(path.join(FIXTURES, f.name), 'utf8') })));
    const release = await holdImports(page);
    const transfer = await filesInPage(page, files);

    await dragOnto(page, transfer, ['dragenter', 'dragover']);
    const overlay = page.getByTestId('drop-overlay');
    await overlay.waitFor();
    expect(await overlay.innerText()).toContain('Drop files to import');
    await page.screenshot({ path: path.join(SHOTS, 'import-drop-overlay.png') });
    await dragOnto(page, transfer, ['drop']);
    expect(await overlay.count()).toBe(0);

    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    expect(await progress.innerText()).toContain('Importing 1 of 3 — quota-talks.txt');
    expect(await page.getByTestId('import-cancel').isEnabled()).toBe(true);
    await progress.screenshot({ path: path.join(SHOTS, 'import-progress.png') });
    await release();

    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/^Imported 3 sources\./);
    expect(await summary.innerText()).toContain(QUOTA_TITLE);
    expect(await summary.innerText()).toMatch(/look like outlet furniture/);
    await expect.poll(() => page.getByTestId('source-item').count()).toBe(3);
    await page.screenshot({ path: path.join(SHOTS, 'import-summary.png') });
  });

  it('confirms metadata through the form, and the change survives a reload', async () => {
    await page.getByTestId('import-summary').getByRole('button', { name: QUOTA_TITLE }).click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(QUOTA_TITLE);
    const banner = page.getByTestId('metadata-banner');
    expect(await banner.innerText()).toContain('Check the details Parley guessed');
    await banner.getByRole('button', { name: 'Check details' }).click();

    const form = page.getByTestId('metadata-form');
    await form.waitFor();
    // Focus lands in the form, so the keyboard can take it from here.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('metadata-title');
    await form.getByLabel('Outlet').fill('Harbour Gazette Weekend');
    await form.getByLabel('Date precision').selectOption('day');
    await form.getByLabel('Published').fill('2025-03-12');
    await form.getByLabel('Authors').fill('Ilse Marren, Piet Osk');
    await form.screenshot({ path: path.join(SHOTS, 'metadata-form.png') });
    await page.getByTestId('metadata-confirm').click();

    await form.waitFor({ state: 'detached' });
    const byline = page.locator('.reader__byline');
    await expect.poll(() => byline.innerText()).toBe('Harbour Gazette Weekend · 12 March 2025');
    expect(await banner.count()).toBe(0);

    await page.reload();
    await page.getByTestId('source-item').filter({ hasText: QUOTA_TITLE }).getByRole('button').click();
    await expect.poll(() => byline.innerText()).toBe('Harbour Gazette Weekend · 12 March 2025');
    expect(await page.locator('.reader__authors').innerText()).toBe('By Ilse Marren, Piet Osk');
    expect(await banner.count()).toBe(0);
    expect(await page.getByTestId('source-facts').innerText()).toContain('Confirmed');
  });

  it('trims the proposed boilerplate into a new version and keeps the original', async () => {
    const panel = page.getByTestId('boilerplate-panel');
    await panel.waitFor();
    const proposed = await panel.innerText();
    expect(proposed).toMatch(/Parley found \d+ lines? that looks? like outlet furniture/);
    for (const line of ['Share this article', 'Back to top', '© 2025 Harbour Gazette']) expect(proposed).toContain(line);
    expect(proposed).toContain('original');
    await page.screenshot({ path: path.join(SHOTS, 'boilerplate-panel.png') });

    await page.getByTestId('boilerplate-trim').click();
    await panel.waitFor({ state: 'detached' });
    const text = await page.getByTestId('reader-text').innerText();
    expect(text).not.toContain('Share this article');
    expect(text).toContain('Nobody walked out');
    const versions = await page.getByTestId('source-versions').innerText();
    expect(versions).toMatch(/Trimmed.*current/);
    expect(versions).toContain('Imported');
  });

  it('imports pasted text from the paste dialog, which Escape closes', async () => {
    await page.getByTestId('paste-button').click();
    const dialog = page.getByTestId('paste-dialog');
    await dialog.getByLabel('Text').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await page.getByTestId('paste-button').click();
    await dialog.getByLabel('Title (optional)').fill('Council statement on the corridor');
    // Ctrl/Cmd+V with focus on a button still lands the text in the dialog's text box.
    await dialog.getByRole('button', { name: 'Cancel' }).focus();
    await dialog.getByRole('button', { name: 'Cancel' }).evaluate((button) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', 'The Coastal Council welcomed progress on the ferry corridor.');
      button.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    });
    expect(await dialog.getByLabel('Text').inputValue()).toContain('welcomed progress');
    await dialog.getByRole('button', { name: 'Import text' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe('Council statement on the corridor');
    await page.getByTestId('metadata-form').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('metadata-form').waitFor({ state: 'detached' });
  });

  it('stops a batch when cancelled, keeping what was already imported', async () => {
    const files = ['one', 'two', 'three'].map((n) => ({ name: `${n}.txt`, type: 'text/plain', text: `Briefing ${n}\n\nOriginal note ${n}.` }));
    const release = await holdImports(page);
    await dragOnto(page, await filesInPage(page, files), ['dragenter', 'dragover', 'drop']);
    await page.getByTestId('import-progress').waitFor();
    await page.getByTestId('import-cancel').click();
    expect(await page.getByTestId('import-progress').innerText()).toContain('Stopping after one.txt');
    await release();
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.innerText()).toMatch(/^Imported 1 source\. Cancelled before 2 files\./);
  });

  it('logged no script errors or policy violations', () => {
    expect(problems).toEqual([]);
  });
});
