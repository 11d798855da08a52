import { Readability } from '@mozilla/readability';
import { normaliseText } from '../../../../shared/text/normalise';
import { unsupportedFile, type ExtractedDocument } from './extracted-document';
import { decodeHtmlFile } from './html-charset';
import { hintsOfPage } from './html-hints';
import { sanitiseHtml } from './html-sanitise';
import { checkHtmlShape, dropEmbeddedData } from './html-shape';
import { nestingDepthOf, plainTextOf } from './html-text';

/**
 * Readability over jsdom is slow on big pages (about 1 s per 1,000 elements in a card
 * layout, more than linearly) and on deep ones (10 s at 500 levels), and it blocks while it
 * works. Past these sizes the body text, minus its nav/aside/header/footer, is used instead;
 * a real article page is 1,000–4,000 elements and 20–40 levels deep.
 */
const readabilityLimits = { maxElements: 6_000, maxDepth: 120 };

/**
 * A saved web page to its article text. Order matters for safety: the markup is measured,
 * then DOMPurify parses and cleans it into an inert document (no script runs, nothing is
 * fetched), and only that clean document reaches Readability and the text walker. No HTML
 * leaves this function, only text.
 */
export function extractHtml(fileName: string, bytes: Uint8Array): ExtractedDocument {
  const html = dropEmbeddedData(decodeHtmlFile(bytes, fileName));
  checkHtmlShape(html, fileName);
  const { document, clues } = sanitiseHtml(html, fileName);
  const root = document.documentElement;
  const pageDir = root.getAttribute('dir') ?? document.body?.getAttribute('dir') ?? null;
  const body = document.body ?? root;
  // Read before Readability, which rearranges the document it is given.
  const bodyText = normaliseText(plainTextOf(body, { skipFurniture: true })) || normaliseText(plainTextOf(body));
  const readable = nestingDepthOf(body) <= readabilityLimits.maxDepth;
  const article = readable ? readArticle(document) : null;
  const text = article?.text || bodyText;
  if (!text) throw unsupportedFile(`${fileName} has no article text: the page is empty once its markup and scripts are set aside.`);
  return {
    format: 'html',
    text,
    hints: hintsOfPage({ clues, lang: root.getAttribute('lang'), dir: pageDir ?? article?.dir ?? null, byline: article?.byline ?? null }),
  };
}

interface Article {
  text: string;
  dir: string | null;
  byline: string | null;
}

/** The main article as Readability sees it (navigation, share bars, footers dropped), or null. */
function readArticle(document: Document): Article | null {
  try {
    const found = new Readability<Node>(document, {
      maxElemsToParse: readabilityLimits.maxElements,
      // Scripts (JSON-LD included) were removed by the sanitiser; the hints read JSON-LD themselves.
      disableJSONLD: true,
      serializer: (node) => node,
    }).parse();
    if (!found?.content) return null;
    return { text: normaliseText(plainTextOf(found.content)), dir: found.dir ?? null, byline: found.byline ?? null };
  } catch {
    // Too many elements, or a page shape Readability cannot score: the body text stands in.
    return null;
  }
}
