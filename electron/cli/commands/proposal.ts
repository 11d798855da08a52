import type { Annotation, Entity, Proposal, StatusEvent } from '../../../shared/model';
import { columns, type Output } from '../output';
import { withNotebook, type Call, type GlobalOptions } from '../session';
import { oneLine } from './format';
import { resolveProposal } from './resolve';

/** Undated events after dated ones, each kept in the order it was recorded. */
export function timeline(events: readonly StatusEvent[]): StatusEvent[] {
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.order - b.order)
    .map(({ event }) => event);
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function currentStatus(proposal: Proposal): StatusEvent | undefined {
  return timeline(proposal.statusEvents).filter((e) => e.date !== null).pop() ?? proposal.statusEvents.at(-1);
}

export async function listProposals(options: GlobalOptions, output: Output): Promise<number> {
  await withNotebook(options, { create: false }, async (call) => {
    const proposals = await call('proposals.list', {});
    output.result(proposals, () =>
      proposals.length === 0
        ? ['No proposals yet. Add one with `parley proposal add TITLE`.']
        : columns(proposals.map((p) => [p.id, currentStatus(p)?.status ?? '—', p.title])),
    );
  });
  return 0;
}

export async function showProposal(wanted: string, options: GlobalOptions, output: Output): Promise<number> {
  await withNotebook(options, { create: false }, async (call) => {
    const proposal = await resolveProposal(call, wanted);
    const names = new Map((await call('entities.list', {})).map((e: Entity) => [e.id, e.name]));
    const quotes = await evidenceQuotes(call, proposal);
    const name = (id: string | null) => (id === null ? '' : (names.get(id) ?? id));
    const list = (ids: string[]) => ids.map(name).join(', ') || '—';
    const evidence = (ids: string[]) => ids.map((id) => `      evidence ${id}: “${oneLine(quotes.get(id) ?? '(deleted annotation)')}”`);
    output.result({ ...proposal, statusEvents: timeline(proposal.statusEvents) }, () => [
      `${proposal.title}  ${proposal.id}`,
      ...(proposal.summary ? [proposal.summary] : []),
      `proposed by: ${list(proposal.proposedBy)}`,
      `mediators:   ${list(proposal.mediators)}`,
      `parties:     ${list(proposal.parties)}`,
      ...(proposal.terms.length ? ['terms:'] : []),
      ...proposal.terms.flatMap((t) => [`  ${t.label}: ${t.value}`, ...evidence(t.evidence)]),
      ...(proposal.statusEvents.length ? ['timeline:'] : []),
      ...timeline(proposal.statusEvents).flatMap((e) => [
        `  ${e.date ?? 'undated'}  ${e.status}${e.actorId ? ` by ${name(e.actorId)}` : ''}${e.note ? ` — ${e.note}` : ''}`,
        ...evidence(e.evidence),
      ]),
      ...(proposal.positions.length ? ['positions:'] : []),
      ...proposal.positions.flatMap((p) => [`  ${name(p.partyId)} ${p.stance}${p.note ? ` — ${p.note}` : ''}`, ...evidence(p.evidence)]),
    ]);
  });
  return 0;
}

/** The quoted words behind each piece of evidence, so a reader can see what backs a fact. */
async function evidenceQuotes(call: Call, proposal: Proposal): Promise<Map<string, string>> {
  const ids = new Set([...proposal.terms, ...proposal.statusEvents, ...proposal.positions].flatMap((f) => f.evidence));
  const quotes = new Map<string, string>();
  for (const id of ids) {
    const annotation: Annotation | undefined = await call('annotations.get', { id }).catch(() => undefined);
    if (annotation) quotes.set(id, annotation.target.quote.exact);
  }
  return quotes;
}
