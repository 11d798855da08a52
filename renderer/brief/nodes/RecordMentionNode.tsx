import { $applyNodeReplacement, DecoratorNode, type DOMExportOutput, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import type { RecordMentionNodeJson } from '../../../shared/brief';
import { RecordMentionView } from './RecordMentionView';

type Kind = RecordMentionNodeJson['kind'];

/**
 * An inline chip bound to an entity or a proposal. `label` is the name when it was
 * mentioned; the chip shows the record's current name, so a renamed record reads right.
 * Its JSON is exactly the shared `record-mention` shape.
 */
export class RecordMentionNode extends DecoratorNode<JSX.Element> {
  __kind: Kind;
  __recordId: string;
  __label: string;

  static override getType(): string {
    return 'record-mention';
  }

  static override clone(node: RecordMentionNode): RecordMentionNode {
    return new RecordMentionNode(node.__kind, node.__recordId, node.__label, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): RecordMentionNode {
    const { kind, recordId, label } = json as RecordMentionNodeJson;
    return $createRecordMentionNode({ kind, recordId, label });
  }

  constructor(kind: Kind, recordId: string, label: string, key?: NodeKey) {
    super(key);
    this.__kind = kind;
    this.__recordId = recordId;
    this.__label = label;
  }

  override exportJSON(): RecordMentionNodeJson {
    return { type: 'record-mention', version: 1, kind: this.__kind, recordId: this.__recordId, label: this.__label };
  }

  override createDOM(): HTMLElement {
    const host = document.createElement('span');
    host.className = 'mention-host';
    return host;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const name = document.createElement('span');
    name.textContent = this.__label;
    return { element: name };
  }

  override getTextContent(): string {
    return this.__label;
  }

  override isInline(): true {
    return true;
  }

  override decorate(): JSX.Element {
    return <RecordMentionView nodeKey={this.__key} kind={this.__kind} recordId={this.__recordId} label={this.__label} />;
  }
}

export function $createRecordMentionNode(mention: Pick<RecordMentionNodeJson, 'kind' | 'recordId' | 'label'>): RecordMentionNode {
  return $applyNodeReplacement(new RecordMentionNode(mention.kind, mention.recordId, mention.label));
}

export function $isRecordMentionNode(node: LexicalNode | null | undefined): node is RecordMentionNode {
  return node instanceof RecordMentionNode;
}
