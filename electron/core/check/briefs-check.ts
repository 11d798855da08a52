import { isBriefDocument } from '../../../shared/brief/document';
import { asCitation, asMention, walk } from '../../../shared/brief/tree';
import type { BriefFile, BriefMeta } from '../../../shared/model';
import type { Findings } from './findings';
import { relative } from './read-files';
import type { KnownRecords } from './records-check';

/**
 * A brief's citations and chips. Both may outlive what they point at (the brief then shows
 * an orphaned citation or a deleted record's chip, with the words it kept), so a missing
 * target is a warning: the researcher should look, but nothing is damaged.
 */
export function checkBrief(meta: BriefMeta, data: BriefFile, known: KnownRecords, findings: Findings): void {
  const file = relative.brief(meta.id);
  const recordId = meta.id;
  if (data.content === null) return;
  if (!isBriefDocument(data.content)) {
    findings.warning('damaged-file', file, `The brief “${meta.title}” holds a document without a root; the editor cannot show it.`, { recordId });
    return;
  }
  const cited = new Set<string>();
  const chips = new Set<string>();
  for (const node of walk(data.content.root)) {
    const citation = asCitation(node);
    if (citation && !known.annotations.has(citation.annotationId) && !cited.has(citation.annotationId)) {
      cited.add(citation.annotationId);
      findings.warning('broken-reference', file, `The brief “${meta.title}” cites annotation ${citation.annotationId}, which has been deleted; it shows as orphaned.`, {
        recordId,
      });
    }
    const mention = asMention(node);
    if (!mention) continue;
    const exists = (mention.kind === 'entity' ? known.entities : known.proposals).has(mention.recordId);
    if (!exists && !chips.has(mention.recordId)) {
      chips.add(mention.recordId);
      findings.warning('broken-reference', file, `The brief “${meta.title}” mentions ${mention.kind} ${mention.recordId} (“${mention.label}”), which has been deleted.`, {
        recordId,
      });
    }
  }
}
