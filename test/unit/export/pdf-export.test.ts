import { execFile, execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { locateChromium, printPdfWithChromium } from '../../../electron/core/export/pdf';
import { renderBriefHtml } from '../../../shared/brief';
import { briefDocument, context } from '../brief/fixture';
import { call, must, newNotebook } from '../core/support/notebook';
import { tempFolder } from '../core/support/temp';
import { annotatedNotebook } from './annotated-notebook';

/*
 * PDF is checked as a person would: printed by the real Chromium, read back by pdftotext.
 * Without either on this machine the printing tests are skipped, and say why.
 */
function skipReason(): string | null {
  try {
    locateChromium();
  } catch (error) {
    return (error as Error).message;
  }
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    return 'pdftotext (poppler-utils) is not installed, so a PDF cannot be read back.';
  }
  return null;
}
const skip = skipReason();
if (skip) console.warn(`PDF export tests skipped: ${skip}`);

/** The PDF's words, with pdftotext's line breaks and spacing flattened. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const file = join(await tempFolder(), 'export.pdf');
  await writeFile(file, bytes);
  const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

const TEXT = [
  'Talks resume',
  'Mediators offered a 48-hour pause and said hostages released first would open the corridor.',
  'The Coalition rejected outright any deal without monitors.',
].join('\n\n');

/** A brief with headings, a list, emphasis, three citations and two record chips, in a real notebook. */
async function notebookWithBrief() {
  const notebook = await newNotebook();
  const outcome = await must(notebook, 'sources.importText', { text: TEXT, title: 'Talks resume' });
  if (outcome.status !== 'imported') throw new Error('duplicate');
  const sourceId = outcome.source.id;
  const cite = async (quote: string) => {
    const start = TEXT.indexOf(quote);
    const a = await must(notebook, 'annotations.create', { sourceId, start, end: start + quote.length });
    return { type: 'citation', version: 1, annotationId: a.id, sourceId, quote };
  };
  const entity = await must(notebook, 'entities.create', { name: 'Northern Coalition', kind: 'organisation' });
  const proposal = await must(notebook, 'proposals.create', { title: 'Tessalian proposal: 48-hour pause' });
  const text = (t: string, format = 0) => ({ type: 'text', text: t, format, version: 1 });
  const chip = (kind: 'entity' | 'proposal', recordId: string, label: string) => ({ type: 'record-mention', version: 1, kind, recordId, label });
  const content = {
    root: {
      type: 'root',
      children: [
        { type: 'heading', tag: 'h1', children: [text('Where the talks stand')] },
        { type: 'paragraph', children: [text('The '), text('mediators', 1), text(' offered '), await cite('a 48-hour pause'), text(' under the '), chip('proposal', proposal.id, 'Pause')] },
        { type: 'heading', tag: 'h2', children: [text('Open questions')] },
        {
          type: 'list',
          listType: 'bullet',
          children: [
            { type: 'listitem', children: [text('Sequencing', 2), text(': '), await cite('hostages released first')] },
            { type: 'listitem', children: [chip('entity', entity.id, 'Coalition'), text(' '), await cite('rejected outright')] },
          ],
        },
      ],
    },
  };
  const brief = await must(notebook, 'briefs.create', { title: 'Harbour talks: where they stand' });
  await must(notebook, 'briefs.update', { id: brief.id, fields: { content } });
  return { notebook, briefId: brief.id };
}

describe('PDF export', () => {
  it.skipIf(skip)('prints a brief with headings, a list, emphasis, three citations and two record chips; the PDF has the quotes', async () => {
    const { notebook, briefId } = await notebookWithBrief();
    const exported = await must(notebook, 'briefs.export', { id: briefId, format: 'pdf' });
    expect(exported.fileName).toBe('harbour-talks-where-they-stand.pdf');
    expect(exported.mediaType).toBe('application/pdf');
    const bytes = Buffer.from(exported.dataBase64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const words = await pdfText(bytes);
    for (const quote of ['“a 48-hour pause”', '“hostages released first”', '“rejected outright”']) expect(words).toContain(quote);
    expect(words).toContain('Where the talks stand');
    expect(words).toContain('Tessalian proposal: 48-hour pause');
    expect(words).toContain('Northern Coalition');
    expect(words).toContain('Sources');
  });

  it.skipIf(skip)('prints the brief fixture’s HTML export as it is, footnotes and records included', async () => {
    const words = await pdfText(await printPdfWithChromium(renderBriefHtml(briefDocument, context)));
    expect(words).toContain('Ceasefire <brief> & notes');
    expect(words).toContain('“a 48-hour pause” — Talks resume, Daily Wire, 3 March 2024.');
    expect(words).toContain('Current Name');
  });

  it.skipIf(skip)('prints an annotated source with its highlighted words, notes, orphan and records', async () => {
    const { notebook, sourceId } = await annotatedNotebook();
    const exported = await must(notebook, 'sources.export', { id: sourceId, format: 'pdf' });
    expect(exported.fileName).toBe('harbour-talks-resume-annotated.pdf');
    const words = await pdfText(Buffer.from(exported.dataBase64, 'base64'));
    expect(words).toContain('said the pause could be accepted');
    expect(words).toContain('“the pause could be accepted” — Linked to Tessalian proposal: 48-hour pause (proposal, status). Conditional yes.');
    expect(words).toContain('Annotations that no longer match the text');
    expect(words).toContain('Records linked');
  });

  describe('a page that tries to reach out', () => {
    const servers: Array<() => void> = [];
    afterEach(() => servers.splice(0).forEach((close) => close()));

    it.skipIf(skip)('is printed without fetching anything and without running its scripts', async () => {
      let requests = 0;
      const server = createServer((_req, res) => {
        requests += 1;
        res.end('body { color: red }');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(() => server.close());
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const html = `<!doctype html><html><head><link rel="stylesheet" href="${origin}/style.css"></head><body><p>Printed words</p><img src="${origin}/pixel.png"><iframe src="${origin}/frame"></iframe><script>document.body.append(' script ran')</script></body></html>`;
      const words = await pdfText(await printPdfWithChromium(html));
      expect(words).toContain('Printed words');
      expect(words).not.toContain('script ran');
      expect(requests).toBe(0);
    });
  });

  it('says how to get a browser when the one named is not there', async () => {
    const saved = process.env.PARLEY_CHROMIUM;
    process.env.PARLEY_CHROMIUM = '/nowhere/chromium';
    try {
      const { notebook, briefId } = await notebookWithBrief();
      const result = await call(notebook, 'briefs.export', { id: briefId, format: 'pdf' });
      expect(result).toEqual({
        ok: false,
        error: { code: 'unavailable', message: expect.stringContaining('/nowhere/chromium (from PARLEY_CHROMIUM), but there is no file there') },
      });
    } finally {
      if (saved === undefined) delete process.env.PARLEY_CHROMIUM;
      else process.env.PARLEY_CHROMIUM = saved;
    }
  });
});
