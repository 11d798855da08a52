import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { unsupportedFile } from './extracted-document';

/** What a page's head says about it, read from the inert parse while DOMPurify walks it. */
export interface PageClues {
  title: string | null;
  /** `<meta>` name/property/itemprop (lower-cased) with its content, in document order. */
  metas: { key: string; content: string }[];
  canonical: string | null;
  /** Raw JSON-LD blocks; they are parsed as data, never run. */
  jsonLd: string[];
}

export interface SanitisedPage {
  document: Document;
  clues: PageClues;
}

/** Enough for any real page's metadata; a page stuffing megabytes in its head gets the first of them. */
const maxJsonLdBlocks = 20;
const maxJsonLdLength = 1_000_000;
const maxMetas = 500;

// Never rendered, only read: no scripts run (jsdom's default), nothing is fetched (no resource loader).
let sharedWindow: JSDOM['window'] | null = null;

/**
 * Parses and sanitises a saved page before anything else looks at it. DOMPurify parses the
 * markup into an inert document (DOMParser: no scripts, no loads) and strips scripts,
 * handlers, frames, objects and `javascript:` URLs; the head's metadata is collected by a hook
 * during that same walk, because DOMPurify removes `<meta>`, `<link>` and JSON-LD `<script>`
 * elements and nothing else may see the unsanitised tree. Readability and the text walker
 * then only ever get the clean document.
 */
export function sanitiseHtml(html: string, fileName: string): SanitisedPage {
  sharedWindow ??= new JSDOM('<!doctype html><title></title>').window;
  const purify = createDOMPurify(sharedWindow as unknown as Parameters<typeof createDOMPurify>[0]);
  const clues: PageClues = { title: null, metas: [], canonical: null, jsonLd: [] };

  purify.addHook('uponSanitizeElement', (node, data) => {
    const element = node as Element;
    switch (data.tagName) {
      case 'title':
        clues.title ??= element.textContent;
        break;
      case 'meta': {
        const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
        const content = element.getAttribute('content');
        if (key && content !== null && clues.metas.length < maxMetas) clues.metas.push({ key: key.trim().toLowerCase(), content });
        break;
      }
      case 'link':
        if (/(?:^|\s)canonical(?:\s|$)/i.test(element.getAttribute('rel') ?? '')) clues.canonical ??= element.getAttribute('href');
        break;
      case 'script':
        if (/^\s*application\/ld\+json\s*$/i.test(element.getAttribute('type') ?? '') && clues.jsonLd.length < maxJsonLdBlocks) {
          const json = element.textContent ?? '';
          if (json.length <= maxJsonLdLength) clues.jsonLd.push(json);
        }
        break;
    }
  });

  const root = purify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    RETURN_DOM: true,
    // Ink that is not article text: styles, vector art, form controls (share and subscribe buttons).
    FORBID_TAGS: ['style', 'svg', 'math', 'template', 'noscript', 'button', 'select', 'textarea', 'input', 'option'],
    // Their content is a fallback for a plugin or a control, not the article's prose.
    ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'option', 'datalist', 'object', 'embed', 'applet', 'frameset'],
  });
  // Null only when the parser itself gave up, which the shape check is there to prevent.
  const document = root?.ownerDocument;
  if (!document) throw unsupportedFile(`${fileName} could not be read as a web page.`);
  return { document, clues };
}
