import { describe, expect, it } from 'vitest';
import { renderBriefMarkdown } from '../../../shared/brief';
import { briefDocument, context } from './fixture';

describe('renderBriefMarkdown', () => {
  const md = renderBriefMarkdown(briefDocument, context);

  it('numbers one footnote per citation in order of appearance', () => {
    const refs = [...md.matchAll(/“([^”]+)”\[\^(\d+)\](?!:)/g)].map((m) => [m[1], m[2]]);
    expect(refs).toEqual([
      ['a 48-hour pause', '1'],
      ['hostages released', '2'],
      ['rejected outright', '3'],
    ]);
    expect(md).toContain('[^1]: “a 48-hour pause” — Talks resume, Daily Wire, 3 March 2024. <https://news.example/talks>');
    expect(md).toContain('[^2]: “hostages released” — Talks resume, Daily Wire, 3 March 2024.');
    expect(md).toContain('[^3]: “rejected outright” — A firm no, Evening Post, April 2024.');
  });

  it('lists each cited source once, in a Sources section', () => {
    const sources = md.slice(md.indexOf('## Sources'), md.indexOf('## Records mentioned'));
    expect(sources.match(/Talks resume/g)).toHaveLength(1);
    expect(sources.match(/A firm no/g)).toHaveLength(1);
  });

  it('names record chips by their current name, or the stored label once the record is gone', () => {
    expect(md).toContain('according to Current Name.');
    expect(md).not.toContain('Old Name');
    const appendix = md.slice(md.indexOf('## Records mentioned'));
    expect(appendix).toContain('- Current Name — person');
    expect(appendix).toContain('- Gone Person — entity (no longer in the notebook)');
  });

  it('renders headings, emphasis, nested lists, quotes, links and line breaks', () => {
    expect(md.startsWith('# Ceasefire \\<brief\\> \\& notes\n')).toBe(true);
    expect(md).toContain('## Where the talks stand');
    expect(md).toContain('### Reactions');
    expect(md).toContain('The **draft** was *leaked* and <u>signed</u>: ');
    expect(md).toContain('- First point “hostages released”[^2]\n  1. nested one\n  2. nested two\n- Second point, see [the report](<https://example.org/a?b=1>)');
    expect(md).toContain('> One line\\\n> two lines');
  });

  it('does not make a link of a javascript: URL', () => {
    expect(md).not.toContain('javascript:');
    expect(md).toContain(' bad link');
  });

  it('escapes Markdown and HTML in text', () => {
    expect(md).toContain('Escapes: a \\< b \\&\\& c \\*not bold\\* \\_nor italic\\_ #1');
  });
});
