import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { REPO_ROOT, serveNotebook, tempNotebookDir, type Served } from './serve';

/** Screenshots are kept as test artifacts, to look at after a run. */
export const SHOTS = path.join(REPO_ROOT, 'test-results', 'screenshots');

export interface OpenApp {
  browser: Browser;
  served: Served;
  page: Page;
}

/**
 * A fresh notebook served by `parley serve` and a Chromium page for it (not yet opened).
 * `seed` fills the notebook first, e.g. through the CLI as a script would. Script errors and
 * policy (CSP) violations are collected in `problems`: each suite ends by expecting none,
 * since the page may still look right when they happen.
 */
export async function openApp(
  label: string,
  problems: string[],
  pageOptions: BrowserContextOptions = {},
  seed?: (notebook: string) => Promise<void>,
): Promise<OpenApp> {
  await mkdir(SHOTS, { recursive: true });
  const notebook = await tempNotebookDir(label);
  if (seed) {
    await mkdir(path.dirname(notebook), { recursive: true });
    await seed(notebook);
  }
  const served = await serveNotebook(notebook);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...pageOptions });
  watchProblems(page, problems);
  return { browser, served, page };
}

/** Logged 4xx answers are expected (refused imports, for one) and left out. */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) problems.push(message.text());
  });
}

/**
 * `parley serve` started without a notebook, on temp config and notebooks folders (a first
 * run unless `options` name folders used before), and a Chromium page for it (not yet opened).
 */
export async function openFirstRun(
  problems: string[],
  options: { configDir?: string; notebooksDir?: string } = {},
): Promise<{ browser: Browser; served: Served<null>; page: Page }> {
  await mkdir(SHOTS, { recursive: true });
  const served = await serveNotebook(null, options);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  watchProblems(page, problems);
  return { browser, served, page };
}

/** Runs a palette command by typing its title and choosing the line that says exactly that. */
export async function runPaletteCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('palette');
  await palette.getByTestId('palette-input').fill(title);
  await palette.getByRole('option', { name: title, exact: true }).click();
}
