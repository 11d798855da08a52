import type { Annotation, NotebookFile, Proposal } from '../../../shared/model';
import type { Findings } from './findings';
import { relative } from './read-files';

/** The ids the notebook holds, gathered once for every reference check. */
export interface KnownRecords {
  entities: ReadonlySet<string>;
  proposals: ReadonlySet<string>;
  annotations: ReadonlyMap<string, Annotation>;
}

/**
 * Every record id is a UUID and unique across the notebook: two records with one id would
 * make a link, citation or replica update land on the wrong one.
 */
export function checkUniqueIds(notebook: NotebookFile, annotations: ReadonlyArray<{ file: string; annotation: Annotation }>, findings: Findings): void {
  const seen = new Map<string, string>();
  const note = (id: string, what: string, file: string) => {
    const first = seen.get(id);
    if (first !== undefined) {
      findings.error('inconsistent', file, `The id ${id} is used twice: by ${first} and by ${what}.`, { recordId: id });
    } else seen.set(id, what);
  };
  for (const s of notebook.sources) note(s.id, `the source “${s.title}”`, relative.notebook);
  for (const e of notebook.entities) note(e.id, `the entity “${e.name}”`, relative.notebook);
  for (const p of notebook.proposals) note(p.id, `the proposal “${p.title}”`, relative.notebook);
  for (const b of notebook.briefs) note(b.id, `the brief “${b.title}”`, relative.notebook);
  for (const { file, annotation } of annotations) note(annotation.id, `an annotation in ${file}`, file);
}

/**
 * Annotation links. Deleting an entity unlinks it everywhere first (a crash leaves an
 * entity nothing links to), so a link to a missing entity is damage; deleting a proposal
 * leaves its links in place and the app shows them as gone, so those are warnings.
 */
export function checkLinks(file: string, annotation: Annotation, known: KnownRecords, findings: Findings): void {
  for (const link of annotation.links) {
    if (link.kind === 'entity' && !known.entities.has(link.recordId)) {
      findings.error('broken-reference', file, `Annotation ${annotation.id} links to entity ${link.recordId}, which is not in the notebook.`, {
        recordId: annotation.id,
      });
    }
    if (link.kind === 'proposal' && !known.proposals.has(link.recordId)) {
      findings.warning('broken-reference', file, `Annotation ${annotation.id} links to proposal ${link.recordId}, which has been deleted.`, {
        recordId: annotation.id,
      });
    }
  }
}

/**
 * A proposal's people are entities (deleting or merging an entity rewrites them, so a
 * missing one is damage); its evidence and related proposals may outlive what they point
 * at (deleting an annotation or a proposal leaves them), so those are warnings.
 */
export function checkProposal(proposal: Proposal, known: KnownRecords, findings: Findings): void {
  const file = relative.notebook;
  const recordId = proposal.id;
  const named = `The proposal “${proposal.title}”`;
  const people = [
    ...proposal.proposedBy,
    ...proposal.mediators,
    ...proposal.parties,
    ...proposal.positions.map((p) => p.partyId),
    ...proposal.statusEvents.flatMap((e) => (e.actorId === null ? [] : [e.actorId])),
  ];
  for (const id of new Set(people)) {
    if (!known.entities.has(id)) findings.error('broken-reference', file, `${named} refers to entity ${id}, which is not in the notebook.`, { recordId });
  }
  for (const { proposalId } of proposal.related) {
    if (!known.proposals.has(proposalId)) {
      findings.warning('broken-reference', file, `${named} is related to proposal ${proposalId}, which has been deleted.`, { recordId });
    }
  }
  const evidence = [...proposal.terms, ...proposal.statusEvents, ...proposal.positions].flatMap((fact) => fact.evidence);
  for (const id of new Set(evidence)) {
    if (!known.annotations.has(id)) {
      findings.warning('broken-reference', file, `${named} cites annotation ${id} as evidence, which has been deleted.`, { recordId });
    }
  }
}
