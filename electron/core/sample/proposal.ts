import type { RequestOf } from '../../../shared/contract';
import type { SampleAnnotationKey } from './annotations';
import type { SampleEntityKey } from './records';

export interface SampleIds {
  entity(key: SampleEntityKey): string;
  annotation(key: SampleAnnotationKey): string;
}

/**
 * The proposal's facts, each backed by annotations: three terms (the length of the pause
 * is the figure the outlets disagree on), its status moving from floated to accepted in
 * principle over four days, and where each party stands.
 */
export function proposalFacts(ids: SampleIds): RequestOf<'proposals.update'>['fields'] {
  const evidence = (...keys: SampleAnnotationKey[]) => keys.map((key) => ids.annotation(key));
  return {
    proposedBy: [ids.entity('institute')],
    mediators: [ids.entity('marchbank')],
    parties: [ids.entity('government'), ids.entity('committee')],
    terms: [
      {
        id: crypto.randomUUID(),
        label: 'Length of the pause',
        value: '72 hours from the departure of the first convoy, renewable by joint letter',
        evidence: evidence('wireLength', 'courierLength', 'ledgerLength'),
      },
      {
        id: crypto.randomUUID(),
        label: 'Detainees released',
        value: '120, held by the Committee since the winter',
        evidence: evidence('wireDetainees', 'courierDetainees', 'ledgerDetainees'),
      },
      {
        id: crypto.randomUUID(),
        label: 'Aid corridor',
        value: 'The Saltmarsh road opened to aid convoys, each escorted by Institute monitors',
        evidence: evidence('wireCorridor'),
      },
    ],
    statusEvents: [
      {
        id: crypto.randomUUID(),
        date: '2031-04-14',
        status: 'floated',
        actorId: ids.entity('institute'),
        note: 'Put to both delegations at Halvard Springs.',
        evidence: evidence('wireDraft'),
      },
      {
        id: crypto.randomUUID(),
        date: '2031-04-15',
        status: 'under-negotiation',
        actorId: ids.entity('committee'),
        note: 'The Committee studies the text.',
        evidence: evidence('courierStudying'),
      },
      {
        id: crypto.randomUUID(),
        date: '2031-04-17',
        status: 'accepted',
        note: 'Accepted in principle by both delegations; the date and the first steps are still open.',
        evidence: evidence('ledgerAccepted'),
      },
    ],
    positions: [
      {
        id: crypto.randomUUID(),
        partyId: ids.entity('government'),
        stance: 'supports',
        note: 'Will open the Saltmarsh road once the detainees are handed over.',
        evidence: evidence('ledgerSupports'),
      },
      {
        id: crypto.randomUUID(),
        partyId: ids.entity('committee'),
        stance: 'conditions',
        note: 'Will sign once the monitors may inspect, and stop, every convoy.',
        evidence: evidence('courierCondition', 'ledgerKestrin'),
      },
    ],
  };
}
