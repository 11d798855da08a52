import { z } from 'zod';
import { ProposalStatus, PublishedDate, RecordId, SourceMeta } from '../model';

/** A stretch of one source's current text (UTF-16 offsets, end exclusive). */
export const PassageRef = z.object({
  sourceId: RecordId,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});
export type PassageRef = z.infer<typeof PassageRef>;

/** Text two sources share verbatim or nearly: wire copy, a common quote. */
export const SharedPassage = z.object({
  a: PassageRef,
  b: PassageRef,
  /** 0..1: how much of the wording the two stretches have in common. */
  similarity: z.number().min(0).max(1),
});
export type SharedPassage = z.infer<typeof SharedPassage>;

/** One record's mentions per source: how many annotations there link to it, and which. */
export const CoverageRow = z.object({
  recordId: RecordId,
  name: z.string(),
  kind: z.enum(['entity', 'proposal']),
  counts: z.record(z.string(), z.number().int().min(0)),
  mentions: z.record(z.string(), z.array(RecordId)),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

export const Comparison = z.object({
  sources: z.array(SourceMeta),
  shared: z.array(SharedPassage),
  /** Each source's paragraphs found in none of the others. */
  unique: z.array(PassageRef),
  coverage: z.array(CoverageRow),
});
export type Comparison = z.infer<typeof Comparison>;

export const Coverage = z.object({ sources: z.array(SourceMeta), coverage: z.array(CoverageRow) });
export type Coverage = z.infer<typeof Coverage>;

/** One source's wording for a term, from an evidence annotation. */
export const TermWording = z.object({
  annotationId: RecordId,
  quote: z.string(),
  /** Numbers and durations read from the quote, normalised ("48 hours" for "two days", "1200", "30%"). */
  figures: z.array(z.string()),
  /** A figure here disagrees with another source's for the same term. */
  differs: z.boolean(),
});
export type TermWording = z.infer<typeof TermWording>;

export const TermRow = z.object({
  termId: RecordId,
  label: z.string(),
  value: z.string(),
  /** Source id → that source's wordings (none: the source does not report this term). */
  cells: z.record(z.string(), z.array(TermWording)),
  /** In words, when sources disagree: "Harbour Herald: 48 hours; Coast Times: 72 hours". */
  disagreement: z.string().nullable(),
});
export type TermRow = z.infer<typeof TermRow>;

export const TermsTable = z.object({
  proposalId: RecordId,
  /** Columns, oldest publication first (undated last). */
  sources: z.array(SourceMeta),
  rows: z.array(TermRow),
});
export type TermsTable = z.infer<typeof TermsTable>;

/** A source reporting a status event, with the evidence span and when it was published. */
export const TimelineReport = z.object({ sourceId: RecordId, annotationId: RecordId, publishedAt: PublishedDate });
export type TimelineReport = z.infer<typeof TimelineReport>;

export const TimelineEvent = z.object({
  eventId: RecordId,
  status: ProposalStatus,
  date: z.string().nullable(),
  note: z.string(),
  actorId: RecordId.nullable(),
  /** Earliest publication first: the first is who reported it first. */
  reports: z.array(TimelineReport),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const ProposalTimeline = z.object({
  proposalId: RecordId,
  title: z.string(),
  /** By date; undated events last. */
  events: z.array(TimelineEvent),
  sources: z.array(SourceMeta),
});
export type ProposalTimeline = z.infer<typeof ProposalTimeline>;
