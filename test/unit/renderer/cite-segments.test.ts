import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model';
import { segmentHighlights } from '../../../renderer/cite/highlightSegments';

const TEXT = 'Mediators floated a 72-hour pause.\n\nThe coastal delegation rejected it outright on Tuesday.';

function annotation(id: string, exact: string, anchoring: Annotation['anchoring'] = 'anchored'): Annotation {
  const start = TEXT.indexOf(exact);
  return {
    id, createdAt: '2024-03-03T10:00:00Z', updatedAt: '2024-03-03T10:00:00Z', rev: 1,
    sourceId: '00000000-0000-4000-8000-00000000000a', versionId: '00000000-0000-4000-8000-0000000000f1',
    anchoring, links: [], comment: '', tags: [],
    target: { quote: { exact, prefix: '', suffix: '' }, position: { start, end: start + exact.length } },
  };
}

/** Each paragraph as its runs, a highlighted run written [ids: text]. */
const shown = (text: string, annotations: Annotation[]) =>
  segmentHighlights(text, annotations).map((p) => p.segments.map((s) => (s.ids.length ? `[${s.ids.join('+')}: ${s.text}]` : s.text)).join(''));

describe('segmentHighlights', () => {
  it('shows each paragraph with its highlights marked where they are', () => {
    expect(shown(TEXT, [annotation('pause', 'a 72-hour pause'), annotation('reject', 'rejected it outright')])).toEqual([
      'Mediators floated [pause: a 72-hour pause].',
      'The coastal delegation [reject: rejected it outright] on Tuesday.',
    ]);
  });

  it('keeps both annotations readable where they overlap', () => {
    expect(shown(TEXT, [annotation('outer', 'delegation rejected it'), annotation('inner', 'rejected it outright')])).toEqual([
      'Mediators floated a 72-hour pause.',
      'The coastal [outer: delegation ][outer+inner: rejected it][inner:  outright] on Tuesday.',
    ]);
  });

  it('marks a span that runs across a paragraph break in both paragraphs', () => {
    expect(shown(TEXT, [annotation('across', 'pause.\n\nThe coastal')])).toEqual([
      'Mediators floated a 72-hour [across: pause.]',
      '[across: The coastal] delegation rejected it outright on Tuesday.',
    ]);
  });

  it('leaves out an orphaned annotation, whose span is no longer in this text', () => {
    expect(shown(TEXT, [annotation('lost', 'a 72-hour pause', 'orphaned')])).toEqual(['Mediators floated a 72-hour pause.', 'The coastal delegation rejected it outright on Tuesday.']);
  });

  it('keeps the offsets of each run in the source text, so a highlight maps back to its span', () => {
    const [, second] = segmentHighlights(TEXT, [annotation('reject', 'rejected it outright')]);
    const run = second?.segments.find((s) => s.ids.length);
    expect(run && TEXT.slice(run.start, run.start + run.text.length)).toBe('rejected it outright');
  });
});
