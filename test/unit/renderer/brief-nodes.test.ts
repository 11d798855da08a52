// @vitest-environment jsdom
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $setSelection, createEditor, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { checkCitations, renderBriefMarkdown } from '../../../shared/brief';
import type { Annotation } from '../../../shared/model';
import { $removeCitations, $selectedChip, $updateCitationQuotes } from '../../../renderer/brief/citationEdits';
import { $insertInline, $replaceTrigger } from '../../../renderer/brief/insertNodes';
import { $createCitationNode, $isCitationNode, CitationNode } from '../../../renderer/brief/nodes/CitationNode';
import { $createRecordMentionNode, RecordMentionNode } from '../../../renderer/brief/nodes/RecordMentionNode';
import { matchCiteTrigger } from '../../../renderer/brief/triggers';

const A = '00000000-0000-7000-8000-00000000000a';
const B = '00000000-0000-7000-8000-00000000000b';
const SOURCE = '00000000-0000-7000-8000-000000000005';
const ENTITY = '00000000-0000-7000-8000-00000000000e';

/** The brief editor's node set on a headless editor: what it saves and loads, without a page. */
function briefEditor(): LexicalEditor {
  return createEditor({
    namespace: 'test-brief',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, CitationNode, RecordMentionNode],
    onError: (error) => {
      throw error;
    },
  });
}

const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });
const read = <T,>(editor: LexicalEditor, fn: () => T): T => editor.getEditorState().read(fn);
/** Each child of the first paragraph: its type and its text. */
const firstParagraph = (editor: LexicalEditor) =>
  read(editor, () =>
    $getRoot()
      .getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>()
      .getChildren()
      .map((n) => [n.getType(), n.getTextContent()]),
  );

function paragraphWith(editor: LexicalEditor, text: string): void {
  update(editor, () => {
    $getRoot().clear().append($createParagraphNode().append($createTextNode(text)));
  });
}

describe('brief nodes', () => {
  it('save citations and record chips in exactly the shared JSON shapes, and load them back', () => {
    const editor = briefEditor();
    update(editor, () => {
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append(
            $createTextNode('Ferreira said '),
            $createCitationNode({ annotationId: A, sourceId: SOURCE, quote: 'the group would study the text' }),
            $createTextNode(' — '),
            $createRecordMentionNode({ kind: 'entity', recordId: ENTITY, label: 'Daniel Ferreira' }),
          ),
        );
    });
    const json = editor.getEditorState().toJSON();
    const inline = (json.root.children[0] as unknown as { children: unknown[] }).children;
    expect(inline[1]).toStrictEqual({ type: 'citation', version: 1, annotationId: A, sourceId: SOURCE, quote: 'the group would study the text' });
    expect(inline[3]).toStrictEqual({ type: 'record-mention', version: 1, kind: 'entity', recordId: ENTITY, label: 'Daniel Ferreira' });

    const again = briefEditor();
    again.setEditorState(again.parseEditorState(JSON.stringify(json)));
    expect(again.getEditorState().toJSON()).toStrictEqual(json);
    expect(firstParagraph(again)).toEqual([
      ['text', 'Ferreira said '],
      ['citation', '“the group would study the text”'],
      ['text', ' — '],
      ['record-mention', 'Daniel Ferreira'],
    ]);
  });

  it('are read by the shared citation check and the Markdown export as the engine reads them', () => {
    const editor = briefEditor();
    update(editor, () => {
      $getRoot().clear().append($createParagraphNode().append($createTextNode('As cited: '), $createCitationNode({ annotationId: A, sourceId: SOURCE, quote: 'old words' })));
    });
    const document = editor.getEditorState().toJSON();
    const annotation = { id: A, sourceId: SOURCE, anchoring: 'anchored', target: { quote: { exact: 'new words' } } } as Annotation;
    expect(checkCitations(document, new Map([[A, annotation]]))).toEqual({ exact: 0, drifted: [{ annotationId: A, cited: 'old words', current: 'new words' }], orphaned: [] });
    const markdown = renderBriefMarkdown(document, { title: 'T', annotations: new Map([[A, annotation]]), sources: new Map(), entities: new Map(), proposals: new Map() });
    expect(markdown).toContain('old words');
  });
});

describe('inserting into a brief', () => {
  it('replaces exactly the typed "/cite …" even when the menu split off only part of it', () => {
    const editor = briefEditor();
    paragraphWith(editor, 'What is on the table: /cite 48 hours');
    update(editor, () => {
      const text = $getRoot().getFirstDescendant() as TextNode;
      // The menu looked while "/cite 48 ho" was typed, and split off that many characters.
      const [, typed] = text.splitText(text.getTextContentSize() - '/cite 48 ho'.length);
      $replaceTrigger(typed!, matchCiteTrigger, $createCitationNode({ annotationId: A, sourceId: SOURCE, quote: 'pause fighting for 48 hours' }));
    });
    expect(firstParagraph(editor)).toEqual([
      ['text', 'What is on the table: '],
      ['citation', '“pause fighting for 48 hours”'],
    ]);
  });

  it('puts an offered citation at the end, after a space, when the editor never had a caret', () => {
    const editor = briefEditor();
    paragraphWith(editor, 'The coalition has not agreed.');
    update(editor, () => $insertInline($createCitationNode({ annotationId: A, sourceId: SOURCE, quote: 'not agreed to anything' }), null));
    expect(firstParagraph(editor)).toEqual([
      ['text', 'The coalition has not agreed. '],
      ['citation', '“not agreed to anything”'],
    ]);
  });

  it('puts it where the caret last stood when focus went to a button outside', () => {
    const editor = briefEditor();
    paragraphWith(editor, 'Before after');
    const caret = read(editor, () => {
      const selection = $createRangeSelection();
      const text = $getRoot().getFirstDescendant()!;
      selection.anchor.set(text.getKey(), 7, 'text');
      selection.focus.set(text.getKey(), 7, 'text');
      return selection;
    });
    update(editor, () => $insertInline($createRecordMentionNode({ kind: 'proposal', recordId: B, label: 'Harbour pause' }), caret));
    expect(firstParagraph(editor)).toEqual([
      ['text', 'Before '],
      ['record-mention', 'Harbour pause'],
      ['text', 'after'],
    ]);
  });
});

describe('fixing citations', () => {
  function threeCitations(editor: LexicalEditor) {
    update(editor, () => {
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append(
            $createCitationNode({ annotationId: A, sourceId: SOURCE, quote: 'pause for 48 hours' }),
            $createTextNode(' and '),
            $createCitationNode({ annotationId: B, sourceId: SOURCE, quote: 'a deleted passage' }),
            $createTextNode(' and again '),
            $createCitationNode({ annotationId: A, sourceId: SOURCE, quote: 'pause for 48 hours' }),
          ),
        );
    });
  }

  it('"Update quote" rewrites every citation of the annotation that still says the old words', () => {
    const editor = briefEditor();
    threeCitations(editor);
    let updated = 0;
    update(editor, () => (updated = $updateCitationQuotes(A, 'pause for 48 hours', 'pause for 72 hours')));
    expect(updated).toBe(2);
    expect(firstParagraph(editor).filter(([type]) => type === 'citation')).toEqual([
      ['citation', '“pause for 72 hours”'],
      ['citation', '“a deleted passage”'],
      ['citation', '“pause for 72 hours”'],
    ]);
  });

  it('"Remove" takes out the citations of an orphaned annotation and nothing else', () => {
    const editor = briefEditor();
    threeCitations(editor);
    update(editor, () => void $removeCitations(B));
    expect(firstParagraph(editor).map(([, text]) => text).join('')).toBe('“pause for 48 hours” and  and again “pause for 48 hours”');
  });

  it('knows a chip is selected when Shift+Arrow stepped over it and nothing else', () => {
    const editor = briefEditor();
    threeCitations(editor);
    const selectedQuote = (from: number, to: number) => {
      let quote: string | null = null;
      update(editor, () => {
        const paragraph = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>();
        const selection = $createRangeSelection();
        selection.anchor.set(paragraph.getKey(), from, 'element');
        selection.focus.set(paragraph.getKey(), to, 'element');
        $setSelection(selection);
        const chip = $selectedChip();
        quote = $isCitationNode(chip) ? chip.getQuote() : null;
      });
      return quote;
    };
    expect(selectedQuote(2, 3)).toBe('a deleted passage');
    expect(selectedQuote(1, 3)).toBeNull();
  });
});
