import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateChromium } from '../../electron/core/export/pdf';
import { SHOTS } from './support/app';
import { launchChromium } from './support/browser';
import { parley } from './support/cli';
import { REPO_ROOT, tempNotebookDir } from './support/serve';

const ARTICLE = path.join(REPO_ROOT, 'test/fixtures/articles/harbour-talks.txt');

/** PDF needs a Chromium to print with and pdftotext to read the result; without them those steps are skipped, saying why. */
function pdfSkipReason(): string | null {
  try {
    locateChromium();
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return null;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'unavailable' ? error.message : 'pdftotext (poppler-utils) is not installed.';
  }
}
const noPdf = pdfSkipReason();
if (noPdf) console.warn(`PDF steps of the export CLI tests skipped: ${noPdf}`);

async function pdfWords(file: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

/** A notebook with the harbour article, a person and a proposal, and two annotated spans that overlap. */
async function annotatedArticle() {
  const notebook = await tempNotebookDir('export-cli');
  const at = ['--notebook', notebook, '--json'];
  const sourceId = (await parley(['import', ARTICLE, ...at])).json.imported[0].id as string;
  expect((await parley(['entity', 'add', 'Daniel Ferreira', '--kind', 'person', ...at])).status).toBe(0);
  expect((await parley(['proposal', 'add', 'Tessalian proposal: 48-hour pause', ...at])).status).toBe(0);
  const term = await parley(['annotate', sourceId, '--quote', 'pause fighting for 48 hours', '--proposal', 'Tessalian proposal: 48-hour pause', '--role', 'term', '--comment', 'Duration as first reported.', ...at]);
  expect(term.status).toBe(0);
  expect((await parley(['annotate', sourceId, '--quote', '48 hours and allow aid convoys', '--comment', 'Aid tied to the pause.', ...at])).status).toBe(0);
  expect((await parley(['annotate', sourceId, '--quote', 'Daniel Ferreira', '--entity', 'Daniel Ferreira', ...at])).status).toBe(0);
  return { notebook, sourceId, termId: term.json.id as string, folder: path.dirname(notebook) };
}

let article: Awaited<ReturnType<typeof annotatedArticle>>;
let briefId: string;

beforeAll(async () => {
  article = await annotatedArticle();
  const brief = await parley(['brief', 'new', 'Harbour pause', '--cite', article.termId, '--notebook', article.notebook, '--json']);
  briefId = brief.json.id;
});

describe('parley export source', () => {
  it('writes Markdown to standard output: highlights in bold, each note a footnote, the records linked', async () => {
    const { notebook, sourceId } = article;
    const markdown = await parley(['export', 'source', sourceId, '--format', 'md', '--out', '-', '--notebook', notebook]);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain('would **pause fighting for 48 hours[^1] and allow aid convoys**[^2] through the eastern corridor');
    expect(markdown.stdout).toContain('[^1]: “pause fighting for 48 hours” — Linked to Tessalian proposal: 48-hour pause (proposal, term). Duration as first reported.');
    expect(markdown.stdout).toContain('- Daniel Ferreira — person — note 3');
  });

  it('writes HTML that a browser shows with the highlights, each marker leading to its note', async () => {
    const { notebook, sourceId, folder } = article;
    const htmlFile = path.join(folder, 'harbour.html');
    const html = await parley(['export', 'source', sourceId, '--format', 'html', '--out', htmlFile, '--notebook', notebook, '--json']);
    expect(html.json).toEqual({ file: htmlFile, format: 'html', mediaType: 'text/html; charset=utf-8' });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
      await page.goto(pathToFileURL(htmlFile).href);
      expect(await page.locator('article mark').allTextContents()).toEqual(['pause fighting for ', '48 hours', ' and allow aid convoys', 'Daniel Ferreira']);
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'export-source-html.png'), fullPage: true });
      await page.locator('article sup a', { hasText: '2' }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#fn-2');
      await page.locator('#fn-2 a.backref').click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#ref-2');
    } finally {
      await browser.close();
    }
  });

  it('writes a Word document whose notes are footnotes', async () => {
    const { notebook, sourceId, folder } = article;
    const docxFile = path.join(folder, 'harbour.docx');
    expect((await parley(['export', 'source', sourceId, '--format', 'docx', '--out', docxFile, '--notebook', notebook])).stdout).toBe(`wrote docx to ${docxFile}\n`);
    const { value } = await mammoth.convertToHtml({ buffer: await readFile(docxFile) });
    expect(value).toMatch(/<li id="footnote-2"><p><em>“48 hours and allow aid convoys”<\/em> — Aid tied to the pause\./);
  });

  it.skipIf(noPdf)('writes a PDF with the highlighted words and the notes', async () => {
    const { notebook, sourceId, folder } = article;
    const pdfFile = path.join(folder, 'harbour.pdf');
    expect((await parley(['export', 'source', sourceId, '--format', 'pdf', '--out', pdfFile, '--notebook', notebook])).status).toBe(0);
    const words = await pdfWords(pdfFile);
    expect(words).toContain('would pause fighting for 48 hours');
    expect(words).toContain('Duration as first reported.');
    expect(words).toContain('Records linked');
  });

  it('refuses a format it does not know, naming the ones it does', async () => {
    const run = await parley(['export', 'source', article.sourceId, '--format', 'rtf', '--out', '-', '--notebook', article.notebook]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("argument 'rtf' is invalid. Allowed choices are md, html, docx, pdf.");
  });
});

describe('parley export brief --format pdf', () => {
  it.skipIf(noPdf)('prints the brief to PDF with its quotes and footnotes', async () => {
    const pdfFile = path.join(article.folder, 'brief.pdf');
    const run = await parley(['export', 'brief', briefId, '--format', 'pdf', '--out', pdfFile, '--notebook', article.notebook, '--json']);
    expect(run.json).toEqual({ file: pdfFile, format: 'pdf', mediaType: 'application/pdf' });
    const words = await pdfWords(pdfFile);
    expect(words).toContain('Harbour pause');
    expect(words).toContain('“pause fighting for 48 hours” — Mediators float 48-hour pause as harbour talks resume in Valdoria');
  });

  it('says how to get a browser, and fails, when the Chromium it is pointed at is not there', async () => {
    const out = path.join(article.folder, 'never.pdf');
    const run = await parley(['export', 'brief', briefId, '--format', 'pdf', '--out', out, '--notebook', article.notebook, '--json'], {
      env: { PARLEY_CHROMIUM: '/nowhere/chromium' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('parley: PDF export looked for Chromium at /nowhere/chromium (from PARLEY_CHROMIUM), but there is no file there. Correct PARLEY_CHROMIUM or unset it.\n');
    expect(run.json.error.code).toBe('unavailable');
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });
});
