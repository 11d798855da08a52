import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFirstRun, runPaletteCommand, SHOTS } from './support/app';
import { REPO_ROOT, type Served } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');
const TITLE = 'Mediators float 48-hour pause as harbour talks resume in Valdoria';

const notebookTitle = (page: Page) => page.getByTestId('notebook-title').innerText();
const recentTitles = (page: Page) => page.getByTestId('recent-notebook').locator('.recent__title').allInnerTexts();

/** Waits for the notebook shell (after the reload that every switch makes) and names what is open. */
async function openedNotebook(page: Page): Promise<string> {
  await page.getByTestId('notebook-title').waitFor();
  return notebookTitle(page);
}

describe('notebooks: switching, the recent list, bundles, check and backups', () => {
  let browser: Browser;
  let served: Served<null>;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openFirstRun(problems));
    await page.goto(served.url);
    await page.getByLabel('Notebook title').fill('Harbour talks');
    await page.getByRole('button', { name: 'Create notebook' }).click();
    await page.getByTestId('sources-empty').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('creates a second notebook from the palette and switches back through Open recent', async () => {
    await runPaletteCommand(page, 'New notebook…');
    const dialog = page.getByTestId('new-notebook-dialog');
    await dialog.getByLabel('Notebook title').fill('Ceasefire monitoring');
    await dialog.getByRole('button', { name: 'Create notebook' }).click();
    await expect.poll(() => openedNotebook(page)).toBe('Ceasefire monitoring');
    await page.getByTestId('sources-empty').waitFor();

    await runPaletteCommand(page, 'Open recent: Harbour talks');
    await expect.poll(() => openedNotebook(page)).toBe('Harbour talks');
  });

  it('closes the notebook to the welcome, which lists both, newest first, and opens one from there', async () => {
    await runPaletteCommand(page, 'Close notebook');
    await page.getByTestId('welcome').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Open a notebook');
    expect(await recentTitles(page)).toEqual(['Harbour talks', 'Ceasefire monitoring']);
    await page.screenshot({ path: path.join(SHOTS, 'welcome-recent.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SHOTS, 'welcome-recent-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('button', { name: /^Ceasefire monitoring/ }).click();
    await expect.poll(() => openedNotebook(page)).toBe('Ceasefire monitoring');
  });

  it('greys out a notebook that is no longer where it was, and forgets it on request', async () => {
    await runPaletteCommand(page, 'Close notebook');
    await page.getByTestId('welcome').waitFor();
    const harbour = path.join(served.notebooksDir, 'Harbour talks.parley');
    await rename(harbour, `${harbour}-moved`);
    await page.reload();
    const gone = page.getByTestId('recent-notebook').filter({ hasText: 'Harbour talks' });
    await gone.waitFor();
    expect(await gone.innerText()).toContain('Not found');
    expect(await gone.getByRole('button', { name: /^Harbour talks/ }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'welcome-recent-missing.png') });

    await gone.getByRole('button', { name: 'Forget Harbour talks' }).click();
    await expect.poll(() => recentTitles(page)).toEqual(['Ceasefire monitoring']);
    // Forgetting only drops it from the list: the folder is left alone.
    await rename(`${harbour}-moved`, harbour);
  });

  it('opens a notebook by typing its folder', async () => {
    await page.getByLabel('Notebook folder').fill(path.join(served.notebooksDir, 'Harbour talks.parley'));
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => openedNotebook(page)).toBe('Harbour talks');
  });

  it('says plainly when a typed folder holds no notebook', async () => {
    await runPaletteCommand(page, 'Open notebook…');
    const dialog = page.getByTestId('open-notebook-dialog');
    await dialog.getByLabel('Notebook folder').fill(path.join(served.notebooksDir, 'Nothing here'));
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    const said = await dialog.getByTestId('app-problem').innerText();
    expect(said).toContain('There is no Parley notebook at');
    expect(said).not.toMatch(/\bat .*:\d+:\d+\)?$/m);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await notebookTitle(page)).toBe('Harbour talks');
  });

  it('checks the notebook and reports in plain words', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').click();
    await (await chooser).setFiles(ARTICLE);
    await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: TITLE }).waitFor();

    await runPaletteCommand(page, 'Check notebook');
    const dialog = page.getByTestId('check-dialog');
    const report = dialog.getByTestId('check-report');
    await report.waitFor();
    expect(await report.innerText()).toContain('No problems found');
    expect(await report.innerText()).toMatch(/1 source/);
    await page.screenshot({ path: path.join(SHOTS, 'check-report.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SHOTS, 'check-report-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('finds a file left by an interrupted save and repairs it on request', async () => {
    const leftover = path.join(served.notebooksDir, 'Harbour talks.parley', '.notebook.json.123.abcdef.parley-tmp');
    await writeFile(leftover, '{"half": ');
    await runPaletteCommand(page, 'Check notebook');
    const dialog = page.getByTestId('check-dialog');
    const report = dialog.getByTestId('check-report');
    await report.waitFor();
    expect(await report.innerText()).toContain('No errors. 1 thing worth a look.');
    expect(await report.innerText()).toContain('Left over from an interrupted save');
    await page.screenshot({ path: path.join(SHOTS, 'check-report-problem.png') });
    await dialog.getByRole('button', { name: /^Repair what is safe to repair/ }).click();
    await expect.poll(() => report.innerText()).toContain('Repaired');
    expect(await report.innerText()).toContain('No problems found');
    await expect.poll(() => stat(leftover).then(() => 'there', () => 'gone')).toBe('gone');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('goes to the reader, and says why it cannot compare a single source', async () => {
    await runPaletteCommand(page, 'Compare');
    await expect.poll(() => page.getByTestId('app-notice-text').innerText()).toContain('at least two sources');
    await runPaletteCommand(page, 'Search');
    await page.getByTestId('search-page').waitFor();
    expect(await page.getByTestId('reader-title').count()).toBe(0);
    await runPaletteCommand(page, 'Reader');
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(TITLE);
  });

  it('backs up on request and lists the backups, newest first', async () => {
    await runPaletteCommand(page, 'Back up now');
    await expect.poll(() => page.getByTestId('app-notice').innerText()).toContain('Backed up');
    await runPaletteCommand(page, 'Restore from a backup…');
    const dialog = page.getByTestId('backups-dialog');
    const backups = dialog.getByTestId('backup');
    await backups.first().waitFor();
    expect(await backups.first().innerText()).toMatch(/on request/);
    const first = await backups.first().innerText();
    expect(first).toContain('newest');
    // Asked before anything is replaced.
    await backups.first().getByRole('button', { name: 'Restore this backup' }).click();
    expect(await dialog.getByRole('group', { name: 'Confirm the restore' }).innerText()).toContain('moved aside');
    await page.screenshot({ path: path.join(SHOTS, 'backups-dialog.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SHOTS, 'backups-dialog-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('exports the annotations as a spreadsheet, and says there is no brief to export yet', async () => {
    await runPaletteCommand(page, 'Export annotations…');
    const dialog = page.getByTestId('export-annotations-dialog');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Spreadsheet (.csv)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await dialog.waitFor({ state: 'hidden' });

    await runPaletteCommand(page, 'Export brief…');
    const briefs = page.getByTestId('export-brief-dialog');
    expect(await briefs.innerText()).toContain('There are no briefs yet');
    await briefs.getByRole('button', { name: 'Close' }).click();
  });

  it('exports the open brief in the format chosen', async () => {
    await page.keyboard.press('Control+k');
    await page.getByTestId('palette-input').fill('New brief');
    await page.getByTestId('palette').getByRole('option', { name: 'New brief', exact: true }).click();
    await page.getByLabel('New brief title').fill('Where the talks stand');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('brief-title').inputValue()).toBe('Where the talks stand');

    await runPaletteCommand(page, 'Export brief…');
    const dialog = page.getByTestId('export-brief-dialog');
    expect(await dialog.getByLabel('Brief').locator('option:checked').innerText()).toBe('Where the talks stand');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Markdown (.md)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/\.md$/);
    expect(await readFile(await saved.path(), 'utf8')).toContain('Where the talks stand');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('exports the notebook as a bundle and imports it as a new notebook', async () => {
    const download = page.waitForEvent('download');
    await runPaletteCommand(page, 'Export notebook bundle');
    const bundle = await download;
    expect(bundle.suggestedFilename()).toMatch(/\.zip$/);
    const saved = path.join(path.dirname(served.notebooksDir), `${path.basename(served.notebooksDir)}-bundle.zip`);
    await bundle.saveAs(saved);
    expect((await readFile(saved)).subarray(0, 2).toString('latin1')).toBe('PK');

    const chooser = page.waitForEvent('filechooser');
    await runPaletteCommand(page, 'Import notebook bundle…');
    await (await chooser).setFiles(saved);
    // A new notebook beside the first, holding the same source.
    await expect.poll(() => page.getByTestId('notebook-path').innerText()).not.toMatch(/Harbour talks\.parley$/);
    await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: TITLE }).waitFor();
    expect(problems).toEqual([]);
  });
});
