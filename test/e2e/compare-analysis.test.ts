import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS } from './support/app';
import { launchChromium } from './support/browser';
import { parley } from './support/cli';
import { serveNotebook, tempNotebookDir, type Served } from './support/serve';

const PROPOSAL = 'Ostrel harbour pause';

/** Three outlets on the same talks, published on different days; HTML so outlet and date come with them. */
const ARTICLES = [
  {
    file: 'herald.html',
    outlet: 'Harbour Herald',
    date: '2031-03-04',
    title: 'Mediators float a harbour pause for Port Ostrel',
    body: 'Envoys from the Lisk Council floated the plan on Monday at a guesthouse outside Port Ostrel. The draft offers a 48-hour pause in shelling so that fuel barges can dock. Tomas Reyvald, who leads the coastal delegation, said his side would study the text. Reyvald has rejected similar offers twice this year.',
  },
  {
    file: 'times.html',
    outlet: 'Coast Times',
    date: '2031-03-06',
    title: 'Ostrel truce text circulates among delegations',
    body: 'Mediators circulated the harbour text on Monday, according to officials. The draft proposes a 72-hour pause around the harbour. The Lisk Council declined to comment, and Reyvald asked for written guarantees while talks continue.',
  },
  {
    file: 'radio.html',
    outlet: 'Ostrel Radio',
    date: '2031-03-09',
    title: 'Coastal delegation turns down harbour pause',
    body: 'Tomas Reyvald rejected the harbour pause on Saturday, a day after meeting the Lisk Council envoys. Shelling resumed near the quay that evening.',
  },
] as const;

const page = (a: (typeof ARTICLES)[number]) => `<!doctype html><html><head><title>${a.title}</title>
<meta property="og:title" content="${a.title}"><meta property="og:site_name" content="${a.outlet}">
<meta property="article:published_time" content="${a.date}T08:00:00Z"></head>
<body><article><h1>${a.title}</h1><p>${a.body}</p></article></body></html>`;

type Seeded = { sources: Record<'herald' | 'times' | 'radio', string>; links: Array<{ record: string; source: string }> };

/** The notebook a script would build: sources, records, linked passages, a term and status events with evidence. */
async function seedNotebook(notebook: string): Promise<Seeded> {
  const folder = path.dirname(notebook);
  const run = async (...args: string[]) => {
    const result = await parley([...args, '--notebook', notebook, '--json']);
    if (result.status !== 0) throw new Error(`parley ${args.join(' ')} failed: ${result.stderr}`);
    return result.json;
  };
  for (const a of ARTICLES) await writeFile(path.join(folder, a.file), page(a));
  const imported = (await run('import', ...ARTICLES.map((a) => path.join(folder, a.file)))).imported as Array<{ id: string; title: string }>;
  const idOf = (i: number) => imported.find((s) => s.title === ARTICLES[i]!.title)!.id;
  const sources = { herald: idOf(0), times: idOf(1), radio: idOf(2) };
  await run('entity', 'add', 'Lisk Council', '--kind', 'organisation');
  await run('entity', 'add', 'Tomas Reyvald', '--alias', 'Reyvald');
  await run('entity', 'add', 'Fuel barges', '--kind', 'other');
  await run('proposal', 'add', PROPOSAL);
  const links: Seeded['links'] = [];
  const annotate = async (source: string, quote: string, record: string, ...rest: string[]) => {
    const kind = record === PROPOSAL ? '--proposal' : '--entity';
    links.push({ record, source });
    return (await run('annotate', source, '--quote', quote, kind, record, ...rest)).id as string;
  };
  await annotate(sources.herald, 'Lisk Council', 'Lisk Council');
  await annotate(sources.herald, 'Tomas Reyvald', 'Tomas Reyvald');
  await annotate(sources.herald, 'Reyvald has rejected', 'Tomas Reyvald');
  await annotate(sources.herald, 'fuel barges', 'Fuel barges');
  const heraldTerm = await annotate(sources.herald, 'a 48-hour pause in shelling', PROPOSAL, '--role', 'term');
  const heraldFloated = await annotate(sources.herald, 'floated the plan on Monday', PROPOSAL, '--role', 'status');
  await annotate(sources.times, 'Lisk Council', 'Lisk Council');
  await annotate(sources.times, 'Reyvald', 'Tomas Reyvald');
  const timesTerm = await annotate(sources.times, 'a 72-hour pause around the harbour', PROPOSAL, '--role', 'term');
  const timesFloated = await annotate(sources.times, 'circulated the harbour text on Monday', PROPOSAL, '--role', 'status');
  const timesTalks = await annotate(sources.times, 'while talks continue', PROPOSAL, '--role', 'status');
  await annotate(sources.radio, 'Lisk Council', 'Lisk Council');
  await annotate(sources.radio, 'Tomas Reyvald', 'Tomas Reyvald');
  const radioRejected = await annotate(sources.radio, 'rejected the harbour pause on Saturday', PROPOSAL, '--role', 'status');
  await run('proposal', 'term', PROPOSAL, '--label', 'duration', '--value', '48 hours', '--evidence', heraldTerm, '--evidence', timesTerm);
  await run('proposal', 'status', PROPOSAL, '--status', 'floated', '--date', '2031-03-03', '--evidence', heraldFloated, '--evidence', timesFloated);
  await run('proposal', 'status', PROPOSAL, '--status', 'rejected', '--date', '2031-03-08', '--actor', 'Tomas Reyvald', '--evidence', radioRejected);
  await run('proposal', 'status', PROPOSAL, '--status', 'under-negotiation', '--note', 'Talks said to continue', '--evidence', timesTalks);
  return { sources, links };
}

async function openProposal(p: Page): Promise<void> {
  await p.getByRole('tab', { name: /Proposals/ }).click();
  await p.getByTestId('proposal-item').filter({ hasText: PROPOSAL }).getByRole('button').first().click();
  await p.getByTestId('proposal-page').waitFor();
}

/** The centre pane scrolls by itself; a section is shot on its own so it is all in view. */
async function shoot(p: Page, testId: string, file: string): Promise<void> {
  const section = p.getByTestId(testId);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(SHOTS, file) });
}

describe('coverage matrix, terms across sources and the timeline chart', () => {
  let browser: Browser;
  let served: Served;
  let tab: Page;
  let seeded: Seeded;
  const problems: string[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const notebook = await tempNotebookDir('compare-analysis');
    await mkdir(path.dirname(notebook), { recursive: true });
    seeded = await seedNotebook(notebook);
    served = await serveNotebook(notebook);
    browser = await launchChromium();
    tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) problems.push(message.text());
    });
    await tab.goto(served.url);
    await tab.getByTestId('source-item').nth(2).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('counts every source’s linked passages per record, and flags the record one source alone mentions', async () => {
    await tab.getByRole('tab', { name: /Sources/ }).click();
    await tab.getByTestId('coverage-button').click();
    const dialog = tab.getByTestId('coverage-dialog');
    const matrix = dialog.getByTestId('coverage-matrix');
    await matrix.getByTestId('coverage-row').first().waitFor();
    // Each column heading's tooltip starts with its source's full title: that says which source it is.
    const tooltips = await matrix.getByTestId('coverage-source').evaluateAll((ths) => ths.map((th) => th.getAttribute('title') ?? ''));
    const sourceIds = Object.values(seeded.sources);
    const order = tooltips.map((tooltip) => sourceIds[ARTICLES.findIndex((a) => tooltip.startsWith(a.title))] ?? 'unknown');
    expect([...order].sort()).toEqual([...sourceIds].sort());

    for (const record of ['Lisk Council', 'Tomas Reyvald', 'Fuel barges', PROPOSAL]) {
      const row = matrix.getByTestId('coverage-row').filter({ has: tab.getByRole('rowheader', { name: record }) });
      const shown = (await row.getByTestId('coverage-cell').allInnerTexts()).map((t) => Number(t.trim() || '0'));
      const expected = order.map((sourceId) => seeded.links.filter((l) => l.record === record && l.source === sourceId).length);
      expect({ record, shown }).toEqual({ record, shown: expected });
    }
    const single = matrix.locator('.coverage__row--single');
    await expect.poll(() => single.getByRole('rowheader').allInnerTexts()).toEqual([expect.stringContaining('Fuel barges')]);
    expect(await single.innerText()).toContain('only 1 source');

    await dialog.getByLabel('Sort').selectOption('unique');
    await expect.poll(async () => (await matrix.getByRole('rowheader').first().innerText())).toContain('Fuel barges');
    await tab.screenshot({ path: path.join(SHOTS, 'coverage-matrix.png') });
    await tab.emulateMedia({ colorScheme: 'dark' });
    await tab.screenshot({ path: path.join(SHOTS, 'coverage-matrix-dark.png') });
    await tab.emulateMedia({ colorScheme: 'light' });
  });

  it('lists a cell’s mentions and opens the source at the one chosen', async () => {
    const dialog = tab.getByTestId('coverage-dialog');
    await dialog.getByRole('button', { name: 'Tomas Reyvald in Harbour Herald: 2 mentions' }).click();
    const mentions = dialog.getByTestId('coverage-mentions');
    await expect.poll(() => mentions.getByTestId('coverage-mention').allInnerTexts()).toEqual([expect.stringContaining('Tomas Reyvald'), expect.stringContaining('Reyvald has rejected')]);
    // Arrow keys move along the grid: sorted most unique, the record under Reyvald is the Lisk Council.
    await tab.screenshot({ path: path.join(SHOTS, 'coverage-mentions.png') });
    await tab.keyboard.press('ArrowDown');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Lisk Council in Harbour Herald: 1 mention');
    await mentions.getByRole('button', { name: /Reyvald has rejected/ }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => tab.getByTestId('reader-title').innerText()).toBe(ARTICLES[0].title);
  });

  it('sets each source’s wording of a term side by side and flags the figure that disagrees', async () => {
    await openProposal(tab);
    const table = tab.getByTestId('terms-table');
    await table.getByTestId('terms-row').first().waitFor();
    // Sources with evidence for the proposal, oldest first.
    await expect.poll(() => table.getByTestId('terms-source').allInnerTexts()).toEqual([
      expect.stringContaining('Harbour Herald'),
      expect.stringContaining('Coast Times'),
      expect.stringContaining('Ostrel Radio'),
    ]);
    const row = table.getByTestId('terms-row').filter({ hasText: 'duration' });
    const cells = row.getByTestId('terms-cell');
    expect(await cells.nth(0).innerText()).toContain('48-hour pause');
    expect(await cells.nth(1).innerText()).toContain('72-hour pause');
    expect(await cells.nth(0).getAttribute('data-differs')).toBe('true');
    expect(await cells.nth(1).getAttribute('data-differs')).toBe('true');
    expect(await cells.nth(1).textContent()).toContain('differs from another source');
    expect(await cells.nth(2).innerText()).toContain('not reported');
    expect(await cells.nth(2).getAttribute('data-differs')).toBeNull();
    const disagreement = await row.getByTestId('terms-disagreement').innerText();
    expect(disagreement).toMatch(/48 hours/);
    expect(disagreement).toMatch(/72 hours/);
    await shoot(tab, 'terms-table', 'terms-table.png');
    await tab.emulateMedia({ colorScheme: 'dark' });
    await shoot(tab, 'terms-table', 'terms-table-dark.png');
    await tab.emulateMedia({ colorScheme: 'light' });
  });

  it('draws the status events on a date axis and names who reported each first', async () => {
    const chart = tab.getByTestId('timeline-chart');
    await chart.getByTestId('timeline-svg').waitFor();
    await expect.poll(() => chart.getByTestId('timeline-marker').count()).toBe(3);
    expect(await chart.getByTestId('timeline-event').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-status')))).toEqual(['floated', 'rejected', 'under-negotiation']);
    expect(await chart.getByTestId('timeline-tick').count()).toBeGreaterThan(1);
    // Floated on the 3rd: the Herald (4th) reported it before the Times (6th).
    // SVG text has no innerText; its textContent is what is drawn.
    expect(await chart.getByTestId('timeline-first').allTextContents()).toEqual(['first: Harbour Herald', 'first: Ostrel Radio', 'first: Coast Times']);
    expect(await chart.getByTestId('timeline-report').count()).toBe(4);
    const label = (await chart.getByTestId('timeline-svg').getAttribute('aria-label')) ?? '';
    expect(label).toContain('3 status events');
    expect(label).toContain('floated first reported by Harbour Herald');
    expect(await chart.getByTestId('timeline-data').textContent()).toContain('rejected');

    // Arrow keys on the chart step to the next event; its details name the sources.
    await chart.getByTestId('timeline-svg').focus();
    await tab.keyboard.press('ArrowRight');
    const details = chart.getByTestId('timeline-details');
    await expect.poll(() => details.innerText()).toContain('Rejected');
    expect(await details.innerText()).toContain('by Tomas Reyvald');
    await tab.keyboard.press('ArrowLeft');
    await expect.poll(() => details.innerText()).toContain('Floated');
    await shoot(tab, 'timeline-chart', 'timeline.png');
    await tab.emulateMedia({ colorScheme: 'dark' });
    await shoot(tab, 'timeline-chart', 'timeline-dark.png');
    await tab.emulateMedia({ colorScheme: 'light' });

    await details.getByTestId('timeline-report-link').filter({ hasText: 'Coast Times' }).click();
    await expect.poll(() => tab.getByTestId('reader-title').innerText()).toBe(ARTICLES[1].title);
    expect(problems).toEqual([]);
  });
});
