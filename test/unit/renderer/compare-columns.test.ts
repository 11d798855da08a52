import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../shared/compare';
import type { Annotation } from '../../../shared/model';
import { segmentColumn, withoutHeadline } from '../../../renderer/compare/columnSegments';
import { describePassage, passagesOf, uniqueOf } from '../../../renderer/compare/passages';

const TITLE = 'Mediators float a harbour pause';
const TEXT = `${TITLE}\n\nMediators floated a 72-hour pause on Monday.\n\nTomas Reyvald said the coastal side would answer by Friday.`;
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

function annotation(id: string, exact: string, anchoring: Annotation['anchoring'] = 'anchored'): Annotation {
  return {
    id, createdAt: '2031-03-03T10:00:00Z', updatedAt: '2031-03-03T10:00:00Z', rev: 1,
    sourceId: 'a', versionId: 'v', anchoring, comment: '', tags: [],
    links: [{ kind: 'entity', recordId: 'reyvald', role: 'mention' }],
    target: { quote: { exact, prefix: '', suffix: '' }, position: at(exact) },
  };
}

/**
 * Each paragraph as its runs: a highlight as [ids: text], a shared passage as {ids: text},
 * a unique stretch as ‹text›; the paragraph's margin markers after a bar.
 */
const shown = (paragraphs: ReturnType<typeof segmentColumn>) =>
  paragraphs.map((p) => {
    const runs = p.segments
      .map((s) => {
        let run = s.text;
        if (s.annotationIds.length) run = `[${s.annotationIds.join('+')}: ${run}]`;
        if (s.passageIds.length) run = `{${s.passageIds.join('+')}: ${run}}`;
        return s.unique ? `‹${run}›` : run;
      })
      .join('');
    return `${runs} | ${[...p.passageIds.map((id) => `shared ${id}`), ...(p.unique ? ['unique'] : [])].join(', ')}`;
  });

describe('segmentColumn', () => {
  it('cuts each paragraph where highlights, shared passages and unique stretches begin and end', () => {
    const passages = [{ id: 3, ...at('Mediators floated a 72-hour pause') }];
    const unique = [at('Tomas Reyvald said the coastal side would answer by Friday.')];
    const column = segmentColumn(TEXT, [annotation('pause', '72-hour pause'), annotation('reyvald', 'Tomas Reyvald')], passages, unique);
    expect(shown(column)).toEqual([
      `${TITLE} | `,
      '{3: Mediators floated a }{3: [pause: 72-hour pause]} on Monday. | shared 3',
      '‹[reyvald: Tomas Reyvald]›‹ said the coastal side would answer by Friday.› | unique',
    ]);
    expect(column[1]).toMatchObject({ start: at('Mediators floated').start, end: at('on Monday.').end });
  });

  it('gives a run inside two passages both ids, so hovering it lights both partners', () => {
    const column = segmentColumn(TEXT, [], [{ id: 0, ...at('floated a 72-hour') }, { id: 1, ...at('72-hour pause') }], []);
    expect(shown(column)[1]).toBe('Mediators {0: floated a }{0+1: 72-hour}{1:  pause} on Monday. | shared 0, shared 1');
  });

  it('leaves out orphaned annotations: their span is not in this text', () => {
    const column = segmentColumn(TEXT, [annotation('lost', 'Tomas Reyvald', 'orphaned')], [], []);
    expect(shown(column)[2]).toBe('Tomas Reyvald said the coastal side would answer by Friday. | ');
  });
});

describe('withoutHeadline', () => {
  it('drops the headline the column header already shows', () => {
    const column = withoutHeadline(segmentColumn(TEXT, [], [], []), TITLE);
    expect(column.map((p) => p.segments[0]?.text.slice(0, 9))).toEqual(['Mediators', 'Tomas Rey']);
  });

  it('keeps a headline with a highlight in it, or one that differs from the title', () => {
    const highlighted = segmentColumn(TEXT, [annotation('head', 'harbour pause')], [], []);
    expect(withoutHeadline(highlighted, TITLE)).toHaveLength(3);
    expect(withoutHeadline(segmentColumn(TEXT, [], [], []), 'Another title')).toHaveLength(3);
  });

  it('drops a Markdown headline written with its "#"', () => {
    expect(withoutHeadline(segmentColumn(`# ${TITLE}\n\nBody.`, [], [], []), TITLE)).toHaveLength(1);
  });
});

describe('passagesOf', () => {
  const comparison: Pick<Comparison, 'shared' | 'unique'> = {
    shared: [
      { a: { sourceId: 'a', start: 50, end: 90 }, b: { sourceId: 'b', start: 10, end: 48 }, similarity: 0.9 },
      { a: { sourceId: 'b', start: 60, end: 80 }, b: { sourceId: 'c', start: 0, end: 20 }, similarity: 1 },
      { a: { sourceId: 'a', start: 5, end: 30 }, b: { sourceId: 'c', start: 40, end: 66 }, similarity: 0.75 },
    ],
    unique: [
      { sourceId: 'a', start: 100, end: 140 },
      { sourceId: 'b', start: 0, end: 9 },
    ],
  };

  it('lists one source’s side of every pair it is in, in text order, with its partner', () => {
    expect(passagesOf(comparison, 'a')).toEqual([
      { id: 2, start: 5, end: 30, partner: { sourceId: 'c', start: 40, end: 66 }, similarity: 0.75 },
      { id: 0, start: 50, end: 90, partner: { sourceId: 'b', start: 10, end: 48 }, similarity: 0.9 },
    ]);
    expect(passagesOf(comparison, 'b').map((p) => [p.id, p.partner.sourceId])).toEqual([
      [0, 'a'],
      [1, 'c'],
    ]);
  });

  it('lists only that source’s unique stretches', () => {
    expect(uniqueOf(comparison, 'a')).toEqual([{ start: 100, end: 140 }]);
    expect(uniqueOf(comparison, 'c')).toEqual([]);
  });

  it('says how alike the partner is, or that the wording is the same', () => {
    expect(describePassage({ similarity: 0.934 }, 'Coast Times')).toBe('Shared with Coast Times, 93% alike');
    expect(describePassage({ similarity: 1 }, 'Coast Times')).toBe('Same wording in Coast Times');
  });
});
