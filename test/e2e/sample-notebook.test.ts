import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, watchProblems } from './support/app';
import { launchChromium } from './support/browser';
import { marks } from './support/reader';
import { serveNotebook, type Served } from './support/serve';

const WIRE = 'Mediators propose 72-hour pause for besieged Oryn';
const COURIER = 'Committee weighs two-day truce as envoys wait in Halvard';
const LEDGER = 'Oryn pause accepted in principle after four days of talks';
const PROPOSAL = 'Oryn humanitarian pause';
const BRIEF = 'Oryn pause: where the talks stand';

async function openSource(page: Page, title: string): Promise<void> {
  await page.getByRole('tab', { name: /Sources/ }).click();
  await page.getByTestId('source-item').filter({ hasText: title }).getByRole('button').first().click();
  await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(title);
}

async function openRecord(page: Page, tab: 'Entities' | 'Proposals' | 'Briefs', item: string, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(tab) }).click();
  await page.getByTestId(item).filter({ hasText: name }).getByRole('button').first().click();
}

/** The centre pane scrolls by itself, so a tall window is what shows a whole page. */
async function shootWhole(page: Page, file: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.getByRole('main', { name: 'Open item' }).evaluate((centre) => centre.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, file) });
  await page.setViewportSize({ width: 1280, height: 900 });
}

const column = (page: Page, title: string): Locator =>
  page.getByTestId('compare-column').filter({ has: page.getByTestId('compare-column-title').filter({ hasText: title }) });

describe('the sample notebook, walked through as a newcomer would', () => {
  let browser: Browser;
  let served: Served<null>;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    // No notebook on the command line and fresh config and notebooks folders: a first run.
    served = await serveNotebook(null);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    watchProblems(page, problems);
    await page.goto(served.url);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('opens the sample from the welcome screen: three articles from three outlets', async () => {
    await page.getByTestId('welcome').getByRole('button', { name: 'Open the sample notebook' }).click();
    const items = page.getByTestId('source-item');
    // The first time, the sample is written before it opens: imports, records, annotations, the brief.
    await items.nth(2).waitFor({ timeout: 20_000 });
    expect(await items.count()).toBe(3);
    const listed = await items.allInnerTexts();
    for (const [title, outlet] of [
      [WIRE, 'Meridian Wire'],
      [COURIER, 'The Halvard Courier'],
      [LEDGER, 'The Eastern Ledger'],
    ] as const) {
      expect(listed.find((text) => text.includes(title))).toContain(outlet);
    }
    // It is a notebook like any other, in the notebooks folder.
    expect((await stat(path.join(served.notebooksDir, 'Sample notebook.parley', 'notebook.json'))).isFile()).toBe(true);
  });

  it('reads the wire article with its highlights, and its annotations with their comments and tags', async () => {
    await openSource(page, WIRE);
    await expect.poll(() => marks(page).allInnerTexts()).toEqual(
      expect.arrayContaining(['The draft was presented by Hélène Marchbank', 'a 72-hour pause in fighting around Oryn']),
    );
    const annotations = page.getByTestId('annotation-item');
    await expect.poll(() => annotations.count()).toBe(5);
    const first = await annotations.filter({ hasText: 'The draft was presented by' }).innerText();
    expect(first).toContain('First report of the draft');
    expect(first).toContain('status');
    await page.screenshot({ path: path.join(SHOTS, 'sample-notebook.png') });
  });

  it('shows the envoy’s page: linked and unlinked mentions, and the Courier’s misspelling of her name', async () => {
    await openRecord(page, 'Entities', 'entity-item', 'Hélène Marchbank');
    await page.getByTestId('entity-page').waitFor();
    expect(await page.getByTestId('entity-aliases').innerText()).toContain('Marchbank');
    await page.getByTestId('unlinked-mentions').locator('summary').click();
    await expect.poll(() => page.getByTestId('unlinked-mention').count()).toBe(3);
    const slip = page.getByTestId('near-miss');
    await expect.poll(() => slip.count()).toBe(1);
    expect(await slip.innerText()).toContain('“Hélène Marchbanks”: possible misspelling of Hélène Marchbank');
    await shootWhole(page, 'sample-entity-page.png');
  });

  it('shows the proposal: the terms table flags 48 against 72 hours, the timeline runs from floated to accepted', async () => {
    await openRecord(page, 'Proposals', 'proposal-item', PROPOSAL);
    await page.getByTestId('proposal-page').waitFor();
    const table = page.getByTestId('terms-table');
    const length = table.getByTestId('terms-row').filter({ hasText: 'Length of the pause' });
    await expect.poll(() => length.getByTestId('terms-disagreement').innerText()).toMatch(/48 hours/);
    expect(await length.getByTestId('terms-disagreement').innerText()).toMatch(/72 hours/);
    const detainees = table.getByTestId('terms-row').filter({ hasText: 'Detainees released' });
    expect(await detainees.getByTestId('terms-disagreement').count()).toBe(0);

    const chart = page.getByTestId('timeline-chart');
    await chart.getByTestId('timeline-svg').waitFor();
    const statuses = () => chart.getByTestId('timeline-event').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-status')));
    await expect.poll(statuses).toEqual(['floated', 'under-negotiation', 'accepted']);
    await shootWhole(page, 'sample-proposal-page.png');
    // The table and the chart sit below the record's facts: each is shot on its own, in a
    // window tall enough that the status line does not cover it.
    await page.setViewportSize({ width: 1280, height: 1400 });
    for (const [testId, file] of [['terms-table', 'sample-terms-table.png'], ['timeline-chart', 'sample-timeline.png']] as const) {
      await page.getByTestId(testId).evaluate((section) => section.scrollIntoView({ block: 'center' }));
      await page.getByTestId(testId).screenshot({ path: path.join(SHOTS, file) });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('opens the brief: its citations all exact, its record chips in place, and exports it as Markdown with footnotes', async () => {
    await openRecord(page, 'Briefs', 'brief-item', BRIEF);
    const text = page.getByTestId('brief-text');
    await expect.poll(() => text.getByTestId('citation').count()).toBe(9);
    await expect.poll(() => page.getByTestId('citation-health').innerText()).toBe('All 9 citations exact');
    expect(await text.getByTestId('record-mention').allInnerTexts()).toEqual(
      expect.arrayContaining([PROPOSAL, 'Hélène Marchbank', 'Oryn Defence Committee']),
    );
    await shootWhole(page, 'sample-brief.png');

    await page.getByRole('button', { name: 'Export ▾' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Markdown (.md)' }).click();
    const file = path.join(served.notebooksDir, 'sample-brief.md');
    await (await download).saveAs(file);
    const markdown = await readFile(file, 'utf8');
    expect(markdown).toMatch(/^# Oryn pause: where the talks stand/);
    expect(markdown).toContain('[^8]: “a 48-hour pause” — Committee weighs two-day truce as envoys wait in Halvard, The Halvard Courier, 15 April 2031.');
  });

  it('compares the wire article with the Courier and finds the two paragraphs it reprinted', async () => {
    await page.getByRole('tab', { name: /Sources/ }).click();
    const choice = (title: string) => page.getByTestId('source-item').filter({ hasText: title }).getByTestId('source-choice');
    await choice(WIRE).check();
    await choice(COURIER).check();
    await page.getByTestId('compare-chosen').click();
    await page.getByTestId('compare-view').waitFor();
    await expect.poll(() => column(page, WIRE).getByTestId('shared-passage').count()).toBe(2);
    await expect.poll(() => column(page, COURIER).getByTestId('shared-passage').count()).toBe(2);
    await page.screenshot({ path: path.join(SHOTS, 'sample-compare.png') });
  });

  it('searches the whole notebook and opens a result where the words are', async () => {
    await page.keyboard.press('Control+Shift+F');
    const query = page.getByTestId('search-query');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await query.fill('"Saltmarsh road"');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('search-page').getAttribute('data-status')).toBe('ready');
    const results = page.getByTestId('search-result');
    const kinds = await results.evaluateAll((hits) => hits.map((hit) => hit.getAttribute('data-kind')));
    expect(kinds.filter((kind) => kind === 'source')).toHaveLength(3);
    await page.screenshot({ path: path.join(SHOTS, 'sample-search.png') });
    await results.filter({ hasText: 'The Eastern Ledger' }).first().click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(LEDGER);
  });

  it('logged no script errors or policy violations', () => {
    expect(problems).toEqual([]);
  });
});
