import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../electron/core/import/formats';
import { fixture, hintsFrom, refusal, utf8 } from './support';

describe('extractDocument: HTML articles', () => {
  it('keeps the article and drops the outlet’s navigation, share bar, related links and footer', async () => {
    const { format, text } = await extractDocument('harbour.html', await fixture('article-page.html'));
    expect(format).toBe('html');
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^PORT SALIVEN — Negotiators for the Coastal Alliance/);
    expect(paragraphs).toContain('“Nobody in that room wants to be the one who walks out first,” said Dalia Renner, a former harbour pilot who now advises the alliance.');
    // List items and headings are paragraphs of their own; a caption too.
    expect(paragraphs).toContain('What is on the table');
    expect(paragraphs).toContain('Forty detainees released by each side, in two groups.');
    expect(paragraphs).toContain('The old customs house in Port Saliven, where the delegations have met since Tuesday.');
    // <br> is a line break inside its paragraph.
    expect(text).toContain('“stay as long as the other side stays”.\nTalks are expected to resume on Saturday morning.');
    for (const furniture of ['Podcasts', 'Search the Ledger', 'Share on social', 'Copy link', 'Related stories', 'Who is Oren Hale?', 'All rights reserved', 'Privacy', 'dataLayer']) {
      expect(text).not.toContain(furniture);
    }
    expect(text).not.toMatch(/[<>]/);
  });

  it('reads JSON-LD inside @graph, resolving authors and publisher by @id', async () => {
    const { hints } = await extractDocument('harbour.html', await fixture('article-page.html'));
    expect(hintsFrom(hints, 'json-ld')).toEqual({
      title: 'Harbour talks edge towards a 72-hour pause',
      // The outlet's own calendar day, not the UTC one (21:45 at -05:00 is already the 15th in UTC).
      publishedAt: { precision: 'day', date: '2025-03-14' },
      authors: ['Ines Carvalho', 'Tomás Wierzba'],
      outlet: 'The Meridian Ledger',
      url: 'https://meridian-ledger.example/world/harbour-talks-pause',
      language: 'en-GB',
    });
    expect(hintsFrom(hints, 'html-link')).toEqual({ url: 'https://meridian-ledger.example/world/harbour-talks-pause' });
    expect(hintsFrom(hints, 'html-lang')).toEqual({ language: 'en-GB' });
    // The <title> loses the outlet's suffix once og:site_name says what it is.
    expect(hintsFrom(hints, 'html-title')).toEqual({ title: 'Harbour talks edge towards a 72-hour pause' });
  });

  it('trusts JSON-LD over Open Graph over plain meta over <title>', async () => {
    const { hints } = await extractDocument('harbour.html', await fixture('article-page.html'));
    const confidence = (field: string, from: string) => hints.find((h) => h.field === field && h.from === from)?.confidence ?? 0;
    expect(confidence('title', 'json-ld')).toBeGreaterThan(confidence('title', 'html-meta'));
    expect(confidence('title', 'html-meta')).toBeGreaterThan(confidence('title', 'html-title'));
    expect(confidence('authors', 'json-ld')).toBeGreaterThan(confidence('authors', 'html-meta'));
    for (const hint of hints) expect(hint.confidence).toBeGreaterThan(0);
  });

  it('reads a page that has only Open Graph and meta tags, keeping month precision and dropping a relative canonical', async () => {
    const { text, hints } = await extractDocument('drovna.htm', await fixture('meta-only.html'));
    expect(text.split('\n\n')).toEqual([
      'Mediators in Drovna proposed on Tuesday that the two sides exchange prisoners in three stages, beginning with the sick and the elderly, according to a draft seen by Northgate Wire.',
      'The proposal, the fourth in as many weeks, asks both delegations to publish lists of the people they hold before the first stage begins.',
      'Neither delegation has answered in public.',
    ]);
    expect(hintsFrom(hints, 'html-meta')).toEqual({
      title: 'Drovna mediators float prisoner swap',
      outlet: 'Northgate Wire',
      publishedAt: { precision: 'month', date: '2025-02' },
      authors: ['Keiko Amsel', 'Rafael Duarte'],
      url: 'http://northgate-wire.example/2025/02/drovna-swap',
      language: 'en-US',
    });
    expect(hints.some((h) => h.from === 'html-link')).toBe(false);
    expect(hintsFrom(hints, 'html-title')).toEqual({ title: 'Drovna mediators float prisoner swap' });
  });

  it('reads a right-to-left Arabic page with its language and direction', async () => {
    const { text, hints } = await extractDocument('saliven.html', await fixture('arabic-rtl.html'));
    expect(text).toContain('اجتمع الوسطاء مساء الخميس مع وفدي الطرفين في مبنى الجمارك القديم');
    expect(text).toContain('ولم يصدر أي تعليق رسمي من الوفدين حتى صباح الجمعة.');
    expect(hintsFrom(hints, 'html-lang')).toEqual({ language: 'ar' });
    expect(hintsFrom(hints, 'html-dir')).toEqual({ direction: 'rtl' });
    expect(hintsFrom(hints, 'html-meta')).toEqual({ outlet: 'صحيفة الساحل' });
  });

  it('falls back to the body text when there is no article to find', async () => {
    const { text } = await extractDocument('note.html', utf8('<p>Talks resume Monday.</p><div>Venue: <b>the customs house</b></div>'));
    expect(text).toBe('Talks resume Monday.\n\nVenue: the customs house');
  });

  it('keeps <pre> lines and no-break spaces as written', async () => {
    const { text } = await extractDocument('terms.html', utf8('<body><p>Clause\u00a04 reads:</p><pre>  Stage 1: sick and elderly\n  Stage 2: the rest</pre></body>'));
    expect(text).toBe('Clause\u00a04 reads:\n\n  Stage 1: sick and elderly\n  Stage 2: the rest');
  });

  it('ignores JSON-LD that is not JSON, not an article, or names a non-web URL', async () => {
    const page = `<html><head>
      <script type="application/ld+json">{ this is not json </script>
      <script type="application/ld+json">{"@type":"Recipe","name":"Harbour stew"}</script>
      <script type="application/ld+json">[{"@type":"ReportageNewsArticle","headline":"Quay reopens","url":"javascript:alert(1)","author":"Mira Solt","datePublished":"2025-13-40"}]</script>
      </head><body><p>The quay reopened for six hours on Sunday.</p></body></html>`;
    const { hints } = await extractDocument('quay.html', utf8(page));
    expect(hintsFrom(hints, 'json-ld')).toEqual({ title: 'Quay reopens', authors: ['Mira Solt'] });
  });

  it('reads UTF-16 pages announced by a byte order mark', async () => {
    const html = '<html lang="de"><body><p>Gespräche über eine Feuerpause – „bald“.</p></body></html>';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(html, 'utf16le')]);
    const { text, hints } = await extractDocument('de.html', bytes);
    expect(text).toBe('Gespräche über eine Feuerpause – „bald“.');
    expect(hintsFrom(hints, 'html-lang')).toEqual({ language: 'de' });
  });

  it('reads a page declaring a legacy charset when its bytes are plain ASCII, and refuses it otherwise', async () => {
    const page = (body: string) => `<html><head><meta charset="windows-1252"></head><body><p>${body}</p></body></html>`;
    await expect(extractDocument('ascii.html', utf8(page('Talks resume on Monday.')))).resolves.toMatchObject({ text: 'Talks resume on Monday.' });
    const latin = new Uint8Array(Buffer.from(page('Caf\xe9 talks'), 'latin1'));
    await expect(extractDocument('cp1252.html', latin)).rejects.toThrow(refusal('cp1252.html', /windows-1252/));
    // Even as valid UTF-8 the declaration contradicts the bytes; Parley does not pick a side.
    await expect(extractDocument('mixed.html', utf8(page('Café talks')))).rejects.toThrow(refusal('mixed.html', /windows-1252/));
    const iso2022 = utf8('<meta charset="iso-2022-jp"><p>\x1b$B$3$s\x1b(B</p>');
    await expect(extractDocument('jp.html', iso2022)).rejects.toThrow(refusal('jp.html', /iso-2022-jp/));
  });

  it('honours a UTF-8 declaration, and reads a utf-16 one as the UTF-8 it must be', async () => {
    await expect(extractDocument('a.html', utf8('<meta charset=UTF-8><p>Café talks</p>'))).resolves.toMatchObject({ text: 'Café talks' });
    await expect(extractDocument('b.html', utf8('<meta charset="utf-16"><p>Café talks</p>'))).resolves.toMatchObject({ text: 'Café talks' });
  });

  it('refuses a page with no text, naming it', async () => {
    await expect(extractDocument('blank.html', utf8('<html><head><title>Blank</title></head><body><img src="x.png"><script>var a = "text";</script></body></html>'))).rejects.toThrow(
      refusal('blank.html', /has no article text/),
    );
  });
});
