// @vitest-environment jsdom
import { $isMarkNode, type MarkNode } from '@lexical/mark';
import { $getRoot, $isTextNode, type LexicalEditor } from 'lexical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $addAnnotationMark, $allMarks, $buildReaderContent, $readerText, $removeAnnotationMarks } from '../../../../renderer/reader/annotationMarks';
import { MarkIndex } from '../../../../renderer/reader/markIndex';
import { $selectionOffsets, $selectOffsets } from '../../../../renderer/reader/selectionOffsets';
import { readerEditor, update } from './readerEditor';

const TEXT = 'Talks resume in Valdoria.\n\nThe mediators float a pause.\nA second line.\n\nHarbour closed.';
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

/** Each text node's text with the ids of the mark around it (none when unmarked). */
function $textRuns(): [string, string[]][] {
  const runs: [string, string[]][] = [];
  for (const node of $getRoot().getAllTextNodes()) {
    const parent = node.getParent();
    runs.push([node.getTextContent(), $isMarkNode(parent) ? (parent as MarkNode).getIDs() : []]);
  }
  return runs;
}

describe('annotation marks in the reader', () => {
  let editor: LexicalEditor;
  let dispose: () => void;
  beforeEach(() => ({ editor, dispose } = readerEditor()));
  afterEach(() => dispose());

  const read = <T>(fn: () => T): T => editor.getEditorState().read(fn);

  it('builds paragraphs and one mark per annotated stretch, keeping the text exact', () => {
    update(editor, () => $buildReaderContent(TEXT, [{ id: 'a', ...at('Valdoria') }]));
    expect(read(() => $getRoot().getChildrenSize())).toBe(3);
    expect(read($readerText)).toBe(TEXT);
    expect(read($textRuns)).toContainEqual(['Valdoria', ['a']]);
  });

  it('gives a stretch covered by overlapping annotations one mark with every id', () => {
    const a = { id: 'a', start: at('mediators').start, end: at('float').end };
    const b = { id: 'b', ...at('float a pause') };
    update(editor, () => $buildReaderContent(TEXT, [a, b]));
    expect(read($textRuns).filter(([, ids]) => ids.length > 0)).toEqual([
      ['mediators ', ['a']],
      ['float', ['a', 'b']],
      [' a pause', ['b']],
    ]);
  });

  it('adds an overlapping annotation to existing marks and removes only its own marks', () => {
    const a = { id: 'a', start: at('mediators').start, end: at('float').end };
    update(editor, () => $buildReaderContent(TEXT, [a]));
    update(editor, () => $addAnnotationMark(TEXT, [a], { id: 'b', ...at('float a pause') }));
    expect(read($textRuns).filter(([, ids]) => ids.length > 0)).toEqual([
      ['mediators ', ['a']],
      ['float', ['a', 'b']],
      [' a pause', ['b']],
    ]);
    update(editor, () => $removeAnnotationMarks('a'));
    expect(read($textRuns).filter(([, ids]) => ids.length > 0)).toEqual([['float a pause', ['b']]]);
    expect(read($readerText)).toBe(TEXT);
    expect(read(() => $allMarks().length)).toBe(1);
  });

  it('keeps the id → mark keys index current through adds and deletes', () => {
    const index = new MarkIndex();
    const unregister = index.register(editor, () => {});
    const a = { id: 'a', ...at('Valdoria') };
    update(editor, () => $buildReaderContent(TEXT, [a]));
    expect(index.keysOf('a')).toHaveLength(1);
    update(editor, () => $addAnnotationMark(TEXT, [a], { id: 'b', start: at('Valdoria').start, end: at('pause').end }));
    expect(index.keysOf('b').length).toBeGreaterThanOrEqual(2);
    update(editor, () => $removeAnnotationMarks('a'));
    expect(index.keysOf('a')).toEqual([]);
    expect(index.keysOf('b').length).toBeGreaterThan(0);
    unregister();
  });

  it('marks follow edits: text typed before a mark shifts it, text typed inside joins it', () => {
    update(editor, () => $buildReaderContent(TEXT, [{ id: 'a', ...at('mediators') }]));
    update(editor, () => {
      $selectOffsets(0, 0)?.insertText('Today, ');
    });
    update(editor, () => {
      const first = $getRoot().getAllTextNodes().find((n) => n.getTextContent() === 'mediators');
      if (!first || !$isTextNode(first)) throw new Error('mark text missing');
      first.select(3, 3).insertText('XX');
    });
    const text = read($readerText);
    expect(text.startsWith('Today, Talks')).toBe(true);
    expect(read($textRuns)).toContainEqual(['medXXiators', ['a']]);
  });

  it('maps offsets to a selection and back exactly, across paragraphs, line breaks and marks', () => {
    update(editor, () => $buildReaderContent(TEXT, [{ id: 'a', ...at('float a') }, { id: 'b', ...at('pause') }]));
    const cases = [at('Valdoria'), at('float a pause'), { start: 3, end: TEXT.length - 2 }, at('pause.\nA second'), at('Harbour closed.'), { start: 0, end: 1 }];
    for (const span of cases) {
      let mapped: { start: number; end: number } | null = null;
      update(editor, () => {
        $selectOffsets(span.start, span.end);
        mapped = $selectionOffsets();
      });
      expect(mapped).toEqual(span);
    }
  });
});
