import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHOTS } from './support/app';
import { parley } from './support/cli';
import type { Served } from './support/serve';

type Article = { file: string; title: string; outlet: string; date: string; paragraphs: string[] };

const LEDGER: Article = {
  file: 'ledger.html',
  title: 'Ministers agree to talk about a Kestrel grain corridor',
  outlet: 'Northern Ledger',
  date: '2032-05-02',
  paragraphs: [
    'Trade ministers from both banks of the Velm met on Sunday and agreed to open talks on a grain corridor, their first joint statement since the winter floods.',
    'Under the outline seen by the Northern Ledger, barges would reopen the river port at Kestrel to grain shipments within a month, escorted by a monitoring team.',
    'Ilse Marrow, who chairs the Velmoran Grain Board, said farmers could not wait for another season of closed locks.',
  ],
};
const COURIER: Article = {
  file: 'courier.html',
  title: 'Inspections stand between farmers and the river',
  outlet: 'Valley Courier',
  date: '2032-05-04',
  paragraphs: [
    'Negotiators spent Tuesday arguing over who would inspect the barges, the last obstacle, officials say, to a grain corridor along the Velm.',
    'Marrow told the Valley Courier that inspections at the locks would add days to every journey and urged both sides to accept a single team.',
  ],
};
const HARVEST: Article = {
  file: 'harvest.html',
  title: 'Harvest begins with silos still full',
  outlet: 'Northern Ledger',
  date: '2032-05-06',
  paragraphs: [
    'Farmers north of Kestrel began cutting wheat on Monday with last year’s crop still sitting in their silos, waiting for barges that have not come.',
    'Cooperatives say storage will run out within weeks unless the corridor talks produce a timetable.',
  ],
};
const ARTICLES = [LEDGER, COURIER, HARVEST];
const PHRASE = 'reopen the river port';

const html = (a: Article) =>
  `<!doctype html><html><head><title>${a.title}</title><meta property="og:site_name" content="${a.outlet}"><meta property="article:published_time" content="${a.date}T08:00:00Z"></head>` +
  `<body><article><h1>${a.title}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/** Three sources from two outlets, an entity with an alias, a proposal and a tagged annotation, set up with the CLI. */
async function seedNotebook(notebook: string): Promise<void> {
  const folder = path.dirname(notebook);
  const run = async (...args: string[]) => {
    const result = await parley([...args, '--notebook', notebook, '--json']);
    if (result.status !== 0) throw new Error(`parley ${args.join(' ')} failed: ${result.stderr}`);
    return result.json;
  };
  const ids: string[] = [];
  for (const article of ARTICLES) {
    await writeFile(path.join(folder, article.file), html(article));
    ids.push((await run('import', path.join(folder, article.file))).imported[0].id);
  }
  await run('entity', 'add', 'Ilse Marrow', '--alias', 'Marrow');
  await run('entity', 'add', 'Velmoran Grain Board', '--kind', 'organisation');
  await run('proposal', 'add', 'Kestrel grain corridor');
  await run('annotate', ids[0]!, '--quote', 'Ilse Marrow', '--entity', 'Ilse Marrow');
  await run('annotate', ids[1]!, '--quote', 'Marrow', '--entity', 'Ilse Marrow', '--tag', 'inspections');
  await run('annotate', ids[0]!, '--quote', 'a grain corridor', '--proposal', 'Kestrel grain corridor');
}

const palette = (page: Page) => page.getByTestId('palette');
const options = (page: Page) => palette(page).getByRole('option');
const results = (page: Page) => page.getByTestId('search-result');

async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await palette(page).getByTestId('palette-input').waitFor();
}

async function searchFor(page: Page, words: string): Promise<void> {
  await page.keyboard.press('Control+Shift+F');
  const query = page.getByTestId('search-query');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  await query.fill(words);
  await page.keyboard.press('Enter');
  // Enter starts the search at once; the page says when its answer is in.
  await expect.poll(() => page.getByTestId('search-page').getAttribute('data-status')).toBe('ready');
}

describe('finding things: palette, search page and keys', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openApp('search', problems, { viewport: { width: 1280, height: 800 } }, seedNotebook));
    await page.goto(served.url);
    await page.getByTestId('source-item').nth(2).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('goes to an entity from Ctrl+K by part of its name', async () => {
    await openPalette(page);
    await page.keyboard.type('marr');
    await expect.poll(() => options(page).first().innerText()).toContain('Ilse Marrow');
    expect(await options(page).first().getAttribute('aria-selected')).toBe('true');
    await page.screenshot({ path: path.join(SHOTS, 'palette.png') });
    await page.keyboard.press('Enter');
    await page.getByTestId('entity-page').waitFor();
    expect(await page.getByTestId('record-title').inputValue()).toBe('Ilse Marrow');
    expect(await palette(page).isVisible()).toBe(false);
  });

  it('finds a source by its outlet and an entity by its alias, with key hints on commands', async () => {
    await openPalette(page);
    await page.keyboard.type('valley cour');
    await expect.poll(() => options(page).first().innerText()).toContain(COURIER.title);
    await palette(page).getByTestId('palette-input').fill('import');
    await expect.poll(() => options(page).filter({ hasText: 'Import sources…' }).innerText()).toContain('Ctrl+O');
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'hidden' });
  });

  it('gives the keyboard back where it was when Escape closes the palette', async () => {
    await page.getByTestId('nav-search').focus();
    await page.keyboard.type('draft');
    await openPalette(page);
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nav-search');
    await page.getByTestId('nav-search').fill('');
  });

  it('starts a new brief from the palette', async () => {
    await openPalette(page);
    await page.keyboard.type('new brief');
    await expect.poll(() => options(page).first().innerText()).toContain('New brief');
    await page.keyboard.press('Enter');
    await page.getByLabel('New brief title').waitFor();
    await page.keyboard.type('Corridor talks so far');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('brief-title').inputValue()).toBe('Corridor talks so far');
    await expect.poll(() => page.getByRole('tab', { name: /Briefs/ }).innerText()).toContain('1');
  });

  it('opens the palette from inside the brief editor and puts the cursor back on Escape', async () => {
    await page.getByTestId('brief-title').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Barges may move within a month');
    await page.keyboard.press('Control+k');
    await palette(page).getByTestId('palette-input').waitFor();
    await page.keyboard.press('Escape');
    await palette(page).waitFor({ state: 'hidden' });
    await page.keyboard.type(', officials say.');
    await expect.poll(() => page.getByTestId('brief-text').innerText()).toBe('Barges may move within a month, officials say.');
  });

  it('searches a phrase and opens the result with the phrase selected in the source', async () => {
    await searchFor(page, `"${PHRASE}"`);
    expect(await page.getByTestId('search-count').innerText()).toBe('1 result');
    const hit = results(page).first();
    expect(await hit.getAttribute('data-kind')).toBe('source');
    expect(await hit.innerText()).toContain('Northern Ledger');
    expect((await hit.locator('mark').allInnerTexts()).join(' ')).toContain(PHRASE);
    await page.screenshot({ path: path.join(SHOTS, 'search-page.png') });

    // Down from the query box to the result, Enter to open it: no mouse.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(LEDGER.title);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(PHRASE);
    const shown = await page.evaluate(() => {
      const box = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      const centre = document.querySelector('main.centre')!.getBoundingClientRect();
      return box.height > 0 && box.top >= centre.top && box.bottom <= centre.bottom;
    });
    expect(shown).toBe(true);
    // The landed selection is ready to annotate from the keyboard.
    await page.getByTestId('selection-toolbar').waitFor();
  });

  it('annotates a stretch chosen with Shift+arrows, without the mouse', async () => {
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reader-text');
    // Escape lets go of the landed selection; Shift+← then picks the word before the caret.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('');
    for (let i = 0; i < 'port'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('port');
    await page.getByTestId('selection-toolbar').waitFor();
    await page.keyboard.press('c');
    const form = page.getByTestId('annotation-form');
    await form.waitFor();
    await page.keyboard.type('Which port? Kestrel has two.');
    await page.keyboard.press('Control+Enter');
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('reader-text').locator('mark[data-annotation-ids]').allInnerTexts()).toContain('port');
  });

  it('narrows results by kind and by outlet, and keeps the form on coming back', async () => {
    await searchFor(page, 'grain');
    const everything = await results(page).count();
    const kinds = await results(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
    expect(new Set(kinds)).toEqual(new Set(['source', 'annotation', 'entity', 'proposal']));

    await page.getByTestId('search-filters').getByLabel('Sources').check();
    await expect.poll(() => results(page).evaluateAll((items) => [...new Set(items.map((i) => i.getAttribute('data-kind')))])).toEqual(['source']);
    const sources = await results(page).count();
    expect(sources).toBeLessThan(everything);

    await page.getByTestId('search-filters').getByLabel('Outlet').selectOption('Valley Courier');
    await expect.poll(() => results(page).allInnerTexts()).toHaveLength(1);
    expect(await results(page).first().innerText()).toContain(COURIER.title);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SHOTS, 'search-page-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // Away to an entity and back: the words and filters are as they were.
    await openPalette(page);
    await page.keyboard.type('Velmoran');
    await page.keyboard.press('Enter');
    await page.getByTestId('entity-page').waitFor();
    await page.keyboard.press('Control+Shift+F');
    await page.getByTestId('search-page').waitFor();
    expect(await page.getByTestId('search-query').inputValue()).toBe('grain');
    expect(await page.getByTestId('search-filters').getByLabel('Outlet').inputValue()).toBe('Valley Courier');
    await expect.poll(() => results(page).count()).toBe(1);
    await page.getByTestId('search-filters').getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => results(page).count()).toBe(everything);
  });

  it('compares two sources chosen in the palette', async () => {
    await openPalette(page);
    await page.keyboard.type('compare');
    await page.keyboard.press('Enter');
    await expect.poll(() => palette(page).getByTestId('palette-compare-note').innerText()).toContain('at least two');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    await expect.poll(() => palette(page).getByTestId('palette-compare-note').innerText()).toContain('2 sources ticked');
    await page.screenshot({ path: path.join(SHOTS, 'palette-compare.png') });
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('compare-view').waitFor();
    await expect.poll(() => page.getByTestId('compare-column').count()).toBe(2);
  });

  it('lists the keyboard shortcuts on F1, and "?" outside text fields', async () => {
    await page.keyboard.press('F1');
    const help = page.getByTestId('shortcuts-dialog');
    await help.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await help.innerText()).toContain('Open the command palette');
    await page.screenshot({ path: path.join(SHOTS, 'shortcuts.png') });
    expect(await help.getByTestId('shortcut').filter({ hasText: 'Link the selection to an entity' }).innerText()).toContain('E');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await page.getByTestId('nav-search').focus();
    await page.keyboard.type('?');
    expect(await help.isVisible()).toBe(false);
    expect(await page.getByTestId('nav-search').inputValue()).toBe('?');
  });

  it('opens the paste dialog and the coverage matrix from the palette', async () => {
    await openPalette(page);
    await page.keyboard.type('paste');
    await page.keyboard.press('Enter');
    const paste = page.getByTestId('palette-paste-dialog');
    await paste.getByRole('heading', { name: 'Paste text' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.press('Escape');
    await paste.waitFor({ state: 'hidden' });

    await openPalette(page);
    await page.keyboard.type('coverage');
    await page.keyboard.press('Enter');
    const coverage = page.getByTestId('palette-coverage-dialog');
    await coverage.getByRole('heading', { name: 'Coverage across all sources' }).waitFor();
    await expect.poll(() => coverage.innerText()).toContain('Ilse Marrow');
    await page.keyboard.press('Escape');
    await coverage.waitFor({ state: 'hidden' });
  });

  it('searches everywhere for what was typed in the palette', async () => {
    await openPalette(page);
    await page.keyboard.type('inspect barges');
    // The search line is always last: ↑ from the first line wraps round to it.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => palette(page).locator('[aria-selected="true"]').innerText()).toContain('Search everywhere for “inspect barges”');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('search-query').inputValue()).toBe('inspect barges');
    await expect.poll(() => page.getByTestId('search-page').getAttribute('data-status')).toBe('ready');
    expect(await results(page).first().innerText()).toContain(COURIER.title);
  });

  it('moves between navigator sections with Alt+1..4 and searches from the navigator box', async () => {
    await page.keyboard.press('Alt+3');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tab-proposals');
    expect(await page.getByRole('tab', { name: /Proposals/ }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tab-sources');

    await page.getByTestId('nav-search').fill('Kestrel');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('search-query').inputValue()).toBe('Kestrel');
    await expect.poll(() => page.getByTestId('search-page').getAttribute('data-status')).toBe('ready');
    expect(await results(page).allInnerTexts()).not.toHaveLength(0);
  });

  it('imports files from the palette', async () => {
    await openPalette(page);
    await page.keyboard.type('import');
    const chooser = page.waitForEvent('filechooser');
    // Playwright starts catching file choosers a moment after it is asked to: a round trip
    // to the page (checking the line Enter will run) lets that happen first.
    await expect.poll(() => palette(page).locator('[aria-selected="true"]').innerText()).toContain('Import sources…');
    await page.keyboard.press('Enter');
    const folder = path.dirname(served.notebook);
    await writeFile(path.join(folder, 'note.txt'), 'Lock keepers strike\n\nLock keepers on the Velm stopped work on Friday over unpaid wages.');
    await (await chooser).setFiles(path.join(folder, 'note.txt'));
    await expect.poll(() => page.getByTestId('source-item').count(), { timeout: 20_000 }).toBe(4);
    expect(problems).toEqual([]);
  });
});
