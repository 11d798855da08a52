import {
  briefDocument,
  citationNode,
  headingNode,
  paragraphNode,
  recordMentionNode,
  textNode,
} from '../../../shared/brief/build';
import type { BriefNodeJson } from '../../../shared/brief/document';
import type { Annotation } from '../../../shared/model';
import type { SampleAnnotationKey } from './annotations';
import { SAMPLE_ENTITIES, SAMPLE_PROPOSAL, type SampleEntityKey } from './records';

export interface BriefRecords {
  annotation(key: SampleAnnotationKey): Annotation;
  entity(key: SampleEntityKey): string;
  proposalId: string;
}

/**
 * A short brief as a researcher would write it from the sample: record chips for the
 * proposal and the people and groups in it, and every claim followed by the quote it rests
 * on, including the figure the outlets disagree on.
 */
export function sampleBrief(records: BriefRecords): Record<string, unknown> {
  const cite = (key: SampleAnnotationKey) => citationNode(records.annotation(key));
  const chip = (key: SampleEntityKey) => recordMentionNode('entity', records.entity(key), SAMPLE_ENTITIES[key].name);
  const text = (words: string) => textNode(words);
  const paragraph = (...children: BriefNodeJson[]) => paragraphNode(children);

  const document = briefDocument([
    headingNode('h2', [text('Where the talks stand')]),
    paragraph(
      recordMentionNode('proposal', records.proposalId, SAMPLE_PROPOSAL.title),
      text(' was put to both delegations on 14 April by '),
      chip('marchbank'),
      text(' of the '),
      chip('institute'),
      text(': '),
      cite('wireDraft'),
      text('. Three days later both sides accepted it in principle: '),
      cite('ledgerAccepted'),
      text('.'),
    ),
    paragraph(
      text('The '),
      chip('government'),
      text(' backs it outright, '),
      cite('ledgerSupports'),
      text(', while the '),
      chip('committee'),
      text(' ties its signature to the monitors’ powers: '),
      cite('courierCondition'),
      text('. Its negotiator '),
      chip('kestrin'),
      text(' put it plainly: '),
      cite('ledgerKestrin'),
      text('.'),
    ),
    headingNode('h2', [text('Figures to check')]),
    paragraph(
      text('The length of the pause is reported two ways. Meridian Wire and the Eastern Ledger give 72 hours ('),
      cite('wireLength'),
      text('; '),
      cite('ledgerLength'),
      text('); the Halvard Courier alone gives 48 ('),
      cite('courierLength'),
      text('), without saying who told it so.'),
    ),
    paragraph(text('Every report agrees on the detainees: '), cite('ledgerDetainees'), text('.')),
  ]);
  // The contract carries a brief as Lexical's JSON, typed as a plain record.
  return document as unknown as Record<string, unknown>;
}
