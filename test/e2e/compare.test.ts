import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, SHOTS } from './support/app';
import { parley } from './support/cli';
import type { Served } from './support/serve';

type Article = { file: string; title: string; outlet: string; date: string; paragraphs: string[] };

/** The original report. */
const HERALD: Article = {
  file: 'herald.html',
  title: 'Mediators float a harbour pause for Port Ostrel',
  outlet: 'Harbour Herald',
  date: '2031-03-03',
  paragraphs: [
    'Mediators from the Aldren League floated a 72-hour pause in shelling around Port Ostrel on Monday, offering both delegations a text that would open the harbour to aid ships for the first time since January.',
    'The draft, seen by the Harbour Herald, asks the coastal command to pull its artillery back twelve kilometres from the harbour wall and lets inspectors from a neutral port authority board every vessel before it docks.',
    'Officials in the capital said they had received the text late on Sunday and would answer within two days. A spokesman declined to say whether the government would accept inspections by foreign crews.',
    'Fishing families who have waited months for fuel deliveries gathered at the harbour gates on Monday evening, some holding signs that asked the negotiators to finish the work before the spring season begins.',
    'The coastal delegation has not said whether it accepts the plan. Its lead negotiator, Tomas Reyvald, told reporters that any pause must include the release of detained harbour workers.',
    'Diplomats familiar with the talks said a second round could start as early as Thursday if both sides agree on the inspection regime.',
    'Reyvald is expected to meet the mediators again on Wednesday.',
  ],
};
/** Copies three of the Herald's paragraphs with small edits, and adds its own. */
const TIMES: Article = {
  file: 'times.html',
  title: 'Coastal delegation weighs Ostrel truce text',
  outlet: 'Coast Times',
  date: '2031-03-04',
  paragraphs: [
    'Negotiators for the coastal side spent Tuesday studying a short draft that arrived from the mediators overnight, according to two people briefed on the discussions.',
    'Shipping agents in the region said insurers would not cover vessels entering the harbour until a pause had held for at least a week, whatever the delegations sign.',
    'Mediators from the Aldren League floated a 72-hour pause in shelling around Port Ostrel on Monday, offering both delegations a text that would open the port to aid ships for the first time since January.',
    'The coastal delegation has not said whether it accepts the plan. Its chief negotiator, Tomas Reyvald, told reporters on Monday that any pause must include the release of detained harbour workers.',
    'Diplomats familiar with the talks said a second round could begin as early as Thursday if both sides agree on the inspection regime.',
    'The Coast Times could not independently confirm the terms of the draft.',
  ],
};
/** Same coast, another story: nothing copied, one mention of the same negotiator. */
const POST: Article = {
  file: 'post.html',
  title: 'Ostrel fishing fleet counts the cost of a lost winter',
  outlet: 'Daily Post',
  date: '2031-03-05',
  paragraphs: [
    'Boat owners along the Ostrel coast say the winter has cost them more than any season in living memory, with fuel prices tripling since the harbour closed.',
    'At the co-operative’s warehouse, nets lie folded in stacks that reach the ceiling. Members meet every Friday to share out what little diesel arrives by road from the interior.',
    'Younger crews have left for the cities in the south, and the co-operative’s chair worries that some will never come back to the water.',
    'The chair said she had written to the coastal delegation asking that fishing rights be part of any settlement, and had received a short reply signed by Tomas Reyvald promising that the fleet would not be forgotten.',
    'Until then, she said, the boats will stay where they are.',
  ],
};
const ARTICLES = [HERALD, TIMES, POST];

const html = (a: Article) =>
  `<!doctype html><html><head><title>${a.title}</title><meta property="og:site_name" content="${a.outlet}"><meta property="article:published_time" content="${a.date}T09:00:00Z"></head>` +
  `<body><article><h1>${a.title}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

/** Three sources, two entities and a proposal linked in them, set up with the CLI as a script would. */
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
  const [herald, times, post] = ids as [string, string, string];
  await run('entity', 'add', 'Tomas Reyvald');
  await run('entity', 'add', 'Aldren League');
  await run('proposal', 'add', 'Ostrel harbour pause');
  await run('annotate', herald, '--quote', 'Tomas Reyvald', '--entity', 'Tomas Reyvald');
  await run('annotate', herald, '--quote', 'Reyvald', '--occurrence', '2', '--entity', 'Tomas Reyvald');
  await run('annotate', times, '--quote', 'Tomas Reyvald', '--entity', 'Tomas Reyvald');
  await run('annotate', post, '--quote', 'Tomas Reyvald', '--entity', 'Tomas Reyvald');
  for (const source of [herald, times]) {
    await run('annotate', source, '--quote', 'Aldren League', '--entity', 'Aldren League');
    await run('annotate', source, '--quote', 'a 72-hour pause in shelling', '--proposal', 'Ostrel harbour pause');
  }
}

const column = (page: Page, title: string) => page.getByTestId('compare-column').filter({ has: page.getByTestId('compare-column-title').filter({ hasText: title }) });
const activeMarks = (col: Locator) => col.locator('mark.compare-mark--active');
const legendRecord = (page: Page, name: string) => page.getByTestId('legend-record').filter({ hasText: name });

/** Whether the element's middle is inside its column's visible text area. */
async function shownInColumn(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const scroller = element.closest('[data-testid="compare-column-text"]')!.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const middle = (box.top + box.bottom) / 2;
    return middle > scroller.top && middle < scroller.bottom;
  });
}

const scrollTop = (col: Locator) => col.getByTestId('compare-column-text').evaluate((el) => el.scrollTop);
const scrollColumnTo = (col: Locator, top: number) => col.getByTestId('compare-column-text').evaluate((el, y) => el.scrollTo(0, y), top);

describe('comparing sources side by side', () => {
  let browser: Browser;
  let served: Served;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ browser, served, page } = await openApp('compare', problems, { viewport: { width: 1280, height: 800 } }, seedNotebook));
    await page.goto(served.url);
    await page.getByTestId('source-item').nth(2).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('ticks three sources in the navigator and opens them in columns, in the order ticked', async () => {
    const choice = (title: string) => page.getByTestId('source-item').filter({ hasText: title }).getByTestId('source-choice');
    await choice(HERALD.title).check();
    await expect.poll(() => page.getByTestId('compare-choice').innerText()).toContain('Choose at least two sources to compare.');
    expect(await page.getByTestId('compare-chosen').isDisabled()).toBe(true);
    await choice(TIMES.title).check();
    await choice(POST.title).check();
    await expect.poll(() => page.getByTestId('compare-choice').innerText()).toContain('3 sources ticked.');
    await page.screenshot({ path: path.join(SHOTS, 'compare-choice.png') });
    await page.getByTestId('compare-chosen').click();

    await page.getByTestId('compare-view').waitFor();
    await expect.poll(() => page.getByTestId('compare-column-title').allInnerTexts()).toEqual([HERALD.title, TIMES.title, POST.title]);
    await expect.poll(() => column(page, HERALD.title).innerText()).toContain('Harbour Herald');
    // Each column shows its own highlights; nothing is lit until a record is chosen.
    await expect.poll(() => column(page, HERALD.title).locator('mark.highlight--entity').count()).toBe(3);
    await expect.poll(() => column(page, POST.title).locator('mark.highlight--entity').allInnerTexts()).toEqual(['Tomas Reyvald']);
    expect(await page.locator('mark.compare-mark--active').count()).toBe(0);
    await expect.poll(() => legendRecord(page, 'Tomas Reyvald').getAttribute('aria-label')).toBe(
      `Tomas Reyvald: 2 mentions in ${HERALD.title}, 1 in ${TIMES.title}, 1 in ${POST.title}`,
    );
    await page.screenshot({ path: path.join(SHOTS, 'compare-view.png') });
  });

  it('lights a record chosen in the legend in every column and scrolls each to its first mention', async () => {
    await legendRecord(page, 'Tomas Reyvald').click();
    await expect.poll(() => activeMarks(column(page, HERALD.title)).allInnerTexts()).toEqual(['Tomas Reyvald', 'Reyvald']);
    await expect.poll(() => activeMarks(column(page, TIMES.title)).allInnerTexts()).toEqual(['Tomas Reyvald']);
    await expect.poll(() => activeMarks(column(page, POST.title)).allInnerTexts()).toEqual(['Tomas Reyvald']);
    for (const article of ARTICLES) await expect.poll(() => shownInColumn(activeMarks(column(page, article.title)).first())).toBe(true);
    // The Herald's first mention is far down its column: it had to scroll to show it.
    expect(await scrollTop(column(page, HERALD.title))).toBeGreaterThan(0);
    expect(await legendRecord(page, 'Tomas Reyvald').getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: path.join(SHOTS, 'compare-record-active.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SHOTS, 'compare-record-active-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('mark.compare-mark--active').count()).toBe(0);
    expect(await legendRecord(page, 'Tomas Reyvald').getAttribute('aria-pressed')).toBe('false');
  });

  it('lights a record clicked in one column in the others, and leaves a column without it alone', async () => {
    for (const article of ARTICLES) await scrollColumnTo(column(page, article.title), 10_000);
    const postTop = await scrollTop(column(page, POST.title));
    await column(page, TIMES.title).locator('mark', { hasText: 'Aldren League' }).scrollIntoViewIfNeeded();
    await column(page, TIMES.title).locator('mark', { hasText: 'Aldren League' }).click();
    await expect.poll(() => activeMarks(column(page, HERALD.title)).allInnerTexts()).toEqual(['Aldren League']);
    await expect.poll(() => activeMarks(column(page, TIMES.title)).allInnerTexts()).toEqual(['Aldren League']);
    await expect.poll(() => shownInColumn(activeMarks(column(page, HERALD.title)).first())).toBe(true);
    expect(await activeMarks(column(page, POST.title)).count()).toBe(0);
    expect(await scrollTop(column(page, POST.title))).toBe(postTop);
    expect(await legendRecord(page, 'Aldren League').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
  });

  it('links shared passages across columns: hovering one lights its partner, clicking brings the partner level', async () => {
    const herald = column(page, HERALD.title);
    const times = column(page, TIMES.title);
    // Three of the Herald's paragraphs are in the Times; the Post shares none of them.
    await expect.poll(() => herald.getByTestId('shared-passage').count()).toBe(3);
    await expect.poll(() => times.getByTestId('shared-passage').count()).toBe(3);
    expect(await column(page, POST.title).getByTestId('shared-passage').count()).toBe(0);
    expect(await column(page, POST.title).getByTestId('unique-passage').count()).toBe(POST.paragraphs.length);
    expect(await times.getByTestId('unique-passage').count()).toBe(3);

    await scrollColumnTo(herald, 0);
    await scrollColumnTo(times, 10_000);
    const marker = herald.getByTestId('shared-passage').first();
    const id = await marker.getAttribute('data-passage');
    const partner = times.locator(`[data-testid="shared-passage"][data-passage="${id}"]`);
    await marker.hover();
    await expect.poll(() => partner.getAttribute('class')).toContain('compare-text__shared--lit');
    await expect.poll(async () => (await times.locator('.compare-text__run--lit').allInnerTexts()).join('')).toContain('Mediators from the Aldren League floated');
    expect(await partner.getAttribute('aria-label')).toMatch(/^(Shared with Harbour Herald, \d+% alike|Same wording in Harbour Herald): show it there$/);

    await marker.click();
    await expect.poll(() => shownInColumn(partner)).toBe(true);
    const level = async () => {
      const [a, b] = await Promise.all([marker.boundingBox(), partner.boundingBox()]);
      return Math.abs(a!.y - b!.y);
    };
    await expect.poll(level).toBeLessThan(2);
    await page.screenshot({ path: path.join(SHOTS, 'compare-shared-passage.png') });
  });

  it('keeps aligned passages side by side while one column scrolls', async () => {
    await page.getByTestId('keep-aligned').check();
    const herald = column(page, HERALD.title);
    const times = column(page, TIMES.title);
    // Scroll the Herald so its copied "Tomas Reyvald" paragraph is at the top.
    const paragraph = herald.locator('p', { hasText: 'Its lead negotiator' });
    await paragraph.evaluate((p) => p.scrollIntoView({ block: 'start' }));
    const partner = times.locator('p', { hasText: 'Its chief negotiator' });
    await expect
      .poll(async () => {
        const [a, b] = await Promise.all([paragraph.boundingBox(), partner.boundingBox()]);
        return Math.abs(a!.y - b!.y);
      })
      .toBeLessThan(2);
    await page.getByTestId('keep-aligned').uncheck();
  });

  it('shows the coverage of these three sources in the Coverage tab, and comes back to the columns', async () => {
    await page.getByRole('tab', { name: 'Coverage' }).click();
    const matrix = page.getByTestId('coverage-matrix');
    await expect.poll(() => matrix.getByTestId('coverage-source').count()).toBe(3);
    await expect.poll(() => matrix.getByTestId('coverage-row').filter({ hasText: 'Tomas Reyvald' }).getByTestId('coverage-cell').allInnerTexts()).toEqual(['2', '1', '1']);
    await page.screenshot({ path: path.join(SHOTS, 'compare-coverage-tab.png') });
    await page.getByRole('tab', { name: 'Side by side' }).click();
    await expect.poll(() => page.getByTestId('compare-column').count()).toBe(3);
  });

  it('opens a comparison from the reader with Compare with…', async () => {
    await column(page, POST.title).getByRole('button', { name: POST.title }).click();
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toBe(POST.title);
    await page.getByTestId('compare-with').click();
    const picker = page.getByTestId('compare-with-picker');
    await picker.waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'compare-with-picker.png') });
    await page.keyboard.type('coast times');
    await expect.poll(() => picker.getByRole('checkbox').count()).toBe(1);
    await picker.getByRole('checkbox', { name: new RegExp(TIMES.title) }).check();
    await picker.getByTestId('compare-with-open').click();
    await expect.poll(() => page.getByTestId('compare-column-title').allInnerTexts()).toEqual([POST.title, TIMES.title]);
    // Two columns is the least a comparison has: neither can be removed, but they can change places.
    await page.getByRole('button', { name: 'Column 1 options' }).click();
    expect(await page.getByRole('menuitem', { name: /Remove column/ }).isDisabled()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move column right');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('compare-column-title').allInnerTexts()).toEqual([TIMES.title, POST.title]);
  });

  it('reported no script errors or policy violations', () => {
    expect(problems).toEqual([]);
  });
});
