import { $applyNodeReplacement, DecoratorNode, type DOMExportOutput, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import type { CitationNodeJson } from '../../../shared/brief';
import { CitationView } from './CitationView';

/**
 * A quote bound to an annotation, inline in the brief's prose. It keeps the words as they
 * were cited, so the citation check can tell when the source now says something else. Its
 * JSON is exactly the shared `citation` shape the exports and the check read.
 */
export class CitationNode extends DecoratorNode<JSX.Element> {
  __annotationId: string;
  __sourceId: string;
  __quote: string;

  static override getType(): string {
    return 'citation';
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__annotationId, node.__sourceId, node.__quote, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): CitationNode {
    const { annotationId, sourceId, quote } = json as CitationNodeJson;
    return $createCitationNode({ annotationId, sourceId, quote });
  }

  constructor(annotationId: string, sourceId: string, quote: string, key?: NodeKey) {
    super(key);
    this.__annotationId = annotationId;
    this.__sourceId = sourceId;
    this.__quote = quote;
  }

  override exportJSON(): CitationNodeJson {
    return { type: 'citation', version: 1, annotationId: this.__annotationId, sourceId: this.__sourceId, quote: this.__quote };
  }

  override createDOM(): HTMLElement {
    const host = document.createElement('span');
    host.className = 'citation-host';
    return host;
  }

  override updateDOM(): false {
    return false;
  }

  /** Copied out of Parley (or read by the typeahead), a citation is its quote in quotation marks. */
  override exportDOM(): DOMExportOutput {
    const quote = document.createElement('q');
    quote.textContent = this.__quote;
    return { element: quote };
  }

  override getTextContent(): string {
    return `“${this.__quote}”`;
  }

  override isInline(): true {
    return true;
  }

  getAnnotationId(): string {
    return this.getLatest().__annotationId;
  }

  getQuote(): string {
    return this.getLatest().__quote;
  }

  /** "Update quote": the citation now carries what the source says today. */
  setQuote(quote: string): this {
    const writable = this.getWritable();
    writable.__quote = quote;
    return writable;
  }

  override decorate(): JSX.Element {
    return <CitationView nodeKey={this.__key} annotationId={this.__annotationId} sourceId={this.__sourceId} quote={this.__quote} />;
  }
}

export function $createCitationNode(citation: Pick<CitationNodeJson, 'annotationId' | 'sourceId' | 'quote'>): CitationNode {
  return $applyNodeReplacement(new CitationNode(citation.annotationId, citation.sourceId, citation.quote));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
