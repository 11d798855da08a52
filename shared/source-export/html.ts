import { escapeHtml, htmlPage } from '../brief/html';
import { safeHref } from '../brief/tree';
import type { AnnotatedSource, AnnotationNote } from './annotated-source';
import { highlightLook } from './highlight';
import { SOURCE_HTML_STYLE } from './htmlStyle';
import type { Piece, TextParagraph } from './layout';
import { bylineParts, NOTES_HEADING, noteWords, RECORDS_HEADING, recordWords, summaryLine, UNPLACED_EXPLANATION, UNPLACED_HEADING } from './wording';

/**
 * An annotated source as one self-contained HTML5 file: inline CSS, no scripts, nothing
 * fetched, so it opens offline and prints (the PDF export prints it). Highlights are
 * <mark>s coloured by record kind; each span's marker links to its note and back.
 */
export function renderSourceHtml(exported: AnnotatedSource): string {
  const { source } = exported;
  const href = safeHref(source.url);
  const byline = bylineParts(source);
  const header = [
    `<h1>${escapeHtml(source.title)}</h1>`,
    byline.length > 0 ? `<p class="byline">${byline.map(escapeHtml).join(' · ')}</p>` : '',
    href ? `<p class="byline url"><a href="${escapeHtml(href)}">${escapeHtml(href)}</a></p>` : '',
    `<p class="summary">${escapeHtml(summaryLine(exported))}</p>`,
    exported.notes.length > 0 ? LEGEND : '',
  ];
  const lang = source.language ? ` lang="${escapeHtml(source.language)}"` : '';
  // A fixed direction holds for the whole article; 'auto' is decided paragraph by paragraph, as in the reader.
  const perParagraph = source.direction === 'auto' ? ' dir="auto"' : '';
  const articleDir = source.direction === 'auto' ? '' : ` dir="${source.direction}"`;
  const text = exported.paragraphs.map((paragraph) => paragraphHtml(exported, paragraph, perParagraph)).filter((html) => html !== '');
  const body = [`<header>${header.filter((line) => line !== '').join('\n')}</header>`, `<article class="source-text"${lang}${articleDir}>\n${text.join('\n')}\n</article>`];
  if (exported.notes.length > 0) {
    const items = exported.notes.map((note) => `<li id="fn-${note.number}">${noteHtml(note)} <a href="#ref-${note.number}" class="backref" aria-label="Back to highlight ${note.number}">↩</a></li>`);
    body.push(`<section class="footnotes" aria-label="${NOTES_HEADING}"><h2>${NOTES_HEADING}</h2><ol>\n${items.join('\n')}\n</ol></section>`);
  }
  if (exported.unplaced.length > 0) {
    const items = exported.unplaced.map((note) => `<li>${noteHtml(note)}</li>`);
    body.push(`<section class="orphans"><h2>${UNPLACED_HEADING}</h2><p>${escapeHtml(UNPLACED_EXPLANATION)}</p><ul>\n${items.join('\n')}\n</ul></section>`);
  }
  if (exported.records.length > 0) {
    const items = exported.records.map((record) => {
      const words = recordWords(record);
      const tail = [words.about, words.where].filter((part) => part !== '').map(escapeHtml).join(' — ');
      return `<li class="${record.kind}${record.deleted ? ' deleted' : ''}"><strong>${escapeHtml(words.name)}</strong>${tail ? ` — ${tail}` : ''}</li>`;
    });
    body.push(`<section class="records"><h2>${RECORDS_HEADING}</h2><ul>\n${items.join('\n')}\n</ul></section>`);
  }
  return htmlPage(source.title, SOURCE_HTML_STYLE, body);
}

const LEGEND =
  '<p class="legend">Highlights show the records linked:<mark class="entity">entity</mark><mark class="proposal">proposal</mark><mark class="entity proposal">both</mark><mark>none</mark>. Where passages overlap the tint is deeper.</p>';

function paragraphHtml(exported: AnnotatedSource, paragraph: TextParagraph, dir: string): string {
  const lines = paragraph.map((line) => line.map((piece) => pieceHtml(exported, piece)).join('')).filter((html) => html.trim() !== '');
  return lines.length > 0 ? `<p${dir}>${lines.join('<br>\n')}</p>` : '';
}

function pieceHtml(exported: AnnotatedSource, piece: Piece): string {
  // Several notes ending together share one superscript, commas between, so 1 and 2 never read as 12.
  const links = piece.endingHere.map((n) => `<a href="#fn-${n}" id="ref-${n}">${n}</a>`);
  const markers = links.length > 0 ? `<sup>${links.join(',')}</sup>` : '';
  const look = highlightLook(exported, piece);
  if (!look) return escapeHtml(piece.text) + markers;
  const classes = [look.entity ? 'entity' : '', look.proposal ? 'proposal' : '', look.depth > 1 ? `depth-${look.depth}` : ''].filter((c) => c !== '');
  const attributes = `${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''} data-notes="${piece.covering.join(' ')}"`;
  return `<mark${attributes}>${escapeHtml(piece.text)}</mark>${markers}`;
}

function noteHtml(note: AnnotationNote): string {
  const words = noteWords(note);
  const rest = [
    words.links ? `<span class="note-links">${escapeHtml(words.links)}</span>` : '',
    words.comment ? `<span class="note-comment">${escapeHtml(words.comment)}</span>` : '',
    words.tags ? `<span class="note-tags">${escapeHtml(words.tags)}</span>` : '',
  ].filter((part) => part !== '');
  return `<span class="quote">${escapeHtml(words.quote)}</span>${rest.length > 0 ? ` — ${rest.join(' ')}` : ''}`;
}
