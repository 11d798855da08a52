import type { Annotation, Entity, Proposal } from '../model';
import { briefDocument, citationNode, paragraphNode } from './build';
import type { BriefDocumentJson } from './document';
import type { DraftContext } from './draftCitations';
import { entityDraft } from './draftEntity';
import { proposalDraft } from './draftProposal';

/**
 * A first draft of a brief, written from what the notebook knows: a record's facts, each
 * followed by the citations that back it, then any annotations the researcher asked to
 * cite. The researcher edits it from there; nothing in it is kept in sync afterwards
 * except what every citation and chip keeps (their ids).
 */

export type DraftRecord = { kind: 'proposal'; record: Proposal } | { kind: 'entity'; record: Entity };

export function draftDocument(from: DraftRecord | undefined, cited: readonly Annotation[], context: DraftContext): BriefDocumentJson {
  const facts = from === undefined ? [] : from.kind === 'proposal' ? proposalDraft(from.record, context) : entityDraft(from.record, context);
  return briefDocument([...facts, ...cited.map((annotation) => paragraphNode([citationNode(annotation)]))]);
}

/** "Brief: <record name>" for a draft from a record, else "Untitled brief". */
export function draftTitle(from: DraftRecord | undefined): string {
  if (from === undefined) return 'Untitled brief';
  return `Brief: ${from.kind === 'proposal' ? from.record.title : from.record.name}`;
}

export type { DraftContext } from './draftCitations';
