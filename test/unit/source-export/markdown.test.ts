import { describe, expect, it } from 'vitest';
import { annotateSource, renderSourceMarkdown } from '../../../shared/source-export';
import { annotation, articleInput, haddad, span, TEXT } from './fixture';

describe('renderSourceMarkdown', () => {
  const markdown = renderSourceMarkdown(annotateSource(articleInput()));

  it('heads the file with the title, outlet, authors, date and address', () => {
    expect(markdown.startsWith('# Ceasefire talks resume in Port Selen\n\nHarbour Gazette · By Mira Okonjo and Tomas Rell · 4 March 2031\\\n<https://gazette.example/talks?id=1&x=2>\n')).toBe(true);
  });

  it('bolds highlighted words with the footnote marker where each span ends, overlaps in one bold run', () => {
    expect(markdown).toContain('Mediators from Tessaly proposed **a 48-hour pause[^1] on Tuesday**[^2]. **Rami Haddad**[^3] said');
    expect(markdown).toContain('The Northern Coalition **rejected the pause**[^4] within hours.');
  });

  it('writes each footnote with the quote, the records linked with their roles, the comment and tags', () => {
    expect(markdown).toContain('[^1]: “a 48-hour pause” — Linked to Tessalian proposal: 48-hour pause (proposal, term). Duration first floated here. Tags: duration.\n');
    expect(markdown).toContain('[^4]: “rejected the pause” — Linked to Northern Coalition (organisation, position); Tessalian proposal: 48-hour pause (proposal, status).\n');
    // A comment's line break stays a line break, continued inside the footnote.
    expect(markdown).toContain('[^2]: “48-hour pause on Tuesday” — Check the day\\\n      against the radio report.\n');
  });

  it('lists the orphaned annotation in its own section, and every linked record once', () => {
    expect(markdown).toContain('## Annotations that no longer match the text');
    expect(markdown).toContain('- “the talks collapsed” — Linked to Rami Haddad (person, mention). Lost after an edit.');
    expect(markdown).toContain(
      '## Records linked\n\n- Tessalian proposal: 48-hour pause — proposal — notes 1, 4\n- Rami Haddad — person, chief mediator — note 3; an annotation that no longer matches the text\n- Northern Coalition — organisation — note 4\n',
    );
  });

  it('escapes the article so its own asterisks, tags, footnote-like brackets and headings stay text', () => {
    expect(markdown).toContain('said the \\*draft\\* was "fragile" \\<script\\>alert(1)\\</script\\>.\\\n\\# Not a heading \\[^9\\]');
    expect(markdown).not.toContain('[^9]:');
  });

  it('separates markers of spans ending together, so 1 and 2 never read as 12', () => {
    const input = articleInput();
    input.annotations = [annotation('Rami Haddad', { links: [haddad] }), annotation('Haddad', { at: span('Haddad') })];
    expect(renderSourceMarkdown(annotateSource(input))).toContain('**Rami Haddad**[^1],[^2] said');
  });

  it('writes a highlight that starts or ends with punctuation as <strong>, since ** beside a letter and a full stop is not bold', () => {
    const input = articleInput();
    const start = TEXT.indexOf('. Rami');
    input.annotations = [annotation('. Rami', { at: { start, end: start + 6 } }), annotation('Rami Haddad said')];
    expect(renderSourceMarkdown(annotateSource(input))).toContain('Tuesday<strong>. Rami[^1] Haddad said</strong>[^2] the');
  });

  it('does not bold a span of spaces alone, which would print bare asterisks', () => {
    const input = articleInput();
    const start = TEXT.indexOf(' said the ');
    // Whitespace-only spans are the one case where a highlight is not trimmed to its words.
    input.annotations = [annotation(' ', { at: { start, end: start + 1 } })];
    expect(renderSourceMarkdown(annotateSource(input))).toContain('Rami Haddad [^1]said');
    // Beside a highlighted name it joins the name's run, and the space still goes outside the markers.
    input.annotations = [...input.annotations, annotation('Rami Haddad')];
    expect(renderSourceMarkdown(annotateSource(input))).toContain('<strong>Rami Haddad[^1]</strong> [^2]said');
  });

  it('says so when nothing is highlighted and leaves out the empty sections', () => {
    const input = articleInput();
    input.annotations = [];
    const bare = renderSourceMarkdown(annotateSource(input));
    expect(bare).toContain('*Annotated source exported from Parley. No passages are highlighted.*');
    expect(bare).not.toMatch(/\[\^\d+\]|## Records linked|no longer match/);
  });
});
