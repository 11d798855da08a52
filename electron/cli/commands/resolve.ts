import { ParleyError } from '../../../shared/contract';
import type { Annotation, Entity, Proposal } from '../../../shared/model';
import type { Call } from '../session';
import { entityNames, lookUpRecord, proposalNames } from './record-lookup';

/** The entity a person means by an id, a name or an alias. */
export async function resolveEntity(call: Call, wanted: string): Promise<Entity> {
  const entities = await call('entities.list', {});
  const id = lookUpRecord('entity', entities.map(entityNames), wanted);
  return entities.find((e) => e.id === id)!;
}

/** The proposal a person means by an id or its title. */
export async function resolveProposal(call: Call, wanted: string): Promise<Proposal> {
  const proposals = await call('proposals.list', {});
  const id = lookUpRecord('proposal', proposals.map(proposalNames), wanted);
  return proposals.find((p) => p.id === id)!;
}

export async function resolveEntities(call: Call, wanted: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of wanted) ids.push((await resolveEntity(call, name)).id);
  return ids;
}

/**
 * Evidence must be spans already annotated; checked before the proposal is written so the
 * error names the id that is wrong, rather than the contract's general complaint.
 */
export async function evidenceAnnotations(call: Call, ids: readonly string[]): Promise<Annotation[]> {
  const found: Annotation[] = [];
  for (const id of ids) {
    try {
      found.push(await call('annotations.get', { id: id.trim().toLowerCase() }));
    } catch (error) {
      if (error instanceof ParleyError && (error.code === 'not-found' || error.code === 'bad-request')) {
        throw new ParleyError(
          'not-found',
          `--evidence ${id} is not an annotation in this notebook. Annotate the span first (\`parley annotate\`) and give the annotation's id (\`parley list annotations\`).`,
        );
      }
      throw error;
    }
  }
  return found;
}
