import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../electron/core/import/formats';
import { MetadataHint } from '../../../../shared/import/hints';
import { makeDocx } from '../../../fixtures/import/make/docx';
import { makePdf } from '../../../fixtures/import/make/pdf';
import { fixture, refusal, utf8 } from './support';

describe('extractDocument: choosing the reader', () => {
  it('reads .txt and .md as text, normalised, with no hints', async () => {
    await expect(extractDocument('/home/ana/notes/talks.txt', utf8('Line one\r\n\r\n\r\nLine two  \r\n'))).resolves.toEqual({
      format: 'txt',
      text: 'Line one\n\nLine two',
      hints: [],
    });
    const md = await extractDocument('C:\\Users\\ana\\brief.MD', utf8('# Harbour talks\n\n*Draft* terms: **72 hours**.'));
    expect(md).toEqual({ format: 'md', text: '# Harbour talks\n\n*Draft* terms: **72 hours**.', hints: [] });
  });

  it('reads UTF-16 text with a BOM and keeps emoji, combining marks and no-break spaces', async () => {
    const text = 'Pause\u00a0agreed 🕊️ — Ngô\u0323 said (e\u0301)';
    const bytes = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect((await extractDocument('u16.txt', bytes)).text).toBe(text.normalize('NFC'));
  });

  it('refuses unknown extensions, listing what Parley reads', async () => {
    for (const name of ['slides.pptx', 'scan.jpg', 'README']) {
      await expect(extractDocument(name, utf8('x'))).rejects.toThrow(refusal(name, /\.txt, \.md, \.html, \.htm, \.pdf and \.docx/));
    }
  });

  it('refuses empty files and files that are only blank lines', async () => {
    for (const name of ['empty.txt', 'empty.html', 'empty.pdf', 'empty.docx']) {
      await expect(extractDocument(name, new Uint8Array(0))).rejects.toThrow(refusal(name, /is empty/));
    }
    await expect(extractDocument('blank.md', utf8('\n \r\n\t\n'))).rejects.toThrow(refusal('blank.md', /is empty/));
  });

  it('refuses NUL bytes and invalid UTF-8 in text files', async () => {
    await expect(extractDocument('bin.txt', new Uint8Array([0x48, 0x00, 0x69]))).rejects.toThrow(refusal('bin.txt', /binary/));
    await expect(extractDocument('bad.txt', new Uint8Array([0x61, 0xc3, 0x28]))).rejects.toThrow(refusal('bad.txt', /not valid UTF-8/));
  });

  it('checks the bytes agree with the extension', async () => {
    const pdf = makePdf({ pages: [{ runs: [{ x: 72, y: 700, text: 'Talks resume.' }] }] });
    const docx = await makeDocx([{ text: 'Talks resume.' }]);
    await expect(extractDocument('really-a-pdf.docx', pdf)).rejects.toThrow(refusal('really-a-pdf.docx', /is not a Word document/));
    await expect(extractDocument('really-a-docx.pdf', docx)).rejects.toThrow(refusal('really-a-docx.pdf', /is not a PDF file/));
    await expect(extractDocument('really-a-pdf.html', pdf)).rejects.toThrow(refusal('really-a-pdf.html', /./));
  });

  it('reads a 50 MB text file and a 5 MB single line', { timeout: 60_000 }, async () => {
    const paragraph = `${'The delegations met again on Tuesday and said little. '.repeat(20).trim()}\n\n`;
    const big = utf8(paragraph.repeat(Math.ceil(50_000_000 / paragraph.length)));
    const { text } = await extractDocument('big.txt', big);
    expect(text.length).toBeGreaterThan(49_000_000);
    const line = 'ceasefire '.repeat(500_000).trim();
    expect((await extractDocument('line.txt', utf8(line))).text).toBe(line);
  });

  it('produces only hints the shared schema accepts, for every fixture', async () => {
    for (const name of ['article-page.html', 'meta-only.html', 'arabic-rtl.html']) {
      const { hints } = await extractDocument(name, await fixture(name));
      for (const hint of hints) expect(MetadataHint.parse(hint)).toEqual(hint);
    }
  });
});
