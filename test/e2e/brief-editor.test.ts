import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHOTS } from './support/app';
import { parley } from './support/cli';
import { marks } from './support/reader';
import type { Served } from './support/serve';

const TITLE = 'Harbour talks weigh a 48-hour pause';
const ARTICLE = `${TITLE}

Negotiators met again on Tuesday in the harbour city of Port Selen, where mediators presented what officials called a first step toward a longer truce.

The proposal would pause fighting for 48 hours and allow aid convoys through the eastern corridor.

Coalition spokesperson Daniel Ferreira said the group would study the text carefully but had not agreed to anything.
`;
const FERREIRA_QUOTE = 'Daniel Ferreira said the group would study the text carefully';
const PAUSE_QUOTE = 'pause fighting for 48 hours';
const BRIEF = 'Port Selen round';

type Seeded = { sourceId: string; briefId: string };

/** A source with two annotations (one linked to an entity) and an empty brief, made with the CLI as a script would. */
async function seedNotebook(notebook: string): Promise<Seeded> {
  const folder = path.dirname(notebook);
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, 'harbour-talks.txt');
  await writeFile(file, ARTICLE);
  const run = async (...args: string[]) => {
    const result = await parley([...args, '--notebook', notebook, '--json']);
    if (result.status !== 0) throw new Error(`parley ${args.join(' ')} failed: ${result.stderr}`);
    return result.json;
  };
  const source = (await run('import', file)).imported[0];
  await run('entity', 'add', 'Daniel Ferreira', '--alias', 'Ferreira');
  await run('annotate', source.id, '--quote', FERREIRA_QUOTE, '--entity', 'Daniel Ferreira');
  await run('annotate', source.id, '--quote', PAUSE_QUOTE, '--comment', 'the core term');
  const brief = await run('brief', 'new', BRIEF);
  return { sourceId: source.id, briefId: brief.id };
}

/** The contract over HTTP, as the page calls it: for what a person would do elsewhere (another window, the metadata form). */
async function call(served: Served, operation: string, request: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${served.port}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-parley-token': served.token },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${operation} failed: ${result.error?.message}`);
  return result.value;
}

const text = (page: Page) => page.getByTestId('brief-text');
const saveState = (page: Page) => page.getByTestId('brief-save-state');
const health = (page: Page) => page.getByTestId('citation-health');
const citations = (page: Page) => text(page).getByTestId('citation');

/**
 * Where the caret is: the first characters of its text, its offset, and what is selected.
 * Steps wait for it as a person watches the caret move before pressing the next key.
 */
function selected(page: Page): Promise<string> {
  return page.evaluate(() => {
    const selection = window.getSelection()!;
    return `${selection.anchorNode?.textContent?.slice(0, 10)}@${selection.anchorOffset}:${selection.toString()}`;
  });
}

async function openBrief(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /Briefs/ }).click();
  await page.getByTestId('brief-item').filter({ hasText: BRIEF }).getByRole('button').click();
  await text(page).waitFor();
}

/** Types "/cite words", waits for the annotation to be offered and takes it with Enter. */
async function citeByTyping(page: Page, words: string, quote: string, screenshot?: string): Promise<void> {
  await page.keyboard.type(`/cite ${words}`);
  await page.getByTestId('cite-typeahead').getByRole('option').first().filter({ hasText: quote }).waitFor();
  if (screenshot) await page.screenshot({ path: path.join(SHOTS, screenshot) });
  await page.keyboard.press('Enter');
}

describe('writing a brief in the editor', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  let seeded: Seeded;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openApp('brief-editor', problems, { viewport: { width: 1280, height: 900 }, acceptDownloads: true }, async (notebook: string) => {
      seeded = await seedNotebook(notebook);
    }));
    await call(served, 'sources.update', {
      id: seeded.sourceId,
      fields: { outlet: 'Harbour Herald', publishedAt: { precision: 'day', date: '2031-03-04' }, metadataConfirmed: true },
    });
    await page.goto(served.url);
    await openBrief(page);
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('starts empty, says how to cite, and renames itself in the navigator as the title is typed', async () => {
    await expect.poll(() => health(page).innerText()).toBe('No citations yet — type /cite or use Cite in brief');
    const title = page.getByTestId('brief-title');
    await expect.poll(() => title.inputValue()).toBe(BRIEF);
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(', March');
    await expect.poll(() => saveState(page).innerText()).toBe('Saved');
    await expect.poll(() => page.getByTestId('brief-item').innerText()).toBe(`${BRIEF}, March`);
  });

  it('writes a heading, bold words, a list, two citations and an entity chip, and says Saved', async () => {
    await text(page).click();
    await page.keyboard.type('# Where the pause stands');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The coalition is ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('not yet committed');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(': ');
    await citeByTyping(page, 'study the text', FERREIRA_QUOTE);
    await page.keyboard.press('Enter');
    await page.keyboard.type('- Who speaks for the coalition: ');
    await page.keyboard.type('@Ferr');
    await page.getByTestId('mention-typeahead').getByRole('option', { name: /Daniel Ferreira/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('What is on the table: ');
    await citeByTyping(page, '48 hours', PAUSE_QUOTE, 'brief-cite-typeahead.png');

    await expect.poll(() => text(page).locator('h1').innerText()).toBe('Where the pause stands');
    await expect.poll(() => text(page).locator('strong, .brief-doc__bold').first().innerText()).toBe('not yet committed');
    await expect.poll(() => text(page).locator('ul > li').count()).toBe(2);
    await expect.poll(() => citations(page).count()).toBe(2);
    const source = `Harbour Herald, ${await dateAsShown(page)}`;
    expect(await citations(page).first().innerText()).toBe(`“${FERREIRA_QUOTE}” — ${source}`);
    await expect.poll(() => text(page).getByTestId('record-mention').innerText()).toBe('Daniel Ferreira');
    // The typed triggers are gone: the chips took their place.
    expect((await text(page).locator('li').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Who speaks for the coalition: Daniel Ferreira',
      `What is on the table: “${PAUSE_QUOTE}” — ${source}`,
    ]);

    await expect.poll(() => saveState(page).innerText()).toBe('Saved');
    await expect.poll(() => health(page).innerText()).toBe('All 2 citations exact');
    await page.getByRole('main', { name: 'Open item' }).evaluate((centre) => centre.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SHOTS, 'brief-editor.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SHOTS, 'brief-editor-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('links words only to web or e-mail addresses, from a field under the toolbar', async () => {
    await text(page).locator('h1').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.press('Control+Shift+K');
    const field = page.getByLabel('Link address');
    await field.fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('link-field').getByRole('alert').innerText()).toContain('not javascript: addresses');
    await field.fill('harbourherald.example/pause');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page).locator('h1 a').getAttribute('href')).toBe('https://harbourherald.example/pause');
    await expect.poll(() => text(page).locator('h1 a').innerText()).toBe('stands');
    await expect.poll(() => saveState(page).innerText()).toBe('Saved');
  });

  it('shows all of it again after a reload', async () => {
    await page.reload();
    await openBrief(page);
    await expect.poll(() => text(page).locator('h1').innerText()).toBe('Where the pause stands');
    expect(await text(page).locator('.brief-doc__bold').first().innerText()).toBe('not yet committed');
    expect(await text(page).locator('ul > li').count()).toBe(2);
    expect(await citations(page).count()).toBe(2);
    expect(await text(page).getByTestId('record-mention').innerText()).toBe('Daniel Ferreira');
    expect(await text(page).locator('h1 a').getAttribute('href')).toBe('https://harbourherald.example/pause');
    await expect.poll(() => health(page).innerText()).toBe('All 2 citations exact');
  });

  it('undoes the last typing with Ctrl+Z and puts it back with Shift+Ctrl+Z', async () => {
    // At the start of the line: its middle holds a citation, and a click there opens the source.
    await text(page).locator('li').last().click({ position: { x: 2, y: 8 } });
    await page.keyboard.press('End');
    await page.keyboard.type(' Still unsigned.');
    await expect.poll(() => text(page).innerText()).toContain('Still unsigned.');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => text(page).innerText()).not.toContain('Still unsigned');
    await page.keyboard.press('Shift+Control+Z');
    await expect.poll(() => text(page).innerText()).toContain('Still unsigned.');
    await expect.poll(() => saveState(page).innerText()).toBe('Saved');
  });

  it('exports a Word file from the menu, with the heading and the quotes as footnotes', async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Word (.docx)' }).click();
    const file = path.join(path.dirname(served.notebook), 'exported.docx');
    await (await download).saveAs(file);
    await expect.poll(() => page.getByTestId('brief-notice').innerText()).toMatch(/^Exported .+\.docx$/);
    const html = (await mammoth.convertToHtml({ path: file })).value;
    expect(html).toContain('<h1>Where the pause <a href="https://harbourherald.example/pause">stands</a></h1>');
    expect(html).toContain('<strong>not yet committed</strong>');
    expect(html).toContain('Still unsigned.');
    // Each quote is followed by its footnote, and the footnote names the source.
    for (const quote of [FERREIRA_QUOTE, PAUSE_QUOTE]) expect(html).toMatch(new RegExp(`${quote}”<sup><a href="#footnote-\\d+"`));
    expect(html).toMatch(/<li id="footnote-1"><p>Harbour talks weigh a 48-hour pause, Harbour Herald/);
    expect(html).toContain('Who speaks for the coalition: Daniel Ferreira');
  });

  it('opens the source at the cited span when a citation is clicked', async () => {
    await citations(page).first().click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(TITLE);
    await expect.poll(() => marks(page).filter({ hasText: 'study the text' }).first().getAttribute('class')).toContain('highlight--active');
  });

  it('reports a quote that drifted after the source was edited, and updates it on request', async () => {
    const source = (await call(served, 'sources.get', { id: seeded.sourceId })) as { versions: Array<{ text: string }> };
    const current = source.versions.at(-1)!.text;
    await call(served, 'sources.editText', { id: seeded.sourceId, text: current.replace('pause fighting for 48 hours', 'pause fighting for 72 hours') });
    await openBrief(page);
    await expect.poll(() => health(page).innerText()).toBe('1 drifted');
    await expect.poll(() => text(page).locator('[data-standing="drifted"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Show' }).click();
    const problem = page.getByTestId('health-problem');
    expect(await problem.innerText()).toContain('pause fighting for 72 hours');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SHOTS, 'brief-health-drifted.png') });
    await problem.getByRole('button', { name: 'Update quote' }).click();
    await expect.poll(() => health(page).innerText()).toBe('All 2 citations exact');
    expect(await citations(page).last().innerText()).toContain('pause fighting for 72 hours');
    await expect.poll(() => saveState(page).innerText()).toBe('Saved');
  });

  it('opens the record when Enter is pressed on a chip stepped over with Shift+←', async () => {
    await text(page).locator('li').first().click({ position: { x: 2, y: 8 } });
    await expect.poll(() => selected(page)).toBe('Who speaks@0:');
    await page.keyboard.press('End');
    await expect.poll(() => selected(page)).toBe(' @1:');
    // Past the space after the chip, then over the chip itself.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => selected(page)).toBe(' @0:');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => selected(page)).toBe(' @0:Daniel Ferreira');
    await page.keyboard.press('Enter');
    await page.getByTestId('entity-page').waitFor();
    await openBrief(page);
    expect(await text(page).locator('li').count()).toBe(2);
  });

  it('takes a highlight dropped on the text as a citation where it was dropped', async () => {
    const [annotation] = (await call(served, 'annotations.find', { query: 'study the text' })) as Array<{ id: string; sourceId: string; target: { quote: { exact: string } } }>;
    await text(page).focus();
    await page.keyboard.press('Control+End');
    await expect.poll(() => selected(page)).toBe(' Still uns@16:');
    // Out of the list: Enter on an empty item ends it.
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page).locator('li').count()).toBe(3);
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page).locator('li').count()).toBe(2);
    await page.keyboard.type('Also:');
    await expect.poll(() => text(page).locator('p').last().innerText()).toBe('Also:');
    const line = text(page).locator('p').last();
    const box = (await line.boundingBox())!;
    // What the reader's highlights and the evidence list put on a drag (citeBus.putCitationOnDrag).
    const citation = { type: 'citation', version: 1, annotationId: annotation!.id, sourceId: annotation!.sourceId, quote: annotation!.target.quote.exact };
    await page.evaluate(
      ({ x, y, json }) => {
        const data = new DataTransfer();
        data.setData('application/x-parley-citation', json);
        data.setData('text/plain', 'a quote');
        const target = document.elementFromPoint(x, y)!;
        for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, dataTransfer: data }));
      },
      { x: box.x + box.width - 4, y: box.y + box.height / 2, json: JSON.stringify(citation) },
    );
    await expect.poll(() => line.getByTestId('citation').count()).toBe(1);
    expect(await line.innerText()).toMatch(new RegExp(`^Also:\\s*“${FERREIRA_QUOTE}” — Harbour Herald`));
    expect(await line.innerText()).not.toContain('a quote');
    await expect.poll(() => health(page).innerText()).toBe('All 3 citations exact');
  });

  it('deletes the brief only after asking', async () => {
    await page.getByRole('button', { name: 'Delete brief…' }).click();
    const confirm = page.getByTestId('brief-delete-confirm');
    await page.getByRole('button', { name: 'Keep it' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await citations(page).count()).toBe(3);
    await page.getByRole('button', { name: 'Delete brief…' }).click();
    await confirm.getByRole('button', { name: 'Delete brief' }).click();
    await page.getByTestId('briefs-empty').waitFor();
    await page.getByTestId('welcome').waitFor();
    expect(await call(served, 'briefs.list', {})).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** The date as this browser's locale writes it, so the test does not depend on the machine's language. */
function dateAsShown(page: Page): Promise<string> {
  return page.evaluate(() => new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date('2031-03-04T00:00:00Z')));
}
