import { expect } from 'vitest';
import type { ErrorCode } from '../../../../shared/contract';
import type { Source } from '../../../../shared/model';

export interface HostileFile {
  name: string;
  what: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  expect:
    | { kind: 'refused'; message: RegExp; code?: ErrorCode }
    | { kind: 'imported'; check: (text: string, source: Source) => void };
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const refused = (message: RegExp, code?: ErrorCode) => ({ kind: 'refused' as const, message, code });
const imported = (check: (text: string, source: Source) => void) => ({ kind: 'imported' as const, check });

const ARTICLE = 'Mediators met in Port Selen on Tuesday.\n\nBoth delegations agreed to meet again on Thursday.';

function page(body: string, head = '<title>Harbour talks</title>'): Uint8Array {
  return utf8(`<!doctype html><html><head>${head}</head><body><article><h1>Harbour talks resume</h1>${body}<p>${'Negotiators for the Valdorian government and the Northern Coalition met again on Tuesday in the harbour city. '.repeat(4)}</p></article></body></html>`);
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** Deterministic pseudo-random bytes: the same "binary" file every run. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

/** The files QUALITY.md names, and the tricks a hostile or broken file tends to play. */
export function textAndHtmlCorpus(): HostileFile[] {
  return [
    { name: 'binary.txt', what: 'random bytes named .txt', bytes: () => noise(4096), expect: refused(/not (a )?text|binary|UTF-8/i) },
    { name: 'image.txt', what: 'a PNG named .txt', bytes: () => Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), noise(512)]), expect: refused(/not (a )?text|binary|UTF-8/i) },
    { name: 'program.txt', what: 'a Windows executable named .txt', bytes: () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64), noise(512)]), expect: refused(/not (a )?text|binary|UTF-8/i) },
    { name: 'empty.txt', what: 'an empty file', bytes: () => new Uint8Array(), expect: refused(/empty/i) },
    { name: 'blank.txt', what: 'only white space and blank lines', bytes: () => utf8(' \n\n\t \r\n  \n'), expect: refused(/empty/i) },
    { name: 'huge.txt', what: 'a 50 MB text file', bytes: () => Buffer.alloc(50 * 1024 * 1024, 'Talks resumed. '), expect: refused(/50 MB.*up to 30 MB/) },
    { name: 'latin1.txt', what: 'Latin-1 text (invalid UTF-8)', bytes: () => Buffer.from('Caf\xe9 talks in S\xe3o Paulo', 'latin1'), expect: refused(/UTF-8/) },
    { name: 'nul.txt', what: 'text with NUL bytes', bytes: () => utf8('Talks\0resumed\0on Tuesday'), expect: refused(/NUL|binary|not (a )?text/i) },
    { name: 'utf16le.txt', what: 'UTF-16 LE with BOM', bytes: () => utf16('Ceasefire talks\n\nThe pause would last 48 hours.', 'le'), expect: imported((t) => expect(t).toBe('Ceasefire talks\n\nThe pause would last 48 hours.')) },
    { name: 'utf16be.txt', what: 'UTF-16 BE with BOM', bytes: () => utf16('Ceasefire talks\n\nThe pause would last 48 hours.', 'be'), expect: imported((t) => expect(t).toBe('Ceasefire talks\n\nThe pause would last 48 hours.')) },
    { name: 'bom.txt', what: 'UTF-8 with BOM', bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(ARTICLE)]), expect: imported((t) => expect(t).toBe(ARTICLE)) },
    { name: 'crlf.txt', what: 'CRLF line endings', bytes: () => utf8(ARTICLE.replace(/\n/g, '\r\n')), expect: imported((t) => expect(t).toBe(ARTICLE)) },
    { name: 'old-mac.txt', what: 'bare CR line endings', bytes: () => utf8(ARTICLE.replace(/\n/g, '\r')), expect: imported((t) => expect(t).toBe(ARTICLE)) },
    {
      name: 'arabic.txt',
      what: 'right-to-left Arabic text',
      bytes: () => utf8('استؤنفت المحادثات في الميناء\n\nقال الوسطاء إن الهدنة ستستمر ثمانيًا وأربعين ساعة، وإن القوافل ستعبر الممر الشرقي.'),
      expect: imported((t, s) => {
        expect(t).toContain('الهدنة');
        expect(s.direction).toBe('rtl');
      }),
    },
    {
      name: 'mixed-direction.txt',
      what: 'a paragraph mixing Hebrew and English',
      bytes: () => utf8('Talks in Port Selen\n\nThe delegation said שלום עכשיו before leaving for the airport on Tuesday evening.'),
      expect: imported((t) => expect(t).toContain('שלום עכשיו before')),
    },
    {
      name: 'emoji.txt',
      what: 'emoji, astral characters and combining marks (decomposed)',
      bytes: () => utf8('Cafe\u0301 diplomacy 🕊️🇺🇳 in Sa\u0303o Tome\u0301\n\nThe 𝒯 delegation arrived.'),
      expect: imported((t) => expect(t).toBe('Caf\u00e9 diplomacy 🕊️🇺🇳 in S\u00e3o Tom\u00e9\n\nThe 𝒯 delegation arrived.')),
    },
    {
      name: 'one-line.txt',
      what: 'one 5 MB line',
      bytes: () => utf8('Talks resumed in Port Selen on Tuesday and continued. '.repeat(100_000).trim()),
      expect: imported((t) => {
        expect(t.length).toBeGreaterThan(5_000_000);
        expect(t).not.toContain('\n');
      }),
    },
    {
      name: 'script-in-markdown.md',
      what: 'Markdown containing a script tag, kept as inert text',
      bytes: () => utf8('# Talks resume\n\nThe statement read <script>alert(1)</script> in full.'),
      expect: imported((t, s) => {
        expect(s.title).toBe('Talks resume');
        expect(t).toContain('<script>alert(1)</script>');
      }),
    },
    { name: '../../etc/passwd.txt', what: 'a file name that tries to climb folders', bytes: () => utf8(ARTICLE), expect: imported((_, s) => expect(s.fileName).toBe('passwd.txt')) },
    { name: 'notes.xyz', what: 'an unknown extension', bytes: () => utf8(ARTICLE), expect: refused(/\.xyz|cannot import/i) },
    { name: 'no-extension', what: 'no extension at all', bytes: () => utf8(ARTICLE), expect: refused(/extension|cannot import/i) },
    {
      name: 'scripts.html',
      what: 'HTML with inline and external scripts',
      bytes: () => page('<script>alert("owned")</script><script src="http://evil.example/x.js"></script><p>The pause would last 48 hours.</p>'),
      expect: imported((t) => {
        expect(t).toContain('The pause would last 48 hours.');
        expect(t).not.toContain('owned');
      }),
    },
    {
      name: 'iframes.html',
      what: 'HTML with iframes, objects and embeds',
      bytes: () => page('<iframe src="http://evil.example/"></iframe><object data="x.swf"></object><embed src="y.swf"><p>Convoys would use the eastern corridor.</p>'),
      expect: imported((t) => expect(t).toContain('Convoys would use the eastern corridor.')),
    },
    {
      name: 'handlers.html',
      what: 'HTML with event handlers',
      bytes: () => page('<img src=x onerror="alert(1)"><p onclick="alert(2)" onmouseover="alert(3)">Monitors would be neutral.</p><svg onload="alert(4)"></svg>'),
      expect: imported((t) => expect(t).toContain('Monitors would be neutral.')),
    },
    {
      name: 'javascript-urls.html',
      what: 'HTML with javascript: URLs',
      bytes: () => page('<p>Read <a href="javascript:alert(1)">the statement</a> and <a href="JaVaScRiPt:alert(2)">the annex</a>.</p><form action="javascript:alert(3)"><button formaction="javascript:alert(4)">Go</button></form>'),
      expect: imported((t) => expect(t).toContain('the statement')),
    },
    {
      name: 'styles.html',
      what: 'HTML with style tricks and data: URLs',
      bytes: () => page('<style>body{background:url(javascript:alert(1))}</style><p style="behavior:url(x.htc)">Both sides agreed.</p><img src="data:text/html,<script>alert(1)</script>">'),
      expect: imported((t) => expect(t).toContain('Both sides agreed.')),
    },
    {
      name: 'empty-page.html',
      what: 'a page with only scripts and no text',
      bytes: () => utf8('<html><head><script>var a = 1;</script></head><body><script>alert(1)</script></body></html>'),
      expect: refused(/no (article )?text|empty/i),
    },
    {
      name: 'deep.html',
      what: 'ten thousand nested elements (no article is built like that)',
      bytes: () => utf8(`<html><body>${'<div>'.repeat(10_000)}<p>Deep inside, the talks went on.</p>${'</div>'.repeat(10_000)}</body></html>`),
      expect: refused(/nested more than \d+ elements deep/),
    },
    {
      name: 'utf16.html',
      what: 'an HTML page in UTF-16 with BOM',
      bytes: () => utf16('<html><body><article><h1>Talks</h1><p>The pause would last 48 hours, officials said on Tuesday in the harbour city of Port Selen.</p></article></body></html>', 'le'),
      expect: imported((t) => expect(t).toContain('The pause would last 48 hours')),
    },
    { name: 'fake.pdf', what: 'an HTML page named .pdf', bytes: () => page('<p>Not a PDF.</p>'), expect: refused(/not a PDF/i) },
    { name: 'fake.docx', what: 'plain text named .docx', bytes: () => utf8(ARTICLE), expect: refused(/not a Word|not a .*docx|zip/i) },
  ];
}

/** Filled in with PDF and DOCX cases by `hostileCorpus`; see ./binary-cases. */
export { hostileCorpus } from './binary-cases';
