/**
 * The HTML export's only styling, inlined so the file opens anywhere offline and prints
 * (it is also what the PDF export prints). Links show their address on paper because a
 * printed page cannot be clicked; back-links are hidden there for the same reason.
 */
export const BRIEF_HTML_STYLE = `
:root { color-scheme: light; }
body { max-width: 42rem; margin: 2.5rem auto; padding: 0 1.25rem; font: 17px/1.6 Georgia, "Times New Roman", serif; color: #1d1d1f; background: #fff; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 1.9rem; margin-top: 0; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 3px solid #c8c8cc; color: #444; }
a { color: #0b57d0; }
.citation { background: #f3f6fb; }
sup { line-height: 0; }
sup a { text-decoration: none; }
.footnotes, .sources, .records { margin-top: 2.5rem; border-top: 1px solid #ddd; font-size: 0.9rem; }
.footnotes a.backref { text-decoration: none; margin-left: 0.25em; }
.deleted { color: #777; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; }
  .sources a[href]::after { content: " <" attr(href) ">"; font-size: 0.9em; }
  .footnotes a.backref { display: none; }
  h1, h2, h3 { break-after: avoid; }
  blockquote, li { break-inside: avoid; }
}
`;
