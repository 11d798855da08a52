import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../electron/core/import/formats';
import { htmlLimits } from '../../../../electron/core/import/formats/html-shape';
import { fixture, hintsFrom, refusal, utf8 } from './support';

/** A local server standing in for the outside world: a hostile page must never reach it. */
let probe: Server;
let probeHost = '';
const requests: string[] = [];

beforeAll(async () => {
  probe = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.end('alert("fetched")');
  });
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  probeHost = `127.0.0.1:${(probe.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => probe.close(() => resolve())));

const hostilePage = async () => utf8(Buffer.from(await fixture('hostile.html')).toString('utf8').replaceAll('{{PROBE}}', probeHost));

describe('extractDocument: hostile HTML', () => {
  it('keeps the prose and nothing of scripts, frames, objects, forms, handlers or javascript: URLs', async () => {
    const { text, hints } = await extractDocument('monitors.html', await hostilePage());
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain(
      'Monitors posted along the Teral ridge reported no shelling between midnight and dawn, the first quiet night since the truce was agreed.',
    );
    expect(paragraphs).toContain(
      'The monitoring mission’s deputy head, Anneli Roos, said patrols would continue on both sides of the ridge through the weekend.',
    );
    expect(paragraphs).toContain('The next review of the truce is due on Monday.');
    for (const bad of [
      'INJECTED', 'parleyPwned', 'alert', 'javascript:', 'onerror', 'STYLE TEXT', 'IFRAME FALLBACK', 'OBJECT FALLBACK', 'SVG TEXT',
      'MATH TEXT', 'FORM VALUE', 'SUBMIT BUTTON', 'NOSCRIPT TEXT', 'TEMPLATE TEXT', probeHost, '<',
    ]) {
      expect(text).not.toContain(bad);
    }
    // The canonical link was javascript:, so there is no URL hint at all.
    expect(hints.some((h) => h.field === 'url')).toBe(false);
    expect(hintsFrom(hints, 'html-title')).toEqual({ title: 'Ceasefire monitors report quiet night' });
  });

  it('runs no script and fetches nothing', async () => {
    await extractDocument('monitors.html', await hostilePage());
    // Give any stray load a moment to arrive before declaring there was none.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((globalThis as { parleyPwned?: unknown }).parleyPwned).toBeUndefined();
    expect(requests).toEqual([]);
  });

  it('refuses markup nested a hundred thousand levels deep, quickly', async () => {
    const started = Date.now();
    const deep = utf8(`<p>Intro.</p>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}`);
    await expect(extractDocument('deep.html', deep)).rejects.toThrow(refusal('deep.html', /nested more than 500/));
    const unclosed = utf8(`<p>Intro.</p>${'<b><i>'.repeat(50_000)}`);
    await expect(extractDocument('unclosed.html', unclosed)).rejects.toThrow(refusal('unclosed.html', /nested/));
    // Stray end tags cannot talk the depth down.
    const stray = utf8(`<p>Intro.</p>${'<span></b>'.repeat(10_000)}`);
    await expect(extractDocument('stray.html', stray)).rejects.toThrow(refusal('stray.html', /nested/));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reads ordinary deep-ish pages and unclosed paragraphs and list items', async () => {
    const nested = `${'<div>'.repeat(200)}<p>Deep but fine.</p>${'</div>'.repeat(200)}`;
    const sloppy = `${'<p>Unclosed paragraph.'.repeat(1_000)}<ul>${'<li>item'.repeat(1_000)}</ul>`;
    await expect(extractDocument('nested.html', utf8(nested))).resolves.toMatchObject({ text: 'Deep but fine.' });
    const { text } = await extractDocument('sloppy.html', utf8(sloppy));
    expect(text.split('\n\n').filter((p) => p === 'Unclosed paragraph.')).toHaveLength(1_000);
  });

  it('does not count markup inside comments or scripts as nesting', async () => {
    const page = `<!-- ${'<div>'.repeat(5_000)} --><script>var t = "${'<div>'.repeat(5_000)}";</script><p>Talks resume.</p>`;
    await expect(extractDocument('comments.html', utf8(page))).resolves.toMatchObject({ text: 'Talks resume.' });
  });

  it('refuses a 50 MB page at once instead of parsing it for a minute', async () => {
    const paragraph = `<p>${'The delegations met again and said little. '.repeat(20)}</p>\n`;
    const big = utf8(`<html><body>${paragraph.repeat(Math.ceil(50_000_000 / paragraph.length))}</body></html>`);
    const started = Date.now();
    await expect(extractDocument('huge.html', big)).rejects.toThrow(refusal('huge.html', /too large to be one article \(50 MB/));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reads a page too big for Readability from its body, leaving out nav, aside, header and footer', { timeout: 30_000 }, async () => {
    const card = '<div class="card"><p>Convoy <a href="/c">update</a> from the northern quay.</p></div>';
    const page = `<body><header>Site masthead</header><nav><a href="/">Home</a></nav><main>${card.repeat(4_000)}</main><aside>Most read</aside><footer>© Ledger</footer></body>`;
    const started = Date.now();
    const { text } = await extractDocument('liveblog.html', utf8(page));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(text.split('\n\n')).toHaveLength(4_000);
    expect(text.startsWith('Convoy update from the northern quay.')).toBe(true);
    for (const furniture of ['Site masthead', 'Home', 'Most read', '© Ledger']) expect(text).not.toContain(furniture);
  });

  it('refuses a page of hundreds of thousands of empty elements', async () => {
    const page = utf8(`<p>Talks.</p>${'<i></i>'.repeat(htmlLimits.maxElements + 1)}`);
    await expect(extractDocument('confetti.html', page)).rejects.toThrow(refusal('confetti.html', /more than 300,000 elements/));
  });

  it('sets embedded images aside, so a page saved as a single 30 MB file still imports', async () => {
    const image = `data:image/png;base64,${'iVBORw0KGgo'.repeat(2_700_000)}`;
    const page = `<html><body><article><p>The quay reopened on Sunday.</p><img src="${image}"><p>Convoys waited at the gate.</p></article></body></html>`;
    const { text } = await extractDocument('single-file.html', utf8(page));
    expect(text).toBe('The quay reopened on Sunday.\n\nConvoys waited at the gate.');
  });

  it('reads a 5 MB single line of text', { timeout: 60_000 }, async () => {
    const line = 'ceasefire '.repeat(500_000).trim();
    const { text } = await extractDocument('one-line.html', utf8(`<p>${line}</p>`));
    expect(text).toBe(line);
  });

  it('refuses binary bytes and invalid UTF-8 dressed as .html', async () => {
    await expect(extractDocument('png.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).rejects.toThrow(
      refusal('png.html', /binary|not valid/),
    );
    await expect(extractDocument('latin.html', new Uint8Array(Buffer.from('<p>Caf\xe9</p>', 'latin1')))).rejects.toThrow(refusal('latin.html', /not valid UTF-8/));
  });
});
