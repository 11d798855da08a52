import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../electron/core/import/formats';
import { zipLimits } from '../../../../electron/core/import/formats/zip-guard';
import { makeDocx } from '../../../fixtures/import/make/docx';
import { deflatedEntry, deflatedZeros, makeZip, type RawZipEntry } from '../../../fixtures/import/make/zip';
import { hintsFrom, refusal, utf8 } from './support';

const article = [
  { text: 'Grain corridor talks move to Ostrava Bay', style: 'Heading1' },
  { text: 'OSTRAVA BAY — Delegations from the Coastal Alliance and the Vardan government arrived on Wednesday for a fourth round on the grain corridor.' },
  { text: 'What each side wants', style: 'Heading2' },
  { text: 'Escorted convoys through the northern quay.', style: 'ListParagraph' },
  { text: 'A register of detainees, published before any exchange.', style: 'ListParagraph' },
  { text: '“We will not sign a calendar,” said Oren Hale.\nThe mediators said they would try again on Thursday.' },
];

/** A minimal Word package around a document.xml part, as raw entries the bomb tests can falsify. */
const packageParts = (): RawZipEntry[] => [
  deflatedEntry('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  deflatedEntry('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
];

describe('extractDocument: DOCX', () => {
  it('makes each heading, paragraph and list item a paragraph', async () => {
    const { format, text } = await extractDocument('corridor.docx', await makeDocx(article));
    expect(format).toBe('docx');
    expect(text).toBe(
      [
        'Grain corridor talks move to Ostrava Bay',
        'OSTRAVA BAY — Delegations from the Coastal Alliance and the Vardan government arrived on Wednesday for a fourth round on the grain corridor.',
        'What each side wants',
        'Escorted convoys through the northern quay.',
        'A register of detainees, published before any exchange.',
        '“We will not sign a calendar,” said Oren Hale.\nThe mediators said they would try again on Thursday.',
      ].join('\n\n'),
    );
  });

  it('offers the core properties as low-confidence hints', async () => {
    const docx = await makeDocx(article, { title: 'Grain corridor talks', creator: 'Keiko Amsel; Rafael Duarte', created: '2025-04-02T07:12:00Z', language: 'en-GB' });
    const { hints } = await extractDocument('corridor.docx', docx);
    expect(hintsFrom(hints, 'docx-core')).toEqual({
      title: 'Grain corridor talks',
      authors: ['Keiko Amsel', 'Rafael Duarte'],
      publishedAt: { precision: 'day', date: '2025-04-02' },
      language: 'en-GB',
    });
    for (const hint of hints) expect(hint.confidence).toBeLessThan(0.5);
  });

  it('skips Word’s placeholder title and empty properties', async () => {
    const { hints } = await extractDocument('t.docx', await makeDocx(article, { title: 'Title', creator: '  ' }));
    expect(hints).toEqual([]);
    expect((await extractDocument('none.docx', await makeDocx(article))).hints).toEqual([]);
  });

  it('refuses an empty document', async () => {
    await expect(extractDocument('empty.docx', await makeDocx([{ text: '' }]))).rejects.toThrow(refusal('empty.docx', /no text/));
  });

  it('refuses files that are not Word documents', async () => {
    await expect(extractDocument('notes.docx', utf8('plain text with the wrong name'))).rejects.toThrow(refusal('notes.docx', /is not a Word document/));
    await expect(extractDocument('other.docx', makeZip([...packageParts(), deflatedEntry('content.xml', '<office/>')]))).rejects.toThrow(
      refusal('other.docx', /is not a Word document \(it has no word\/document\.xml\)/),
    );
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    await expect(extractDocument('old.docx', ole)).rejects.toThrow(refusal('old.docx', /old-style \.doc file or a password-protected/));
    const cut = (await makeDocx(article)).subarray(0, 200);
    await expect(extractDocument('cut.docx', cut)).rejects.toThrow(refusal('cut.docx', /is not a Word document/));
  });

  it('refuses a zip bomb whose document.xml honestly declares 300 MB of zeros', { timeout: 60_000 }, async () => {
    const zeros = await deflatedZeros(300_000_000);
    const bomb = makeZip([...packageParts(), { name: 'word/document.xml', method: 8, ...zeros, declaredSize: 300_000_000 }]);
    expect(bomb.length).toBeLessThan(1_000_000);
    await expect(extractDocument('bomb.docx', bomb)).rejects.toThrow(refusal('bomb.docx', /looks like a zip bomb/));
  });

  it('refuses a zip bomb that lies about its size, while inflating it', { timeout: 60_000 }, async () => {
    const zeros = await deflatedZeros(300_000_000);
    // The headers claim 20 kB; the data inflates to 300 MB. Only unpacking (and counting) shows it.
    const liar = makeZip([...packageParts(), { name: 'word/document.xml', method: 8, ...zeros, declaredSize: 20_000 }]);
    const started = Date.now();
    await expect(extractDocument('liar.docx', liar)).rejects.toThrow(refusal('liar.docx', /looks like a zip bomb \(word\/document\.xml is larger than it declares\)/));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses an entry that inflates absurdly even when the total is allowed', async () => {
    const zeros = await deflatedZeros(20_000_000);
    const dense = makeZip([...packageParts(), { name: 'word/document.xml', method: 8, ...zeros, declaredSize: 20_000_000 }]);
    await expect(extractDocument('dense.docx', dense)).rejects.toThrow(refusal('dense.docx', /looks like a zip bomb \(word\/document\.xml inflates \d+ times\)/));
  });

  it('refuses an archive with thousands of entries', async () => {
    const empty = { stored: new Uint8Array(0), method: 0 as const, crc: 0, declaredSize: 0 };
    const entries = Array.from({ length: zipLimits.maxEntries + 1 }, (_, i) => ({ name: `word/media/part${i}.xml`, ...empty }));
    const crowd = makeZip([...packageParts(), deflatedEntry('word/document.xml', '<w:document/>'), ...entries]);
    await expect(extractDocument('crowd.docx', crowd)).rejects.toThrow(refusal('crowd.docx', /looks like a zip bomb \(2004 entries\)/));
  });
});
