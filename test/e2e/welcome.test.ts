import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFirstRun, runPaletteCommand, SHOTS } from './support/app';
import { REPO_ROOT, serveNotebook, type Served } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');

/** The page's background colour, as the eye would judge it: dark or light. */
async function looksDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return (r ?? 255) + (g ?? 255) + (b ?? 255) < 3 * 100;
  });
}

describe('first run: the welcome, a new notebook, the theme', () => {
  let browser: Browser;
  let served: Served<null>;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openFirstRun(problems));
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('welcomes a first-time user with the ways to start', async () => {
    await page.goto(served.url);
    const welcome = page.getByTestId('welcome');
    await welcome.waitFor();
    expect(await welcome.getByRole('heading', { level: 1 }).innerText()).toBe('Welcome to Parley');
    expect(await welcome.getByRole('button', { name: 'Create notebook' }).isDisabled()).toBe(true);
    expect(await welcome.getByRole('button', { name: 'Open the sample notebook' }).isVisible()).toBe(true);
    // Browser mode has no folder dialog: the folder is typed, and the notebooks folder is named.
    expect(await welcome.getByLabel('Notebook folder').isVisible()).toBe(true);
    expect(await welcome.innerText()).toContain(served.notebooksDir);
    expect(await page.getByTestId('recent-list').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'welcome.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await looksDark(page)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'welcome-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('chooses the theme and tells what Parley is before any notebook is open', async () => {
    const themes = page.getByRole('radiogroup', { name: 'Theme' });
    await themes.getByRole('radio', { name: 'Dark' }).click();
    expect(await looksDark(page)).toBe(true);
    await themes.getByRole('radio', { name: 'System' }).click();
    expect(await looksDark(page)).toBe(false);
    await page.getByRole('button', { name: 'About Parley' }).click();
    const about = page.getByTestId('about-dialog');
    expect(await about.innerText()).toMatch(/offline research notebook/);
    await about.getByRole('button', { name: 'Close' }).click();
    await about.waitFor({ state: 'hidden' });
  });

  it('creates a notebook from a title and opens it, empty, in the notebooks folder', async () => {
    await page.getByLabel('Notebook title').fill('Harbour talks');
    await page.getByRole('button', { name: 'Create notebook' }).click();
    await page.getByTestId('sources-empty').waitFor();
    expect(await page.getByTestId('notebook-title').innerText()).toBe('Harbour talks');
    const folder = path.join(served.notebooksDir, 'Harbour talks.parley');
    expect((await stat(path.join(folder, 'notebook.json'))).isFile()).toBe(true);
    expect(await page.getByTestId('notebook-path').innerText()).toContain('Harbour talks.parley');
  });

  it('shows the same notebook after a reload', async () => {
    await page.reload();
    await page.getByTestId('sources-empty').waitFor();
    expect(await page.getByTestId('notebook-title').innerText()).toBe('Harbour talks');
  });

  it('switches to the dark theme from the palette, keeps it across a reload, and back to the system', async () => {
    await runPaletteCommand(page, 'Theme: dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await looksDark(page)).toBe(true);
    await page.reload();
    await page.getByTestId('sources-empty').waitFor();
    expect(await looksDark(page)).toBe(true);
    await runPaletteCommand(page, 'Theme: follow the system');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
    expect(await looksDark(page)).toBe(false);
    await runPaletteCommand(page, 'Theme: light');
    await page.emulateMedia({ colorScheme: 'dark' });
    // A chosen theme wins over the system's.
    expect(await looksDark(page)).toBe(false);
    await runPaletteCommand(page, 'Theme: follow the system');
    expect(await looksDark(page)).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('zooms in and back to actual size, remembered across a reload', async () => {
    const zoom = () => page.evaluate(() => document.documentElement.style.zoom);
    await runPaletteCommand(page, 'Zoom in');
    expect(await zoom()).toBe('1.1');
    await page.reload();
    await page.getByTestId('sources-empty').waitFor();
    expect(await zoom()).toBe('1.1');
    await runPaletteCommand(page, 'Actual size');
    expect(await zoom()).toBe('');
  });

  it('reopens the last notebook when Parley starts again', async () => {
    await served.stop();
    served = await serveNotebook(null, { configDir: served.configDir, notebooksDir: served.notebooksDir });
    await page.goto(served.url);
    await page.getByTestId('sources-empty').waitFor();
    expect(await page.getByTestId('notebook-title').innerText()).toBe('Harbour talks');
    expect(problems).toEqual([]);
  });

  it('runs the commands the desktop menu sends, on the notebook and on the welcome', async () => {
    // Stands in for the desktop preload: the page subscribes, the test plays the menu.
    await page.addInitScript(() => {
      const listeners: Array<(command: unknown) => void> = [];
      Object.assign(window, {
        parleyShell: { platform: 'linux', onCommand: (listener: (command: unknown) => void) => (listeners.push(listener), () => {}) },
        playMenu: (command: unknown) => listeners.forEach((listener) => listener(command)),
      });
    });
    const playMenu = (command: object) => page.evaluate((c) => (window as unknown as { playMenu: (c: object) => void }).playMenu(c), command);
    await page.reload();
    await page.getByTestId('sources-empty').waitFor();
    const notebookPath = await page.getByTestId('notebook-path').innerText();

    await playMenu({ id: 'check-notebook' });
    await page.getByTestId('check-report').waitFor();
    // A second menu command while a dialog is open replaces it.
    await playMenu({ id: 'show-about' });
    await page.getByTestId('about-dialog').waitFor();
    expect(await page.getByTestId('check-dialog').count()).toBe(0);
    await page.keyboard.press('Escape');

    // A menu item is no click in the page: the picker waits for one.
    await playMenu({ id: 'import-sources' });
    const pick = page.getByTestId('pick-files-dialog');
    const chooser = page.waitForEvent('filechooser');
    await pick.getByRole('button', { name: 'Choose files…' }).click();
    await (await chooser).setFiles(ARTICLE);
    await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: 'harbour talks resume' }).waitFor();

    await playMenu({ id: 'close-notebook' });
    await page.getByTestId('welcome').waitFor();
    await playMenu({ id: 'back-up-now' });
    await expect.poll(() => page.getByTestId('app-notice-text').innerText()).toBe('Open or create a notebook first.');
    await playMenu({ id: 'open-recent', path: notebookPath });
    await page.getByTestId('notebook-title').waitFor();
    expect(await page.getByTestId('notebook-title').innerText()).toBe('Harbour talks');
  });

  it('writes the page’s own errors to the log with their stacks, and shows only a short sentence', async () => {
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('thrown by the welcome test');
      });
      void Promise.reject(new Error('rejected by the welcome test'));
    });
    const notice = page.getByTestId('app-notice-text');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/^Something went wrong on this page\. It has been written to Parley’s log/);
    expect(await page.locator('body').innerText()).not.toContain('thrown by the welcome test');
    const logged = () => readFile(path.join(served.configDir, 'logs', 'parley.log'), 'utf8').catch(() => '');
    await expect.poll(logged).toContain('rejected by the welcome test');
    expect(await logged()).toContain('thrown by the welcome test');
    // With the stack, for whoever reads the log.
    expect(await logged()).toMatch(/thrown by the welcome test[\s\S]*\bat\b/);
    expect(problems).toEqual(['page error: thrown by the welcome test', 'page error: rejected by the welcome test']);
  });
});
