import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS } from './support/app';
import { launchChromium } from './support/browser';
import { parley } from './support/cli';
import { dragOver, marks } from './support/reader';
import { serveNotebook, tempNotebookDir, type Served } from './support/serve';

const TITLE = 'Envoys table a river crossing truce for Velmora';
const ARTICLE = `${TITLE}

Mediators from the Aldren League presented a draft truce on Thursday that would open the Kessel river crossing for six hours each day.

Ilsa Dorwen, who led the mediation team, said the crossing plan had been shared with both delegations overnight.

Under the draft, a joint monitoring cell would report violations within twelve hours, and aid convoys would have priority at the crossing.

Officials on the northern bank said they would study the text before the weekend.
`;
const DORWEN_QUOTE = 'Ilsa Dorwen, who led the mediation team';
const TERM_QUOTE = 'open the Kessel river crossing for six hours each day';
const PROPOSAL = 'Kessel crossing truce';
const BRIEF = 'Crossing talks';

/** A notebook with the article, an entity and a proposal whose term cites the article, set up with the CLI as a script would. */
async function seedNotebook(notebook: string): Promise<void> {
  const folder = path.dirname(notebook);
  const file = path.join(folder, 'kessel-crossing.txt');
  await writeFile(file, ARTICLE);
  const run = async (...args: string[]) => {
    const result = await parley([...args, '--notebook', notebook, '--json']);
    if (result.status !== 0) throw new Error(`parley ${args.join(' ')} failed: ${result.stderr}`);
    return result.json;
  };
  const source = (await run('import', file)).imported[0];
  await run('entity', 'add', 'Ilsa Dorwen');
  await run('annotate', source.id, '--quote', DORWEN_QUOTE, '--entity', 'Ilsa Dorwen');
  await run('proposal', 'add', PROPOSAL);
  const term = await run('annotate', source.id, '--quote', TERM_QUOTE, '--proposal', PROPOSAL, '--role', 'term');
  await run('proposal', 'term', PROPOSAL, '--label', 'crossing hours', '--value', 'six hours a day', '--evidence', term.id);
}

async function openSource(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /Sources/ }).click();
  await page.getByRole('list', { name: 'Sources' }).getByRole('listitem').filter({ hasText: TITLE }).getByRole('button').first().click();
  await page.getByTestId('reader-title').filter({ hasText: TITLE }).waitFor();
  // The CLI import leaves its guesses to be confirmed; this test is about the text.
  const form = page.getByTestId('metadata-form');
  if (await form.isVisible()) {
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
  }
}

const annotationItem = (page: Page, quote: string) => page.getByTestId('annotation-item').filter({ hasText: quote });

describe('citing into briefs from the reader, the evidence panel and record pages', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const notebook = await tempNotebookDir('brief-cite');
    await mkdir(path.dirname(notebook), { recursive: true });
    await seedNotebook(notebook);
    served = await serveNotebook(notebook);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) problems.push(message.text());
    });
    await page.goto(served.url);
    await openSource(page);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('cites an annotation from the panel into a new brief, and the researcher stays in the reader', async () => {
    await annotationItem(page, DORWEN_QUOTE).getByTestId('cite-in-brief').click();
    const picker = page.getByTestId('brief-picker');
    await picker.waitFor();
    // No brief yet: "New brief…" is the one choice, and Enter takes it.
    await expect.poll(() => picker.getByRole('option').allInnerTexts()).toEqual(['New brief…']);
    await page.keyboard.press('Enter');
    const title = picker.getByRole('textbox', { name: 'Title of the new brief' });
    await expect.poll(() => title.inputValue()).toBe('Untitled brief');
    await title.fill(BRIEF);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cite-notice').innerText()).toContain(`Cited in “${BRIEF}”`);
    await expect.poll(() => picker.count()).toBe(0);
    expect(await page.getByTestId('reader-title').innerText()).toBe(TITLE);
    await expect.poll(() => page.getByRole('tab', { name: /Briefs/ }).innerText()).toContain('1');
  });

  it('cites a fresh selection with B, into the brief used last, pre-selected', async () => {
    await dragOver(page, 'a joint monitoring cell');
    await page.getByTestId('selection-toolbar').getByRole('button', { name: /Cite in brief/ }).waitFor();
    await page.keyboard.press('b');
    const picker = page.getByTestId('brief-picker');
    await picker.waitFor();
    await expect.poll(() => picker.getByRole('option', { selected: true }).innerText()).toContain(BRIEF);
    await page.screenshot({ path: path.join(SHOTS, 'brief-cite-picker.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cite-notice').innerText()).toContain(`Cited in “${BRIEF}”`);
    // The selection became an annotation (a comment highlight, no links) on the way.
    await expect.poll(() => marks(page).allInnerTexts()).toContain('a joint monitoring cell');
    await expect.poll(() => annotationItem(page, 'a joint monitoring cell').count()).toBe(1);
  });

  it('exports the annotated source from the reader’s Export… menu', async () => {
    await page.getByTestId('source-export').click();
    const menu = page.getByRole('menu', { name: 'Export source as' });
    await expect.poll(() => menu.getByRole('menuitem').allInnerTexts()).toEqual(['Markdown', 'HTML', 'Word', 'PDF']);
    await page.screenshot({ path: path.join(SHOTS, 'brief-cite-source-export.png') });
    const download = page.waitForEvent('download');
    await menu.getByRole('menuitem', { name: 'Markdown' }).click();
    const file = await (await download).path();
    const markdown = await readFile(file, 'utf8');
    expect(markdown).toContain('Ilsa Dorwen');
    expect(markdown).toContain('joint monitoring cell');
    await expect.poll(() => page.getByTestId('reanchor-report').innerText()).toMatch(/Exported .+\.md/);
  });

  it('opens the brief from the notice, with both citations at its end', async () => {
    await page.getByTestId('cite-notice').getByRole('button', { name: 'Open brief' }).click();
    const citations = page.getByTestId('citation');
    await expect.poll(() => citations.count()).toBe(2);
    expect(await citations.nth(0).innerText()).toContain(DORWEN_QUOTE);
    expect(await citations.nth(1).innerText()).toContain('a joint monitoring cell');
  });

  it('inserts a record chip from the Records list beside the brief', async () => {
    const editor = page.getByTestId('brief-editor');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Mediation was led by ');
    await page.getByTestId('record-insert-list').getByRole('button', { name: 'Insert chip: Ilsa Dorwen' }).click();
    await expect.poll(() => page.getByTestId('record-mention').allInnerTexts()).toEqual(['Ilsa Dorwen']);
    await page.getByTestId('evidence-panel').getByRole('searchbox').fill('twelve');
    await expect.poll(() => page.getByTestId('evidence-item').count()).toBe(0);
    await page.getByTestId('evidence-panel').getByRole('searchbox').fill('Kessel');
    await expect.poll(() => page.getByTestId('evidence-item').allInnerTexts()).toEqual([expect.stringContaining(TERM_QUOTE)]);
    await page.screenshot({ path: path.join(SHOTS, 'brief-cite-evidence.png') });
  });

  it('inserts a citation by clicking a highlight in the source read beside the brief', async () => {
    await page.getByTestId('brief-editor').click();
    await page.keyboard.press('Control+End');
    await page.getByLabel('Source to read beside the brief').selectOption({ label: TITLE });
    const mark = page.getByTestId('side-reader-text').locator('mark').filter({ hasText: 'six hours each day' });
    await mark.click();
    await expect.poll(() => page.getByTestId('citation').count()).toBe(3);
    expect(await page.getByTestId('citation').nth(2).innerText()).toContain(TERM_QUOTE);
  });

  it('exports the brief as DOCX from the UI, its quotes as Word footnotes', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('brief-export').click();
    await page.getByRole('menuitem', { name: /Word|DOCX/ }).click();
    const buffer = await readFile(await (await download).path());
    const { value: html } = await mammoth.convertToHtml({ buffer });
    const footnotes = html.slice(html.indexOf('id="footnote-1"'));
    expect(footnotes).toContain(DORWEN_QUOTE);
    expect(footnotes).toContain('a joint monitoring cell');
    expect(html).toContain('Ilsa Dorwen');
  });

  it('lands on the cited span in the reader when a citation is clicked', async () => {
    await page.getByTestId('citation').filter({ hasText: 'a joint monitoring cell' }).click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(TITLE);
    const active = page.getByTestId('reader-text').locator('mark.highlight--active');
    await expect.poll(() => active.allInnerTexts()).toEqual(['a joint monitoring cell']);
  });

  it('drafts a new brief from the proposal page with its terms and their citations', async () => {
    await page.getByRole('tab', { name: /Proposals/ }).click();
    await page.getByTestId('proposal-item').filter({ hasText: PROPOSAL }).getByRole('button').click();
    await page.getByTestId('draft-brief').click();
    const editor = page.getByTestId('brief-editor');
    await expect.poll(() => editor.innerText()).toContain('crossing hours');
    expect(await editor.innerText()).toContain('six hours a day');
    await expect.poll(() => page.getByTestId('citation').allInnerTexts()).toEqual([expect.stringContaining(TERM_QUOTE)]);
    await expect.poll(() => page.getByRole('tab', { name: /Briefs/ }).innerText()).toContain('2');
  });

  it('starts an empty brief from the navigator with the title typed', async () => {
    await page.getByRole('tab', { name: /Briefs/ }).click();
    await page.getByTestId('new-brief').click();
    await page.getByRole('textbox', { name: 'New brief title' }).fill('Weekend outlook');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('brief-item').allInnerTexts()).toContain('Weekend outlook');
    await page.getByTestId('brief-editor').waitFor();
    expect(await page.getByTestId('citation').count()).toBe(0);
  });

  it('ran without script errors or policy violations', () => {
    expect(problems).toEqual([]);
  });
});
