export { annotateSource, type AnnotatedSource, type AnnotationNote, type LinkedRecord, type SourceExportInput, type SpanNote } from './annotated-source';
export { highlightLook, type HighlightLook } from './highlight';
export type { Line, Piece, TextParagraph } from './layout';
export { renderSourceHtml } from './html';
export { renderSourceMarkdown } from './markdown';
export * from './wording';
