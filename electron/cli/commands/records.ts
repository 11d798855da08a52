import { EntityKind } from '../../../shared/model';
import { ParleyError } from '../../../shared/contract';
import type { Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';
import { resolveEntities } from './resolve';

export async function addEntity(
  name: string,
  options: GlobalOptions & { kind?: string; alias?: string[] },
  output: Output,
): Promise<number> {
  const kind = EntityKind.safeParse(options.kind ?? 'person');
  if (!kind.success) {
    throw new ParleyError('bad-request', `Unknown entity kind "${options.kind}": choose one of ${EntityKind.options.join(', ')}.`);
  }
  await withNotebook(options, { create: true }, async (call) => {
    const entity = await call('entities.create', { name, kind: kind.data, aliases: options.alias ?? [] });
    output.result(entity, () => [`added ${entity.kind} ${entity.id}  ${entity.name}`]);
  });
  return 0;
}

export interface AddProposalOptions extends GlobalOptions {
  summary?: string;
  proposedBy?: string[];
  mediator?: string[];
  party?: string[];
}

export async function addProposal(title: string, options: AddProposalOptions, output: Output): Promise<number> {
  await withNotebook(options, { create: true }, async (call) => {
    const proposal = await call('proposals.create', {
      title,
      summary: options.summary ?? '',
      proposedBy: await resolveEntities(call, options.proposedBy ?? []),
      mediators: await resolveEntities(call, options.mediator ?? []),
      parties: await resolveEntities(call, options.party ?? []),
    });
    output.result(proposal, () => [`added proposal ${proposal.id}  ${proposal.title}`]);
  });
  return 0;
}
