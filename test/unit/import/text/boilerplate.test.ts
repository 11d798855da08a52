import { describe, expect, it } from 'vitest';
import { detectBoilerplate } from '../../../../shared/import';
import { BoilerplateSpan } from '../../../../shared/model';
import { article } from './fixture';

function detect(text: string): BoilerplateSpan[] {
  const spans = detectBoilerplate(text);
  let previousEnd = -1;
  for (const span of spans) {
    expect(BoilerplateSpan.parse(span)).toEqual(span);
    expect(text.slice(span.start, span.end)).toBe(span.text);
    // Whole lines: a span starts at a line start and ends at a line end.
    expect(span.start === 0 || text[span.start - 1] === '\n').toBe(true);
    expect(span.end === text.length || text[span.end] === '\n').toBe(true);
    // In order and never overlapping.
    expect(span.start).toBeGreaterThan(previousEnd);
    previousEnd = span.end;
  }
  return spans;
}

describe('detectBoilerplate', () => {
  it('finds every piece of furniture in a cluttered page, with its reason', () => {
    const spans = detect(article('furniture.txt')).map(({ text, reason }) => [reason, text]);
    expect(spans).toEqual([
      ['navigation', 'Skip to content\nHome > World > Middle East'],
      ['share-prompt', 'Share this article\nShare on Facebook\nTweet\nCopy link'],
      ['advertisement', 'Advertisement'],
      ['caption', 'Delegates arrive at the harbour talks on Tuesday. (Photo: Li Wen / Harbour Gazette)'],
      ['photo-credit', 'Photo: Li Wen / Harbour Gazette'],
      ['photo-credit', '(Photo by Tomas Reyes/Valdoria Press Agency)'],
      ['caption', 'Image caption Coalition delegates leave the talks venue in Port Selen.'],
      ['photo-credit', 'Credit: Li Wen/Harbour Gazette'],
      ['navigation', 'Read more'],
      ['related-links', 'Related articles\nCoalition rejects withdrawal clause\nTessaly offers to host a fourth round'],
      ['related-links', 'Read more: Inside the draft'],
      ['newsletter', 'Sign up for our newsletter'],
      ['share-prompt', 'Follow us on Twitter and Facebook'],
      ['comments', 'Comments (12)\nLeave a comment'],
      ['advertisement', 'Sponsored'],
      ['author-bio', 'About the author\nMira Okonjo is a reporter for the Harbour Gazette covering the Valdoria talks.'],
      ['navigation', 'Previous Post\nNext Post'],
      ['navigation', 'Back to top'],
      ['copyright', '© 2024 Harbour Gazette'],
    ]);
  });

  it('leaves the headline, byline, date and every paragraph of the story', () => {
    const text = article('furniture.txt');
    const flagged = detect(text).map((s) => s.text).join('\n');
    for (const kept of [
      'Harbour talks: mediators float 48-hour pause',
      'By Mira Okonjo',
      'March 3, 2024',
      'PORT SELEN — Negotiators',
      'The proposal would pause fighting',
      'A government official said',
      'Talks are expected to continue on Thursday.',
    ]) {
      expect(flagged).not.toContain(kept);
    }
  });

  it('flags only the furniture line of a paragraph that also holds the story', () => {
    const text = article('furniture.txt');
    const readMore = detect(text).find((s) => s.text === 'Read more');
    expect(readMore).toBeDefined();
    expect(text.slice(0, readMore?.start)).toMatch(/Talks are expected to continue on Thursday\.\n$/);
  });

  it('flags nothing in a clean article full of traps', () => {
    expect(detect(article('clean-traps.txt'))).toEqual([]);
  });

  it.each([
    ['dateline-agency.txt'],
    ['leading-date.txt'],
    ['byline-three.txt'],
    ['byline-role.txt'],
    ['arabic.txt'],
    ['same-talks-other.txt'],
  ])('flags nothing in %s', (file) => {
    expect(detect(article(file))).toEqual([]);
  });

  it('flags closing credits and bios', () => {
    expect(detect(article('reporting-credit.txt')).map((s) => s.reason)).toEqual(['author-bio']);
    expect(detect(article('reporter-bio.txt'))).toEqual([
      expect.objectContaining({ reason: 'author-bio', text: 'Tomas Reyes is a diplomatic correspondent for the Harbour Gazette based in Port Selen.' }),
    ]);
    expect(detect(article('copyright.txt')).map((s) => [s.reason, s.text])).toEqual([
      ['copyright', 'Copyright 2024 The Valdoria Times. All rights reserved.'],
    ]);
  });

  it('does not flag a bio-like sentence that opens the story', () => {
    const text = 'Mira Okonjo is a reporter for the Harbour Gazette.\n\nShe was detained on Monday.\n\nHer editors called for her release.';
    expect(detect(text)).toEqual([]);
  });

  it('takes the linked headlines under a related heading that stands alone', () => {
    const text = 'Story paragraph one.\n\nRelated stories\n\nCoalition rejects withdrawal clause\nTessaly offers to host a fourth round\n\nLast paragraph of the page.';
    expect(detect(text).map((s) => [s.reason, s.text])).toEqual([
      ['related-links', 'Related stories'],
      ['related-links', 'Coalition rejects withdrawal clause\nTessaly offers to host a fourth round'],
    ]);
  });

  it('does not take prose under a related heading', () => {
    const text = 'Story paragraph one.\n\nRelated\n\nThe coalition rejected the clause on Tuesday, officials said.';
    expect(detect(text).map((s) => s.text)).toEqual(['Related']);
  });

  it.each([
    ['Next article: Talks stall in Port Selen', 'navigation'],
    ['News › Politics › Valdoria', 'navigation'],
    ['Home > World', 'navigation'],
    ['Continue reading', 'navigation'],
    ['Related: Coalition rejects withdrawal clause', 'related-links'],
    ['You may also like', 'related-links'],
    ['Share', 'share-prompt'],
    ['Share on WhatsApp', 'share-prompt'],
    ['Facebook Twitter Email', 'share-prompt'],
    ['Copy link to clipboard', 'share-prompt'],
    ['Follow Harbour Gazette on Instagram', 'share-prompt'],
    ['Subscribe to the Morning Briefing newsletter', 'newsletter'],
    ['Sign up for email alerts', 'newsletter'],
    ['12 comments', 'comments'],
    ['Join the conversation', 'comments'],
    ['ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Photograph: Li Wen/Harbour Gazette', 'photo-credit'],
    ['Photo by Tomas Reyes/VPA', 'photo-credit'],
    ['Image caption: Delegates in Port Selen', 'caption'],
    ['All rights reserved.', 'copyright'],
  ])('flags %j as %s', (line, reason) => {
    const text = `Story paragraph one.\n\n${line}\n\nStory paragraph two.`;
    expect(detect(text)).toEqual([{ start: 22, end: 22 + line.length, text: line, reason }]);
  });

  it.each([
    'Share prices rose three per cent.',
    'Next week the delegations meet again.',
    'Home affairs minister Inés Varga spoke.',
    'Photo opportunities were few.',
    'Comments by the envoy were welcomed.',
    'Sign up for the monitoring mission closes on Friday, the mediators said in an email to embassies.',
    'Read more carefully, the draft says little.',
    'Follow-up talks are planned.',
    'Advertisement of the truce was delayed.',
    'The road runs Port Selen > Aldra > the valleys, officials said.',
    'Printed copies of the draft were handed out.',
    'Email traffic between the delegations rose sharply before the vote, one diplomat said.',
  ])('does not flag %j', (line) => {
    expect(detect(`Story paragraph one.\n\n${line}\n\nStory paragraph two.`)).toEqual([]);
  });

  it('gives nothing for an empty text', () => {
    expect(detectBoilerplate('')).toEqual([]);
  });
});
