export * from './document';
export { renderBriefMarkdown } from './markdown';
export { checkCitations, type CitationHealth } from './citationHealth';
export { formatPublished } from '../model/publishedDate';
export { renderBriefHtml } from './html';
export * from './build';
export { draftDocument, draftTitle, type DraftContext, type DraftRecord } from './draft';
