import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHOTS } from './support/app';
import { dragOver, marks } from './support/reader';
import { REPO_ROOT, type Served } from './support/serve';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/records-e2e');
const ARTICLES = ['harbour-pause.txt', 'ostrel-talks.txt'].map((f) => path.join(FIXTURES, f));
const HARBOUR = 'Mediators float a harbour pause for Port Ostrel';
const TALKS = 'Coastal delegation weighs Ostrel truce text';
const PROPOSAL = 'Ostrel harbour pause';

async function openSource(page: Page, title: string): Promise<void> {
  await page.getByRole('tab', { name: /Sources/ }).click();
  const item = page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: title });
  await item.getByRole('button').first().click();
  await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(title);
  // Import asks to confirm its guesses; these tests are about the text below.
  const form = page.getByTestId('metadata-form');
  if (await form.isVisible()) {
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
  }
}

/** The centre pane scrolls by itself, so a tall window is what shows a whole record page. */
async function screenshotPage(page: Page, file: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.getByRole('main', { name: 'Open item' }).evaluate((centre) => centre.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, file) });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Selects `words`, links them to the proposal with a role, and fills in the fact. */
async function linkToProposal(page: Page, words: string, role: 'term' | 'status' | 'position', fill: (form: ReturnType<Page['getByTestId']>) => Promise<void>) {
  await dragOver(page, words);
  await page.getByTestId('selection-toolbar').waitFor();
  await page.keyboard.press('p');
  const form = page.getByTestId('annotation-form');
  await form.getByLabel('Role for the next link').selectOption(role);
  await form.getByTestId('record-typeahead').fill(PROPOSAL);
  await page.keyboard.press('Enter');
  await form.getByTestId('fact-fields').waitFor();
  await fill(form);
  await form.getByTestId('annotation-save').click();
  await form.waitFor({ state: 'detached' });
}

describe('entity and proposal records', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openApp('records', problems, { viewport: { width: 1280, height: 900 } }));
    await page.goto(served.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-button').click();
    await (await chooser).setFiles(ARTICLES);
    await page.getByTestId('source-item').nth(1).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('creates an entity with an alias and links all its unlinked mentions', async () => {
    await page.getByRole('tab', { name: /Entities/ }).click();
    await page.getByTestId('new-entity').click();
    await page.getByLabel('New entity name').fill('Tomas Reyvald');
    await page.keyboard.press('Enter');
    const entityPage = page.getByTestId('entity-page');
    await entityPage.waitFor();
    await page.getByTestId('entity-aliases').getByLabel('New alias').fill('Reyvald');
    await page.getByTestId('alias-add').click();
    await expect.poll(() => page.getByTestId('entity-aliases').getByRole('listitem').first().innerText()).toContain('Reyvald');

    await page.getByTestId('unlinked-mentions').locator('summary').click();
    const hits = page.getByTestId('unlinked-mention');
    // "Tomas Reyvald" and "Reyvald" in the first article, "Reyvald" in the second.
    await expect.poll(() => hits.count()).toBe(3);
    await page.getByTestId('link-all').click();
    await expect.poll(() => hits.count()).toBe(0);
    await expect.poll(() => page.getByTestId('mention').count()).toBe(3);
    await expect.poll(() => page.getByTestId('mention-source').count()).toBe(2);
    await expect.poll(() => page.getByTestId('entity-mention-count').innerText()).toBe('3');
  });

  it('shows the new highlights in both sources', async () => {
    await openSource(page, HARBOUR);
    await expect.poll(() => marks(page).allInnerTexts()).toEqual(['Tomas Reyvald', 'Reyvald']);
    await openSource(page, TALKS);
    await expect.poll(() => marks(page).allInnerTexts()).toEqual(['Reyvald']);
  });

  it('opens a source at a mention clicked on the entity page', async () => {
    await page.getByRole('tab', { name: /Entities/ }).click();
    await page.getByTestId('entity-item').filter({ hasText: 'Tomas Reyvald' }).getByRole('button').click();
    await page.getByTestId('mention-source').filter({ hasText: TALKS }).getByTestId('mention').click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(TALKS);
    await expect.poll(() => marks(page).first().getAttribute('class')).toContain('highlight--active');
    await page.getByRole('tab', { name: /Entities/ }).click();
    await page.getByTestId('entity-item').first().getByRole('button').click();
    await page.getByTestId('entity-notes').getByRole('textbox', { name: 'Notes' }).fill('Leads the coastal delegation; check whether he signed the March text.');
    await page.getByTestId('unlinked-mentions').locator('summary').click();
    await screenshotPage(page, 'entity-page.png');
  });

  it('builds a proposal with a term and a status event from reader selections', async () => {
    await openSource(page, HARBOUR);
    await linkToProposal(page, 'a 72-hour pause in shelling', 'term', async (form) => {
      await form.getByLabel('Term', { exact: true }).fill('duration');
      await form.getByLabel('Term value').fill('72 hours');
    });
    await linkToProposal(page, 'floated the plan on Monday', 'status', async (form) => {
      await form.getByLabel('Status', { exact: true }).selectOption('floated');
      await form.getByLabel('Date of the status').fill('2031-03-03');
    });
    await expect.poll(() => page.getByTestId('annotation-item').count()).toBe(4);

    await page.getByRole('tab', { name: /Proposals/ }).click();
    const item = page.getByTestId('proposal-item').filter({ hasText: PROPOSAL });
    await expect.poll(() => item.innerText()).toContain('floated');
    await item.getByRole('button').click();
    const terms = page.getByTestId('proposal-terms');
    await expect.poll(() => terms.getByLabel('Term', { exact: true }).inputValue()).toBe('duration');
    await expect.poll(() => terms.getByTestId('evidence').innerText()).toContain('a 72-hour pause in shelling');
    const timeline = page.getByTestId('proposal-timeline');
    await expect.poll(() => timeline.getByLabel('Status', { exact: true }).inputValue()).toBe('floated');
    await expect.poll(() => timeline.getByLabel('Date', { exact: true }).inputValue()).toBe('2031-03-03');
    await expect.poll(() => timeline.getByTestId('evidence').innerText()).toContain('floated the plan on Monday');
    await screenshotPage(page, 'proposal-page.png');

    await timeline.getByTestId('evidence').click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(HARBOUR);
  });

  it('names the parties and records a party’s position from a reader selection', async () => {
    await page.getByRole('tab', { name: /Proposals/ }).click();
    await page.getByTestId('proposal-item').filter({ hasText: PROPOSAL }).getByRole('button').click();
    const parties = page.getByTestId('parties');
    await parties.getByRole('combobox').fill('Tomas');
    await parties.getByRole('option', { name: /Tomas Reyvald/ }).click();
    await expect.poll(() => parties.getByRole('list').innerText()).toContain('Tomas Reyvald');

    await openSource(page, HARBOUR);
    await linkToProposal(page, 'said his side would study the text overnight', 'position', async (form) => {
      await form.getByLabel('Party').selectOption({ label: 'Tomas Reyvald' });
      await form.getByLabel('Stance').selectOption('undecided');
    });
    await page.getByRole('tab', { name: /Proposals/ }).click();
    await page.getByTestId('proposal-item').filter({ hasText: PROPOSAL }).getByRole('button').click();
    const position = page.getByTestId('proposal-positions').getByTestId('position');
    await expect.poll(() => position.count()).toBe(1);
    await expect.poll(() => position.innerText()).toContain('Tomas Reyvald');
    await expect.poll(() => position.getByLabel('Stance').inputValue()).toBe('undecided');
    await expect.poll(() => position.getByTestId('evidence').innerText()).toContain('said his side would study the text overnight');
    // The party chosen above stays named after the position is added.
    await expect.poll(() => page.getByTestId('parties').getByRole('list').innerText()).toContain('Tomas Reyvald');
    await screenshotPage(page, 'proposal-positions.png');
  });

  it('merges another entity in and undoes the merge', async () => {
    await page.getByRole('tab', { name: /Entities/ }).click();
    await page.getByTestId('new-entity').click();
    await page.getByLabel('New entity name').fill('T. Reyvald');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('entity-item').count()).toBe(2);
    await page.getByTestId('entity-item').filter({ hasText: 'Tomas Reyvald' }).getByRole('button').click();
    await page.getByRole('button', { name: 'Merge another entity into this one…' }).click();
    await page.getByTestId('merge-entity').getByRole('combobox').fill('T. Rey');
    await page.getByTestId('merge-entity').getByRole('option', { name: /T\. Reyvald/ }).click();
    await expect.poll(() => page.getByTestId('entity-item').count()).toBe(1);
    await expect.poll(() => page.getByTestId('entity-aliases').innerText()).toContain('T. Reyvald');
    await page.getByTestId('undo-merge').click();
    await expect.poll(() => page.getByTestId('entity-item').count()).toBe(2);
    await expect.poll(() => page.getByTestId('entity-aliases').innerText()).not.toContain('T. Reyvald');
  });

  it('offers names found in a source and creates an entity only when asked', async () => {
    await openSource(page, TALKS);
    const suggestion = page.getByTestId('suggestions').getByTestId('suggestion').filter({ has: page.getByRole('button', { name: 'Create entity' }) }).first();
    await suggestion.waitFor();
    const name = (await suggestion.locator('.suggestions__name').innerText()).trim();
    const annotationsBefore = await page.getByTestId('annotation-item').count();
    await suggestion.getByRole('button', { name: 'Create entity' }).click();
    await expect.poll(() => page.getByTestId('annotation-item').count()).toBe(annotationsBefore + 1);
    await expect.poll(() => marks(page).allInnerTexts()).toContain(name);
    await page.getByRole('tab', { name: /Entities/ }).click();
    await expect.poll(() => page.getByTestId('entity-item').filter({ hasText: name }).count()).toBe(1);
  });

  it('logged no script errors or policy violations', () => {
    expect(problems).toEqual([]);
  });
});
