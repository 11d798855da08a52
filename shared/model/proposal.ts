import { z } from 'zod';
import { Name, RecordId } from './record';
import { RecordStamp } from './record';

/** Evidence is a list of annotation ids: the spans that back a term, an event or a position. */
const Evidence = z.array(RecordId).default([]);

export const ProposalTerm = z.object({
  id: RecordId,
  label: Name,
  value: z.string().max(5000).default(''),
  evidence: Evidence,
});
export type ProposalTerm = z.infer<typeof ProposalTerm>;

export const ProposalStatus = z.enum([
  'floated',
  'under-negotiation',
  'accepted',
  'rejected',
  'dismissed',
  'superseded',
  'implemented',
  'collapsed',
]);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

export const StatusEvent = z.object({
  id: RecordId,
  /** The day it happened, when known (YYYY-MM-DD). */
  date: z.iso.date().nullable().default(null),
  status: ProposalStatus,
  /** Who accepted, rejected or dismissed it, when the status names someone. */
  actorId: RecordId.nullable().default(null),
  note: z.string().max(5000).default(''),
  evidence: Evidence,
});
export type StatusEvent = z.infer<typeof StatusEvent>;

export const Stance = z.enum(['supports', 'rejects', 'conditions', 'undecided']);
export type Stance = z.infer<typeof Stance>;

export const PartyPosition = z.object({
  id: RecordId,
  partyId: RecordId,
  stance: Stance,
  note: z.string().max(5000).default(''),
  evidence: Evidence,
});
export type PartyPosition = z.infer<typeof PartyPosition>;

export const ProposalRelation = z.object({
  relation: z.enum(['supersedes', 'variant-of']),
  proposalId: RecordId,
});
export type ProposalRelation = z.infer<typeof ProposalRelation>;

export const ProposalFields = z.object({
  title: Name,
  summary: z.string().max(20_000).default(''),
  proposedBy: z.array(RecordId).default([]),
  mediators: z.array(RecordId).default([]),
  parties: z.array(RecordId).default([]),
  terms: z.array(ProposalTerm).default([]),
  statusEvents: z.array(StatusEvent).default([]),
  positions: z.array(PartyPosition).default([]),
  related: z.array(ProposalRelation).default([]),
});
export type ProposalFields = z.infer<typeof ProposalFields>;

export const Proposal = RecordStamp.extend(ProposalFields.shape);
export type Proposal = z.infer<typeof Proposal>;
