import { EntityKind } from '../../../shared/model';
import { ParleyError } from '../../../shared/contract';
import type { Output } from '../output';
import { withNotebook, type GlobalOptions } from '../session';

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

export async function addProposal(title: string, options: GlobalOptions, output: Output): Promise<number> {
  await withNotebook(options, { create: true }, async (call) => {
    const proposal = await call('proposals.create', { title });
    output.result(proposal, () => [`added proposal ${proposal.id}  ${proposal.title}`]);
  });
  return 0;
}
