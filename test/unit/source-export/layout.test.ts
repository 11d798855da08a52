import { describe, expect, it } from 'vitest';
import { annotateSource } from '../../../shared/source-export';
import { layoutText } from '../../../shared/source-export/layout';
import { annotation, articleInput, ID, span, TEXT } from './fixture';

const plain = (paragraphs: ReturnType<typeof layoutText>['paragraphs']) =>
  paragraphs.map((lines) => lines.map((pieces) => pieces.map((p) => [p.text, p.covering, p.endingHere])));

describe('laying out an annotated text', () => {
  it('splits overlapping spans where one starts or ends, and puts each marker after its last words', () => {
    const text = 'One two three four five';
    const { paragraphs, unplaced } = layoutText(text, [
      { number: 1, start: 4, end: 13 }, // "two three"
      { number: 2, start: 8, end: 18 }, // "three four"
    ]);
    expect(plain(paragraphs)).toEqual([
      [
        [
          ['One ', [], []],
          ['two ', [1], []],
          ['three', [1, 2], [1]],
          [' four', [2], [2]],
          [' five', [], []],
        ],
      ],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('keeps a span inside another as one piece with both notes, the inner marker before the outer', () => {
    const { paragraphs } = layoutText('a bb ccc dd e', [
      { number: 1, start: 5, end: 8 }, // "ccc"
      { number: 2, start: 2, end: 11 }, // "bb ccc dd"
    ]);
    expect(plain(paragraphs)[0]![0]).toEqual([
      ['a ', [], []],
      ['bb ', [2], []],
      ['ccc', [1, 2], [1]],
      [' dd', [2], [2]],
      [' e', [], []],
    ]);
  });

  it('splits paragraphs on blank lines and lines on single breaks; a span across a paragraph break is highlighted in both', () => {
    const text = 'First para\nsecond line\n\n  \nNext para';
    const start = text.indexOf('line');
    const { paragraphs } = layoutText(text, [{ number: 1, start, end: text.indexOf('Next') + 4 }]);
    expect(plain(paragraphs)).toEqual([
      [[['First para', [], []]], [['second ', [], []], ['line', [1], []]]],
      [[['Next', [1], [1]], [' para', [], []]]],
    ]);
  });

  it('cannot place a span that covers only the blank space between paragraphs', () => {
    const text = 'One\n\nTwo';
    expect(layoutText(text, [{ number: 1, start: 3, end: 5 }]).unplaced).toEqual([1]);
  });
});

describe('annotateSource', () => {
  it('numbers the notes in the order their markers appear in the text', () => {
    const exported = annotateSource(articleInput());
    expect(exported.notes.map((n) => n.quote)).toEqual(['a 48-hour pause', '48-hour pause on Tuesday', 'Rami Haddad', 'rejected the pause']);
    const markers = exported.paragraphs.flat(2).flatMap((piece) => piece.endingHere);
    expect(markers).toEqual([1, 2, 3, 4]);
  });

  it('leaves out a first paragraph that only repeats the title, as the reader does', () => {
    const exported = annotateSource(articleInput());
    expect(exported.paragraphs[0]![0]!.map((p) => p.text).join('')).toMatch(/^Mediators from Tessaly/);
    const onHeadline = articleInput();
    onHeadline.annotations = [annotation('Port Selen', { at: span('Port Selen') })];
    expect(annotateSource(onHeadline).paragraphs[0]![0]!.map((p) => p.text).join('')).toBe('Ceasefire talks resume in Port Selen');
  });

  it('lists as unplaced the orphans and any annotation whose span no longer holds its words', () => {
    const input = articleInput();
    input.annotations = [
      ...input.annotations,
      annotation('Tessaly', { versionId: ID.oldVersion }),
      annotation('Mediators', { at: { start: TEXT.indexOf('Mediators') + 1, end: TEXT.indexOf('Mediators') + 10 } }),
    ];
    const exported = annotateSource(input);
    expect(exported.unplaced.map((n) => n.quote)).toEqual(['the talks collapsed', 'Mediators', 'Tessaly']);
    expect(exported.notes).toHaveLength(4);
  });

  it('highlights the words, not the spaces around them', () => {
    const input = articleInput();
    const start = TEXT.indexOf(' Rami Haddad ');
    input.annotations = [annotation(' Rami Haddad ', { at: { start, end: start + 13 } })];
    const exported = annotateSource(input);
    expect(exported.notes[0]!.quote).toBe('Rami Haddad');
    expect(exported.paragraphs.flat(2).find((p) => p.covering.length > 0)?.text).toBe('Rami Haddad');
  });

  it('lists each linked record once with the notes that link it', () => {
    const records = annotateSource(articleInput()).records;
    expect(records.map((r) => [r.name, r.description, r.title, r.notes, r.fromUnplaced])).toEqual([
      ['Tessalian proposal: 48-hour pause', 'proposal', '', [1, 4], false],
      ['Rami Haddad', 'person', 'chief mediator', [3], true],
      ['Northern Coalition', 'organisation', '', [4], false],
    ]);
  });
});
