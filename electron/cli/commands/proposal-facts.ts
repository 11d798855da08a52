import { ParleyError } from '../../../shared/contract';
import { newRecordId, ProposalStatus, Stance, type Proposal } from '../../../shared/model';
import { calendarDate } from '../../core/import/formats/file-hints';
import type { Output } from '../output';
import { withNotebook, type Call, type GlobalOptions } from '../session';
import { evidenceAnnotations, resolveEntity, resolveProposal } from './resolve';

interface FactOptions extends GlobalOptions {
  note?: string;
  evidence?: string[];
}

export interface TermOptions extends FactOptions {
  label: string;
  value: string;
}

export interface StatusOptions extends FactOptions {
  status: string;
  date?: string;
  actor?: string;
}

export interface PositionOptions extends FactOptions {
  party: string;
  stance: string;
}

export function addTerm(wanted: string, options: TermOptions, output: Output): Promise<number> {
  return addFact(wanted, options, output, async (_call, proposal, evidence) => ({
    terms: [...proposal.terms, { id: newRecordId(), label: options.label, value: options.value, evidence }],
  }));
}

export function addStatus(wanted: string, options: StatusOptions, output: Output): Promise<number> {
  const status = ProposalStatus.safeParse(options.status);
  if (!status.success) {
    throw new ParleyError('bad-request', `Unknown status "${options.status}": choose one of ${ProposalStatus.options.join(', ')}.`);
  }
  const date = dateOf(options.date);
  return addFact(wanted, options, output, async (call, proposal, evidence) => {
    const actorId = options.actor === undefined ? null : (await resolveEntity(call, options.actor)).id;
    const event = { id: newRecordId(), status: status.data, date, actorId, note: options.note ?? '', evidence };
    return { statusEvents: [...proposal.statusEvents, event] };
  });
}

export function addPosition(wanted: string, options: PositionOptions, output: Output): Promise<number> {
  const stance = Stance.safeParse(options.stance);
  if (!stance.success) throw new ParleyError('bad-request', `Unknown stance "${options.stance}": choose one of ${Stance.options.join(', ')}.`);
  return addFact(wanted, options, output, async (call, proposal, evidence) => {
    const partyId = (await resolveEntity(call, options.party)).id;
    return { positions: [...proposal.positions, { id: newRecordId(), partyId, stance: stance.data, note: options.note ?? '', evidence }] };
  });
}

type FactChange = (call: Call, proposal: Proposal, evidence: string[]) => Promise<Partial<Proposal>>;

/**
 * Adds one fact to a proposal's list. The write carries the revision it was built from, so
 * a change made elsewhere in between fails instead of being overwritten.
 */
async function addFact(wanted: string, options: FactOptions, output: Output, change: FactChange): Promise<number> {
  await withNotebook(options, { create: false }, async (call) => {
    const proposal = await resolveProposal(call, wanted);
    const evidence = (await evidenceAnnotations(call, options.evidence ?? [])).map((a) => a.id);
    const fields = await change(call, proposal, evidence);
    const updated = await call('proposals.update', { id: proposal.id, rev: proposal.rev, fields });
    output.result(updated, () => [`updated proposal ${updated.id}  ${updated.title}`]);
  });
  return 0;
}

/** A calendar day that exists: "2031-02-30" is refused rather than read as March. */
function dateOf(value: string | undefined): string | null {
  if (value === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? calendarDate(match[1]!, match[2]!, match[3]!) : null;
  if (day?.precision !== 'day') throw new ParleyError('bad-request', `--date must be a calendar day written YYYY-MM-DD (got "${value}").`);
  return day.date;
}
