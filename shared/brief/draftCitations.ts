import type { Annotation, Entity, SourceMeta } from '../model';
import { citationNode, textNode } from './build';
import type { BriefNodeJson } from './document';

/** The records a draft's nodes point to, by id. */
export interface DraftContext {
  /** Every annotation the draft may cite; an entity's mentions are found among them. */
  annotations: ReadonlyMap<string, Annotation>;
  sources: ReadonlyMap<string, SourceMeta>;
  entities: ReadonlyMap<string, Entity>;
}

/**
 * The inline nodes of a fact followed by a citation of each piece of its evidence. Evidence
 * whose annotation has since been deleted is left out: there is no quote left to cite.
 */
export function withCitations(nodes: BriefNodeJson[], evidence: readonly string[], context: DraftContext): BriefNodeJson[] {
  const result = [...nodes];
  for (const id of evidence) {
    const annotation = context.annotations.get(id);
    if (!annotation) continue;
    if (result.length > 0) result.push(textNode(' '));
    result.push(citationNode(annotation));
  }
  return result;
}
