import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHOTS } from './support/app';
import { parley } from './support/cli';
import { dragOver, marks } from './support/reader';
import type { Served } from './support/serve';

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

/** The caret at the brief's end; a click could land on a citation or chip, which opens what it points to. */
async function caretAtEnd(page: Page): Promise<void> {
  await page.getByTestId('brief-text').focus();
  await page.keyboard.press('Control+End');
}

const annotationItem = (page: Page, quote: string) => page.getByTestId('annotation-item').filter({ hasText: quote });

describe('citing into briefs from the reader, the evidence panel and record pages', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openApp('brief-cite', problems, { viewport: { width: 1280, height: 860 }, acceptDownloads: true }, seedNotebook));
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

  it('carries a highlight’s citation when the selection on it is dragged out of the reader', async () => {
    // A drop zone standing in for any place outside the reader (another window, the brief editor).
    await page.evaluate(() => {
      const zone = document.createElement('div');
      zone.id = 'drop-zone';
      Object.assign(zone.style, { position: 'fixed', left: '360px', bottom: '120px', width: '320px', height: '60px', zIndex: '99', background: 'lightyellow' });
      zone.addEventListener('dragover', (event) => event.preventDefault());
      zone.addEventListener('drop', (event) => {
        event.preventDefault();
        zone.dataset.citation = event.dataTransfer?.getData('application/x-parley-citation') ?? '';
        zone.dataset.text = event.dataTransfer?.getData('text/plain') ?? '';
      });
      document.body.append(zone);
    });
    const before = await page.getByTestId('reader-text').innerText();
    await dragOver(page, 'Ilsa Dorwen, who led');
    const mark = marks(page).filter({ hasText: DORWEN_QUOTE });
    const from = (await mark.boundingBox())!;
    const to = (await page.locator('#drop-zone').boundingBox())!;
    await page.mouse.move(from.x + 30, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 40, to.y - 40, { steps: 5 });
    await page.mouse.move(to.x + 60, to.y + 30, { steps: 5 });
    await page.mouse.up();
    const zone = page.locator('#drop-zone');
    await expect.poll(() => zone.getAttribute('data-citation')).toContain(`"quote":"${DORWEN_QUOTE}"`);
    expect(await zone.getAttribute('data-text')).toBe(`“${DORWEN_QUOTE}”`);
    // The reader only lends the words: its text is as it was.
    expect(await page.getByTestId('reader-text').innerText()).toBe(before);
    await zone.evaluate((element) => element.remove());
  });

  it('opens the brief from the notice, with both citations at its end', async () => {
    await page.getByTestId('cite-notice').getByRole('button', { name: 'Open brief' }).click();
    const citations = page.getByTestId('citation');
    await expect.poll(() => citations.count()).toBe(2);
    expect(await citations.nth(0).innerText()).toContain(DORWEN_QUOTE);
    expect(await citations.nth(1).innerText()).toContain('a joint monitoring cell');
  });

  it('inserts a record chip from the Records list beside the brief', async () => {
    await caretAtEnd(page);
    await page.keyboard.type(' Mediation was led by ');
    await page.getByTestId('record-insert-list').getByRole('button', { name: 'Insert chip: Ilsa Dorwen' }).click();
    await expect.poll(() => page.getByTestId('record-mention').allInnerTexts()).toEqual(['Ilsa Dorwen']);
    await page.getByTestId('evidence-panel').getByRole('searchbox').fill('twelve');
    await expect.poll(() => page.getByTestId('evidence-item').count()).toBe(0);
    await page.getByTestId('evidence-panel').getByRole('searchbox').fill('Kessel');
    await expect.poll(() => page.getByTestId('evidence-item').allInnerTexts()).toEqual([expect.stringContaining(TERM_QUOTE)]);
  });

  it('inserts citations from the source read beside the brief: a highlight clicked, a highlight dragged', async () => {
    await caretAtEnd(page);
    await page.getByLabel('Source to read beside the brief').selectOption({ label: TITLE });
    const mark = page.getByTestId('side-reader-text').locator('mark').filter({ hasText: 'six hours each day' });
    await mark.click();
    await expect.poll(() => page.getByTestId('citation').count()).toBe(3);
    expect(await page.getByTestId('citation').nth(2).innerText()).toContain(TERM_QUOTE);
    // And by dragging one into the brief: here, below its last line.
    const text = page.getByTestId('brief-text');
    const height = (await text.boundingBox())!.height;
    await page.getByTestId('side-reader-text').locator('mark').filter({ hasText: 'joint monitoring' }).dragTo(text, { targetPosition: { x: 12, y: height - 8 } });
    await expect.poll(() => page.getByTestId('citation').count()).toBe(4);
    expect(await page.getByTestId('citation').nth(3).innerText()).toContain('a joint monitoring cell');
    // Tall enough to show the whole context panel: evidence, records and the source beside the brief.
    await page.setViewportSize({ width: 1280, height: 1250 });
    await page.screenshot({ path: path.join(SHOTS, 'brief-cite-evidence.png') });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('exports the brief as DOCX from the UI, each quote footnoted with its source', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('brief-editor').getByRole('button', { name: /Export/ }).click();
    await page.getByRole('menuitem', { name: /Word/ }).click();
    const buffer = await readFile(await (await download).path());
    const { value: html } = await mammoth.convertToHtml({ buffer });
    // mammoth writes a Word footnote reference as a numbered link and the footnotes as a closing list.
    const footnoteOf = (quote: string) => {
      const number = new RegExp(`“${quote}”<sup><a href="#footnote-(\\d+)"`).exec(html)?.[1];
      return new RegExp(`<li id="footnote-${number}">(.*?)</li>`).exec(html)?.[1] ?? '';
    };
    expect(footnoteOf(DORWEN_QUOTE)).toContain(TITLE);
    expect(footnoteOf('a joint monitoring cell')).toContain(TITLE);
    expect(footnoteOf(TERM_QUOTE)).toContain(TITLE);
    expect(html).toContain('Mediation was led by');
  });

  it('lands on the cited span in the reader when a citation is clicked', async () => {
    await page.getByTestId('citation').filter({ hasText: 'a joint monitoring cell' }).first().click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(TITLE);
    const active = page.getByTestId('reader-text').locator('mark.highlight--active');
    await expect.poll(() => active.allInnerTexts()).toEqual(['a joint monitoring cell']);
  });

  it('drafts a new brief from the proposal page with its terms and their citations', async () => {
    await page.getByRole('tab', { name: /Proposals/ }).click();
    await page.getByTestId('proposal-item').filter({ hasText: PROPOSAL }).getByRole('button').click();
    await page.getByTestId('draft-brief').click();
    const editor = page.getByTestId('brief-text');
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
