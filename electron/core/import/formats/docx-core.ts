import { JSDOM } from 'jsdom';
import { authorNames, cleanField, FileHints, meaningfulTitle, publishedDateOf } from './file-hints';

const dc = 'http://purl.org/dc/elements/1.1/';
const dcterms = 'http://purl.org/dc/terms/';

/**
 * Word fills core properties from the account that made the file and its template: the
 * creator is often a secretary or "Admin", the created date is when the file was first
 * saved, and the title is often Word's placeholder. Low confidences, for confirmation.
 */
const trust = { title: 0.45, authors: 0.4, created: 0.25, language: 0.4 };

export function hintsOfCoreProperties(coreXml: string | null): FileHints['list'] {
  const hints = new FileHints();
  if (!coreXml) return hints.list;
  let document: Document;
  try {
    // An XML parser without DTD entity expansion (jsdom's), so no billion-laughs either.
    document = new JSDOM(coreXml, { contentType: 'application/xml' }).window.document;
  } catch {
    return hints.list;
  }
  const text = (namespace: string, name: string) => document.getElementsByTagNameNS(namespace, name)[0]?.textContent ?? null;
  hints.add('title', meaningfulTitle(cleanField(text(dc, 'title'))), trust.title, 'docx-core');
  const authors = authorNames(text(dc, 'creator'));
  if (authors.length > 0) hints.add('authors', authors, trust.authors, 'docx-core');
  hints.add('publishedAt', publishedDateOf(text(dcterms, 'created')), trust.created, 'docx-core');
  hints.add('language', cleanField(text(dc, 'language'), 35), trust.language, 'docx-core');
  return hints.list;
}
