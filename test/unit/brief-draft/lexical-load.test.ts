import { createHeadlessEditor } from '@lexical/headless';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $getRoot, DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  draftDocument,
  briefDocument,
  citationNode,
  headingNode,
  lineBreakNode,
  linkNode,
  listNode,
  paragraphNode,
  quoteNode,
  recordMentionNode,
  TEXT_FORMAT,
  textNode,
} from '../../../shared/brief';
import { newStamp } from '../../../shared/model';
import { annotation as annotationIn, contextOf, entity, proposal, source } from './records';

/*
 * The renderer defines the citation and record-mention nodes; these stand-ins have the same
 * type names and keep the same fields, so the test checks the builders' JSON, not the
 * renderer's nodes.
 */
type Fields = Record<string, unknown>;
type SerializedStandIn = SerializedLexicalNode & Fields;

function standIn(type: string) {
  class StandIn extends DecoratorNode<null> {
    constructor(
      readonly fields: Fields,
      key?: NodeKey,
    ) {
      super(key);
    }
    static override getType(): string {
      return type;
    }
    static override clone(node: StandIn): StandIn {
      return new StandIn(node.fields, node.__key);
    }
    static override importJSON(json: SerializedStandIn): StandIn {
      const { type: _type, version: _version, ...fields } = json;
      return new StandIn(fields);
    }
    override exportJSON(): SerializedStandIn {
      return { type, version: 1, ...this.fields };
    }
    override createDOM(): HTMLElement {
      throw new Error('not rendered in a headless editor');
    }
    override updateDOM(): false {
      return false;
    }
    override isInline(): true {
      return true;
    }
    override decorate(): null {
      return null;
    }
  }
  return StandIn;
}

const annotation = { id: '00000000-0000-4000-8000-000000000001', sourceId: '00000000-0000-4000-8000-00000000000a', target: { quote: { exact: 'a 48-hour pause', prefix: '', suffix: '' }, position: { start: 0, end: 15 } } };

const built = briefDocument([
  headingNode('h1', [textNode('Tessalian proposal')]),
  paragraphNode([textNode('Backed by '), recordMentionNode('entity', '00000000-0000-4000-8000-0000000000e1', 'Northern Coalition'), textNode('.')]),
  headingNode('h2', [textNode('Terms')]),
  listNode('bullet', [
    [textNode('duration', TEXT_FORMAT.bold), textNode(': 48 hours '), citationNode(annotation)],
    [textNode('monitors', TEXT_FORMAT.bold | TEXT_FORMAT.italic)],
  ]),
  listNode('number', [[textNode('first')], [textNode('second')]]),
  quoteNode([textNode('One line'), lineBreakNode(), textNode('two lines')]),
  paragraphNode([textNode('See '), linkNode('https://news.example/talks', [textNode('the report')])]),
]);

function loadedIntoEditor(document: unknown) {
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, standIn('citation'), standIn('record-mention')],
    onError: (error) => {
      throw error;
    },
  });
  const state = editor.parseEditorState(JSON.stringify(document));
  editor.setEditorState(state);
  return editor;
}

describe('brief documents built outside the editor', () => {
  it('load in a Lexical editor with every node in place', () => {
    const editor = loadedIntoEditor(built);
    const types = editor.getEditorState().read(() => {
      const collect = (node: LexicalNode): string[] => [node.getType(), ...('getChildren' in node ? (node as unknown as { getChildren(): LexicalNode[] }).getChildren().flatMap(collect) : [])];
      return $getRoot().getChildren().flatMap(collect);
    });
    expect(types.filter((t) => t === 'citation')).toHaveLength(1);
    expect(types.filter((t) => t === 'record-mention')).toHaveLength(1);
    expect(types.filter((t) => t === 'listitem')).toHaveLength(4);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('duration: 48 hours');
  });

  it('come back from the editor exactly as built', () => {
    const editor = loadedIntoEditor(built);
    expect(JSON.parse(JSON.stringify(editor.getEditorState().toJSON()))).toEqual(built);
  });

  it('give an empty draft a paragraph to type in', () => {
    const empty = briefDocument([]);
    expect(empty.root.children).toEqual([paragraphNode()]);
    expect(JSON.parse(JSON.stringify(loadedIntoEditor(empty).getEditorState().toJSON()))).toEqual(empty);
  });

  it('include drafts from a record, which load and come back unchanged', () => {
    const gazette = source('Harbour talks resume', 'Harbour Gazette', '2031-03-04');
    const coalition = entity('Northern Coalition', { kind: 'organisation' });
    const pause = annotationIn(gazette, 'a 48-hour pause', 10, [{ kind: 'entity', recordId: coalition.id, role: 'mention' }]);
    const context = contextOf({ sources: [gazette], annotations: [pause], entities: [coalition] });
    const record = proposal({
      title: 'Tessalian proposal',
      parties: [coalition.id],
      terms: [{ id: newStamp().id, label: 'duration', value: '48 hours', evidence: [pause.id] }],
      statusEvents: [{ id: newStamp().id, date: '2031-03-04', status: 'floated', actorId: null, note: '', evidence: [pause.id] }],
      positions: [{ id: newStamp().id, partyId: coalition.id, stance: 'conditions', note: '', evidence: [pause.id] }],
    });
    for (const draft of [draftDocument({ kind: 'proposal', record }, [pause], context), draftDocument({ kind: 'entity', record: coalition }, [], context)]) {
      expect(JSON.parse(JSON.stringify(loadedIntoEditor(draft).getEditorState().toJSON()))).toEqual(draft);
    }
  });
});
