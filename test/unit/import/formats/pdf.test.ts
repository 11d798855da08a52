import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../electron/core/import/formats';
import { makePdf, type PdfTextRun } from '../../../fixtures/import/make/pdf';
import { hintsFrom, refusal, utf8 } from './support';

/** Body text at 11 pt on a 13.5 pt line step; paragraphs 9 pt further apart; a headline above. */
function column(lines: (string | null)[], top = 720): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  let y = top;
  for (const line of lines) {
    if (line === null) {
      y -= 9;
      continue;
    }
    runs.push({ x: 72, y, text: line });
    y -= 13.5;
  }
  return runs;
}

const articlePdf = () =>
  makePdf({
    pages: [
      {
        runs: [
          { x: 72, y: 750, size: 20, text: 'Estuary truce holds for a second day' },
          ...column([
            'TERAL — Monitors on both banks of the estuary reported no',
            'shelling overnight, and the mediators’ office said the cease-',
            'fire would be reviewed on Monday.',
            null,
            '“We are counting quiet hours, not days,” said Anneli Roos,',
            'deputy head of the monitoring mission.',
          ]),
          // One line written as two runs placed apart, as layout programs do.
          { x: 72, y: 600, text: 'Convoys are due' },
          { x: 159, y: 600, text: 'at the northern quay on Sunday.' },
        ],
      },
      { runs: column(['Page two begins a new paragraph about the', 'detainee lists, which neither side has published.'], 740) },
    ],
    info: { Title: 'Estuary truce holds', Author: 'Ines Carvalho; Oren Hale', CreationDate: "D:20250316081500+01'00'" },
  });

describe('extractDocument: PDF', () => {
  it('joins the text layer into lines and paragraphs by position', async () => {
    const { format, text } = await extractDocument('truce.pdf', articlePdf());
    expect(format).toBe('pdf');
    expect(text.split('\n\n')).toEqual([
      'Estuary truce holds for a second day',
      'TERAL — Monitors on both banks of the estuary reported no shelling overnight, and the mediators’ office said the cease-fire would be reviewed on Monday.',
      '“We are counting quiet hours, not days,” said Anneli Roos, deputy head of the monitoring mission.',
      'Convoys are due at the northern quay on Sunday.',
      'Page two begins a new paragraph about the detainee lists, which neither side has published.',
    ]);
  });

  it('offers the Info dictionary as modest hints', async () => {
    const { hints } = await extractDocument('truce.pdf', articlePdf());
    expect(hintsFrom(hints, 'pdf-info')).toEqual({
      title: 'Estuary truce holds',
      authors: ['Ines Carvalho', 'Oren Hale'],
      publishedAt: { precision: 'day', date: '2025-03-16' },
    });
    for (const hint of hints) expect(hint.confidence).toBeLessThanOrEqual(0.5);
  });

  it('skips an Info title that is only the word processor’s file name, and reads names outside Latin-1', async () => {
    const pdf = makePdf({
      pages: [{ runs: column(['Talks resume on Monday.']) }],
      info: { Title: 'Microsoft Word - talks-draft3.docx', Author: 'Şükrü Aydın', CreationDate: 'D:2025' },
    });
    const { hints } = await extractDocument('draft.pdf', pdf);
    expect(hintsFrom(hints, 'pdf-info')).toEqual({ authors: ['Şükrü Aydın'] });
  });

  it('refuses a PDF with no text layer, saying it is probably a scan', async () => {
    const scan = makePdf({ pages: [{ rectangles: [[72, 72, 468, 648]] }, { rectangles: [[100, 100, 50, 50]] }] });
    await expect(extractDocument('scan.pdf', scan)).rejects.toThrow(
      refusal('scan.pdf', /has no text layer \(it is probably a scan\); Parley cannot read text from images\./),
    );
  });

  it('refuses a password-protected PDF', async () => {
    const locked = makePdf({ pages: [{ runs: column(['Secret.']) }], encrypted: true });
    await expect(extractDocument('locked.pdf', locked)).rejects.toThrow(refusal('locked.pdf', /protected by a password/));
  });

  it('refuses a file that is not a PDF, and a damaged one', async () => {
    await expect(extractDocument('notes.pdf', utf8('Just some notes saved with the wrong name.'))).rejects.toThrow(
      refusal('notes.pdf', /is not a PDF file/),
    );
    await expect(extractDocument('broken.pdf', utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'))).rejects.toThrow(
      refusal('broken.pdf', /damaged|could not be read/),
    );
    const truncated = articlePdf().subarray(0, 400);
    await expect(extractDocument('truncated.pdf', truncated)).rejects.toThrow(refusal('truncated.pdf', /./));
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = articlePdf();
    const copy = bytes.slice();
    await extractDocument('truce.pdf', bytes);
    expect(bytes).toEqual(copy);
  });
});
