import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHOTS } from './support/app';
import { parley } from './support/cli';
import { REPO_ROOT, serveNotebook, type Served } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');
const TITLE = 'Mediators float 48-hour pause as harbour talks resume in Valdoria';

describe('walking skeleton in the browser', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openApp('e2e', problems));
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('shows an empty notebook that says what to do first', async () => {
    await page.goto(served.url);
    await expect.poll(() => page.getByTestId('sources-empty').isVisible()).toBe(true);
    expect(await page.getByTestId('sources-empty').innerText()).toMatch(/import/i);
    // The token has been moved out of the address bar.
    expect(page.url()).not.toContain('token=');
  });

  it('imports a text file through the file picker and opens it in the reader', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').click();
    await (await chooser).setFiles(ARTICLE);

    const item = page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: TITLE });
    await item.waitFor();
    await expect.poll(() => page.getByTestId('import-summary').innerText()).toMatch(/Imported 1 source/);
    await item.getByRole('button').first().click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(TITLE);
    expect(await page.getByTestId('reader-text').innerText()).toContain('pause fighting for 48 hours');
    await page.screenshot({ path: path.join(SHOTS, 'app-shell.png'), fullPage: true });
  });

  it('still has the source after a reload', async () => {
    await page.reload();
    const item = page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: TITLE });
    await item.waitFor();
    await item.getByRole('button').first().click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(TITLE);
  });

  it('wrote the source to the notebook on disk, where the CLI finds it once the host stops', async () => {
    await served.stop();
    const listed = await parley(['list', 'sources', '--notebook', served.notebook, '--json']);
    expect(listed.status).toBe(0);
    expect(listed.json.map((s: { title: string }) => s.title)).toEqual([TITLE]);
  });

  it('refuses an API call from the page without the token', async () => {
    const restarted = await serveNotebook(served.notebook);
    try {
      const fresh = await browser.newPage();
      await fresh.goto(restarted.url.replace(/#.*$/, ''));
      await expect.poll(() => fresh.getByTestId('no-token').isVisible()).toBe(true);
      const status = await fresh.evaluate(async () => {
        const response = await fetch('api/sources.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        return response.status;
      });
      expect(status).toBe(401);
      await fresh.screenshot({ path: path.join(SHOTS, 'no-token.png') });
      await fresh.close();
    } finally {
      await restarted.stop();
    }
  });

  it('logged no script errors or policy violations', () => {
    expect(problems).toEqual([]);
  });
});
