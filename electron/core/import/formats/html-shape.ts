import { unsupportedFile } from './extracted-document';

/**
 * Limits that keep one hostile page from stalling an import. jsdom parses at roughly 2 MB of
 * markup a second and slows down sharply with nesting depth (over 10,000 levels it takes
 * minutes, then overflows the stack), so the markup is measured before it is parsed. A
 * saved news article is a few megabytes and a few dozen levels deep.
 */
export const htmlLimits = {
  /** Markup left once embedded images and fonts (data: URLs) are set aside. */
  maxBytes: 15_000_000,
  /** Counted open elements, not counting those HTML closes implicitly (p, li, td…). */
  maxDepth: 500,
  maxElements: 300_000,
};

const voidElements = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'image', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Closed by the next one of their kind, so they never stack up on their own. */
const impliedEnd = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'rb', 'rt', 'rp', 'rtc']);
/** Elements whose content is text, not markup, to the parser. */
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/**
 * Embedded images, fonts and media as `data:` URLs in attributes are replaced by an empty
 * value: they are never text, and a page saved as a single file can be 90% of them.
 */
export function dropEmbeddedData(html: string): string {
  return html.replace(/(=\s*)(["'])\s*data:[^"']*\2/gi, '$1$2$2');
}

/**
 * Refuses markup too large or too deeply nested to parse safely. The depth counted is an
 * upper bound of what the parser builds (stray end tags never lower it), so the check cannot
 * be talked around; the price is refusing the odd page that leaves hundreds of tags open.
 * Linear: one pass, each open element popped at most once.
 */
export function checkHtmlShape(html: string, fileName: string): void {
  if (html.length > htmlLimits.maxBytes) {
    const mb = Math.round(html.length / 1_000_000);
    throw unsupportedFile(
      `${fileName} is too large to be one article (${mb} MB of markup); Parley reads saved pages up to ${htmlLimits.maxBytes / 1_000_000} MB.`,
    );
  }
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let elements = 0;
  const tag = /<(!--|\/?)([a-zA-Z][^\s/>]*)?/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[1] === '!--') {
      const end = html.indexOf('-->', tag.lastIndex);
      if (end < 0) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = match[2]?.toLowerCase();
    if (!name) continue;
    if (match[1] === '/') {
      if (!openCount.get(name)) continue;
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        openCount.set(top, (openCount.get(top) ?? 1) - 1);
        if (top === name) break;
      }
      continue;
    }
    if (++elements > htmlLimits.maxElements) {
      throw unsupportedFile(`${fileName} has more than ${htmlLimits.maxElements.toLocaleString('en')} elements; it is too large to be one article.`);
    }
    if (rawText.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = tag.lastIndex;
      if (!close.exec(html)) break;
      tag.lastIndex = close.lastIndex;
      continue;
    }
    if (voidElements.has(name) || impliedEnd.has(name)) continue;
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (open.length > htmlLimits.maxDepth) {
      throw unsupportedFile(`${fileName} is nested more than ${htmlLimits.maxDepth} elements deep; it does not look like an article page.`);
    }
  }
}
