import { BRIEF_HTML_STYLE } from '../brief/htmlStyle';

/**
 * The brief export's page style plus highlights coloured as in the reader: a tint per
 * record kind with an underline per kind (both lines when a span links both), amber for a
 * span that links nothing, deeper where spans overlap. Backgrounds are forced on paper,
 * since a highlight that does not print is no highlight.
 */
export const SOURCE_HTML_STYLE = `${BRIEF_HTML_STYLE}
.byline, .summary { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; font-size: 0.9rem; color: #555; margin: 0.25em 0; }
.summary { margin: 1em 0 2em; font-style: italic; }
.legend { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; font-size: 0.8rem; color: #555; }
.legend mark { margin-left: 0.4em; }
mark {
  color: inherit; border-radius: 2px;
  --tint: rgb(200 160 40 / 0.22); --line-a: rgb(170 130 20 / 0.8); --line-b: transparent;
  background-color: transparent;
  background-image: linear-gradient(var(--line-a), var(--line-a)), linear-gradient(var(--line-b), var(--line-b)), linear-gradient(var(--tint), var(--tint));
  background-size: 100% 2px, 100% 2px, 100% 100%;
  background-position: 0 100%, 0 calc(100% - 3px), 0 0;
  background-repeat: no-repeat;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
mark.entity { --tint: rgb(43 111 92 / 0.16); --line-a: #2b6f5c; }
mark.proposal { --tint: rgb(122 75 148 / 0.16); --line-a: #7a4b94; }
mark.entity.proposal { --tint: rgb(90 90 130 / 0.18); --line-a: #2b6f5c; --line-b: #7a4b94; }
mark.depth-2 { --tint: rgb(60 90 140 / 0.28); }
mark.depth-3 { --tint: rgb(60 90 140 / 0.4); }
.footnotes h2, .orphans h2, .records h2 { font-size: 1.1rem; }
.footnotes li, .orphans li { margin-bottom: 0.5em; }
.note-comment { white-space: pre-line; }
.note-links, .note-tags { color: #444; }
.orphans { margin-top: 2.5rem; border-top: 1px solid #ddd; font-size: 0.9rem; }
.orphans .quote { color: #555; }
`;
