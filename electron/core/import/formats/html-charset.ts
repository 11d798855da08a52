import { decodeTextFile } from '../decode';
import { unsupportedFile } from './extracted-document';

/** WHATWG labels of UTF-8, and of UTF-16, which a page readable as ASCII cannot really be in (the spec reads it as UTF-8). */
const utf8Labels = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);
const utf16Labels = new Set(['utf-16', 'utf-16le', 'utf-16be', 'unicode', 'unicodefffe', 'csunicode', 'iso-10646-ucs-2', 'ucs-2']);
/** Charsets that encode non-Latin text with ASCII bytes alone, so "only ASCII bytes" proves nothing. */
const sevenBitCharsets = /^(?:iso-2022-|csiso2022|utf-7|hz-gb-2312)/;

/**
 * A saved page's bytes to its source text. A byte order mark decides; otherwise a charset
 * declared in the first 1024 bytes (as browsers prescan) is honoured for UTF-8. Parley does
 * not carry legacy code pages: a page declaring one is still read when its bytes are plain
 * ASCII (identical in every such charset), and refused otherwise, because decoding it as
 * UTF-8 would store mojibake in every quote.
 */
export function decodeHtmlFile(bytes: Uint8Array, fileName: string): string {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = hasBom ? null : declaredCharset(bytes);
  if (declared && !utf8Labels.has(declared) && !utf16Labels.has(declared)) {
    if (sevenBitCharsets.test(declared) || !isAscii(bytes)) {
      throw unsupportedFile(
        `${fileName} is written in the ${declared} character set; Parley reads web pages saved as UTF-8. ` +
          'Open it in a browser, save it again as a complete web page (browsers save UTF-8), and import that.',
      );
    }
  }
  return decodeTextFile(bytes, fileName);
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.()+-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}
