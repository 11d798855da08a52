import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHOTS } from './support/app';
import { marks } from './support/reader';
import { REPO_ROOT, type Served } from './support/serve';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/records-e2e');
const ARTICLES = ['harbour-pause.txt', 'ostrel-talks.txt', 'barge-crews.txt'].map((f) => path.join(FIXTURES, f));
const BARGE = 'Barge crews wait on guarantees at Port Ostrel';
const PERSON = 'Tomas Reyvald';

const unlinked = (page: Page) => page.getByTestId('unlinked-mention');
const nearMisses = (page: Page) => page.getByTestId('near-miss');

async function openSource(page: Page, title: string): Promise<void> {
  await page.getByRole('tab', { name: /Sources/ }).click();
  await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: title }).getByRole('button').first().click();
  await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(title);
  // Import asks to confirm its guesses; these tests are about the text below.
  const form = page.getByTestId('metadata-form');
  if (await form.isVisible()) {
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
  }
}

/** Opens the entity's page with its to-do list of unlinked mentions unfolded. */
async function openEntity(page: Page, name = PERSON): Promise<void> {
  await page.getByRole('tab', { name: /Entities/ }).click();
  await page.getByTestId('entity-item').filter({ hasText: name }).getByRole('button').click();
  await page.getByTestId('entity-page').waitFor();
  const details = page.getByTestId('unlinked-mentions');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await expect.poll(() => details.locator('summary').innerText()).not.toContain('…');
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.getByTestId('source-item').first().waitFor();
}

describe('entity page: misspellings, unlinked mentions, notes and delete', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openApp('records-more', problems, { viewport: { width: 1280, height: 900 } }));
    await page.goto(served.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').click();
    await (await chooser).setFiles(ARTICLES);
    await page.getByTestId('source-item').nth(2).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('lists misspelt surnames, but not another Tomas', async () => {
    await page.getByRole('tab', { name: /Entities/ }).click();
    await page.getByTestId('new-entity').click();
    await page.getByLabel('New entity name').fill(PERSON);
    await page.keyboard.press('Enter');
    await page.getByTestId('entity-aliases').getByLabel('New alias').fill('Reyvald');
    await page.getByTestId('alias-add').click();
    await expect.poll(() => page.getByTestId('entity-aliases').innerText()).toContain('Reyvald');
    await openEntity(page);
    await expect.poll(() => nearMisses(page).count()).toBe(2);
    const said = await nearMisses(page).allInnerTexts();
    expect(said.every((s) => /possible misspelling of/.test(s))).toBe(true);
    expect(said.join(' ')).toMatch(/Reyvlad/);
    expect(said.join(' ')).toMatch(/Reivald/);
    expect(said.join(' ')).not.toMatch(/Brenner/);
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.getByRole('main', { name: 'Open item' }).evaluate((centre) => centre.scrollTo(0, centre.scrollHeight));
    await page.screenshot({ path: path.join(SHOTS, 'entity-misspellings.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('links a misspelling as an alias, so it becomes an unlinked mention', async () => {
    await nearMisses(page).filter({ hasText: 'Reyvlad' }).getByRole('button', { name: 'Link as alias' }).click();
    await expect.poll(() => page.getByTestId('entity-aliases').innerText()).toContain('Reyvlad');
    await expect.poll(() => unlinked(page).filter({ hasText: 'Reyvlad' }).count()).toBe(1);
    await expect.poll(() => nearMisses(page).filter({ hasText: 'Reyvlad' }).count()).toBe(0);
  });

  it('ignores a misspelling for good', async () => {
    await nearMisses(page).filter({ hasText: 'Reivald' }).getByRole('button', { name: 'Ignore' }).click();
    await expect.poll(() => nearMisses(page).count()).toBe(0);
    await reload(page);
    await openEntity(page);
    await expect.poll(() => unlinked(page).filter({ hasText: 'Reyvlad' }).count()).toBe(1);
    expect(await nearMisses(page).count()).toBe(0);
  });

  it('opens the source selected at an unlinked mention that is clicked', async () => {
    await unlinked(page).filter({ hasText: 'Reyvlad' }).getByTestId('unlinked-open').click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(BARGE);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toMatch(/^(Tomas )?Reyvlad$/);
    await page.getByTestId('selection-toolbar').waitFor();
  });

  it('ignores one unlinked mention for good and links another', async () => {
    await openEntity(page);
    const inTalks = unlinked(page).filter({ hasText: 'spent Tuesday' }).or(unlinked(page).filter({ hasText: 'written guarantees' }));
    await expect.poll(() => inTalks.count()).toBe(1);
    const before = await unlinked(page).count();
    await inTalks.getByRole('button', { name: 'Ignore' }).click();
    await expect.poll(() => unlinked(page).count()).toBe(before - 1);
    await reload(page);
    await openEntity(page);
    await expect.poll(() => unlinked(page).count()).toBe(before - 1);
    expect(await inTalks.count()).toBe(0);

    await unlinked(page).filter({ hasText: 'Reyvlad' }).getByRole('button', { name: 'Link', exact: true }).click();
    await expect.poll(() => page.getByTestId('mention').filter({ hasText: 'Reyvlad' }).count()).toBe(1);
    await openSource(page, BARGE);
    await expect.poll(() => marks(page).allInnerTexts()).toEqual([expect.stringMatching(/^(Tomas )?Reyvlad$/)]);
  });

  it('keeps rich-text notes across a reload', async () => {
    await openEntity(page);
    const notes = page.getByTestId('entity-notes');
    await notes.getByRole('textbox', { name: 'Notes' }).click();
    await page.keyboard.type('Signed nothing in March. ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('Ask the pilots.');
    await expect.poll(() => notes.getByRole('status').innerText()).toBe('Saved');
    await reload(page);
    await openEntity(page);
    await expect.poll(() => notes.getByRole('textbox', { name: 'Notes' }).innerText()).toBe('Signed nothing in March. Ask the pilots.');
    await expect.poll(() => notes.locator('strong, .notes__bold').first().innerText()).toBe('Ask the pilots.');
  });

  it('deletes the entity after saying what it unlinks, leaving the annotations as plain highlights', async () => {
    await openSource(page, BARGE);
    const annotations = await page.getByTestId('annotation-item').count();
    await openEntity(page);
    await page.getByTestId('entity-delete').click();
    await expect.poll(() => page.getByTestId('delete-confirm').innerText()).toContain('1 annotation and 0 proposals will no longer link to it');
    await page.getByTestId('entity-delete-confirm').click();
    await expect.poll(() => page.getByTestId('entity-item').filter({ hasText: PERSON }).count()).toBe(0);
    await openSource(page, BARGE);
    await expect.poll(() => page.getByTestId('annotation-item').count()).toBe(annotations);
    await expect.poll(() => marks(page).and(page.locator('.highlight--entity')).count()).toBe(0);
  });

  it('logged no script errors or policy violations', () => {
    expect(problems).toEqual([]);
  });
});
