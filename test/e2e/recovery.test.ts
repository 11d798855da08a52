import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFirstRun, runPaletteCommand, SHOTS } from './support/app';
import { REPO_ROOT, serveNotebook, type Served } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');
const TITLE = 'Mediators float 48-hour pause as harbour talks resume in Valdoria';
const GARBLED = '{"schemaVersion": 1, "title": "Harbour ta';

const sourceItem = (page: Page) => page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: TITLE });

describe('recovering a damaged notebook from its backups', () => {
  let browser: Browser;
  let served: Served<null>;
  let page: Page;
  let notebookJson: string;
  const problems: string[] = [];

  /** Parley started again on the same folders, as after a crash or a reboot. */
  async function restart(): Promise<void> {
    await served.stop();
    served = await serveNotebook(null, { configDir: served.configDir, notebooksDir: served.notebooksDir });
    await page.goto(served.url);
  }

  beforeAll(async () => {
    ({ browser, served, page } = await openFirstRun(problems));
    notebookJson = path.join(served.notebooksDir, 'Harbour talks.parley', 'notebook.json');
    await page.goto(served.url);
    await page.getByLabel('Notebook title').fill('Harbour talks');
    await page.getByRole('button', { name: 'Create notebook' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').click();
    await (await chooser).setFiles(ARTICLE);
    await sourceItem(page).waitFor();
    await runPaletteCommand(page, 'Back up now');
    await page.getByTestId('app-notice').filter({ hasText: 'Backed up' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('names the damaged file and offers the backups, newest first, instead of the notebook', async () => {
    await served.stop();
    await writeFile(notebookJson, GARBLED);
    await restart();
    const recovery = page.getByTestId('recovery');
    await recovery.waitFor();
    expect(await recovery.getByRole('heading', { level: 1 }).innerText()).toBe('“Harbour talks” is damaged');
    expect(await recovery.getByTestId('damaged-file').innerText()).toContain('notebook.json');
    // Plain words only: no stack frames, no error class names.
    expect(await recovery.innerText()).not.toMatch(/\n\s+at |Error:|\.ts:\d+/);
    const backups = recovery.getByTestId('backup');
    expect(await backups.count()).toBeGreaterThanOrEqual(2);
    expect(await backups.first().innerText()).toMatch(/newest[\s\S]*on request/);
    await page.screenshot({ path: path.join(SHOTS, 'recovery.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SHOTS, 'recovery-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('leaves the damaged notebook alone when the person opens another one instead', async () => {
    await page.getByRole('button', { name: 'Open another notebook' }).click();
    await page.getByTestId('welcome').waitFor();
    expect(await readFile(notebookJson, 'utf8')).toBe(GARBLED);
    // Choosing it again brings the recovery back.
    await page.getByRole('button', { name: /^Harbour talks/ }).click();
    await page.getByTestId('recovery').waitFor();
  });

  it('restores the newest backup, says which and where the damaged files went, and the source is back', async () => {
    await page.getByTestId('backup').first().getByRole('button', { name: 'Restore this backup' }).click();
    await sourceItem(page).waitFor();
    expect(await page.getByTestId('notebook-title').innerText()).toBe('Harbour talks');
    const notice = await page.getByTestId('app-notice-text').innerText();
    expect(notice).toMatch(/^Restored the backup taken .*on request\. The files it replaced were moved to /);
    // The damaged file was moved where the notice says, not deleted.
    const setAside = notice.replace(/^.*were moved to /, '').replace(/\.$/, '');
    const kept = await readdir(setAside, { recursive: true });
    expect(kept.some((file) => String(file).endsWith('notebook.json'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('keeps the restored notebook after a restart', async () => {
    await restart();
    await sourceItem(page).waitFor();
  });
});
