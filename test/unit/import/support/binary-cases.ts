import { expect } from 'vitest';
import { makeDocx } from '../../../fixtures/import/make/docx';
import { makePdf } from '../../../fixtures/import/make/pdf';
import { deflatedEntry, deflatedZeros, makeZip } from '../../../fixtures/import/make/zip';
import { textAndHtmlCorpus, type HostileFile } from './hostile-corpus';

const lines = (texts: string[]) => texts.map((text, i) => ({ x: 72, y: 700 - i * 16, text }));

/** PDF and Word cases: real files made by the test generators, some of them broken on purpose. */
function binaryCorpus(): HostileFile[] {
  return [
    {
      name: 'statement.pdf',
      what: 'a PDF with a text layer',
      bytes: () => makePdf({ pages: [{ runs: lines(['Joint statement on the eastern corridor', '', 'The parties agreed to a 48-hour pause.']) }] }),
      expect: { kind: 'imported', check: (t) => expect(t).toContain('The parties agreed to a 48-hour pause.') },
    },
    {
      name: 'scan.pdf',
      what: 'a PDF without a text layer',
      bytes: () => makePdf({ pages: [{ rectangles: [[72, 500, 300, 200]] }] }),
      expect: { kind: 'refused', message: /no text layer/i },
    },
    {
      name: 'truncated.pdf',
      what: 'a PDF cut off halfway',
      bytes: () => {
        const whole = makePdf({ pages: [{ runs: lines(['Joint statement', 'The parties agreed.']) }] });
        return whole.subarray(0, Math.floor(whole.length / 2));
      },
      expect: { kind: 'refused', message: /PDF|damaged|cannot|could not/i },
    },
    {
      name: 'locked.pdf',
      what: 'an encrypted PDF',
      bytes: () => makePdf({ pages: [{ runs: lines(['Secret annex']) }], encrypted: true }),
      expect: { kind: 'refused', message: /password|encrypt|protected|PDF/i },
    },
    {
      name: 'memo.docx',
      what: 'a Word document',
      bytes: () => makeDocx([{ text: 'Mediators propose a pause', style: 'Heading1' }, { text: 'The pause would last 48 hours.' }]),
      expect: { kind: 'imported', check: (t) => expect(t).toBe('Mediators propose a pause\n\nThe pause would last 48 hours.') },
    },
    {
      name: 'bomb.docx',
      what: 'a DOCX zip bomb (300 MB of zeros as word/document.xml)',
      bytes: async () => {
        const zeros = await deflatedZeros(300 * 1024 * 1024);
        return makeZip([
          deflatedEntry('[Content_Types].xml', '<Types/>'),
          { name: 'word/document.xml', stored: zeros.stored, method: 8, crc: zeros.crc, declaredSize: 300 * 1024 * 1024 },
        ]);
      },
      expect: { kind: 'refused', message: /zip bomb|too large|unpacks/i },
    },
    {
      name: 'lying-bomb.docx',
      what: 'a zip bomb whose headers understate the size',
      bytes: async () => {
        const zeros = await deflatedZeros(400 * 1024 * 1024);
        return makeZip([
          deflatedEntry('[Content_Types].xml', '<Types/>'),
          { name: 'word/document.xml', stored: zeros.stored, method: 8, crc: zeros.crc, declaredSize: 1000 },
        ]);
      },
      expect: { kind: 'refused', message: /zip bomb|too large|unpacks|damaged|size/i },
    },
    {
      name: 'empty-zip.docx',
      what: 'a zip without word/document.xml',
      bytes: () => makeZip([deflatedEntry('readme.txt', 'nothing here')]),
      expect: { kind: 'refused', message: /not a Word document|document\.xml/i },
    },
  ];
}

export function hostileCorpus(): HostileFile[] {
  return [...textAndHtmlCorpus(), ...binaryCorpus()];
}
