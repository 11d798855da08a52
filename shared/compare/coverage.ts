import type { Annotation, Entity, Proposal, RecordLink } from '../model';
import type { CoverageRow } from './types';

export interface CoverageInput {
  /** The compared sources' ids, in column order. */
  sourceIds: readonly string[];
  annotations: readonly Annotation[];
  entities: readonly Entity[];
  proposals: readonly Proposal[];
}

export type CoverageOrder = 'most-shared' | 'most-unique';

/**
 * Records × sources: for every entity and proposal linked by an annotation in the compared
 * sources, how many annotations in each source link it (any role) and which. An annotation
 * linking one record twice, in two roles, is one mention. Orphaned annotations are left out:
 * their words are no longer in the source's text, so there is nothing to show or count there.
 * Rows come most shared first.
 */
export function coverage(input: CoverageInput): CoverageRow[] {
  const names = recordNames(input.entities, input.proposals);
  const compared = new Set(input.sourceIds);
  const rows = new Map<string, CoverageRow>();
  for (const annotation of input.annotations) {
    if (annotation.anchoring === 'orphaned' || !compared.has(annotation.sourceId)) continue;
    for (const link of distinctRecords(annotation.links)) {
      const name = names.get(link.recordId);
      if (name === undefined) continue;
      const row = rows.get(link.recordId) ?? emptyRow(link, name, input.sourceIds);
      rows.set(link.recordId, row);
      row.mentions[annotation.sourceId]!.push(annotation.id);
      row.counts[annotation.sourceId] = row.mentions[annotation.sourceId]!.length;
    }
  }
  return sortCoverage([...rows.values()], 'most-shared');
}

/**
 * "Most shared": records more sources mention first (then more mentions, then by name).
 * "Most unique": records only one source mentions first, so what one outlet alone reports
 * stands out; then the rest by how few sources mention them.
 */
export function sortCoverage(rows: readonly CoverageRow[], order: CoverageOrder): CoverageRow[] {
  const direction = order === 'most-shared' ? -1 : 1;
  return [...rows].sort(
    (a, b) =>
      direction * (sourcesMentioning(a) - sourcesMentioning(b)) ||
      totalMentions(b) - totalMentions(a) ||
      a.name.localeCompare(b.name) ||
      a.recordId.localeCompare(b.recordId),
  );
}

export function sourcesMentioning(row: CoverageRow): number {
  return Object.values(row.counts).filter((n) => n > 0).length;
}

export function totalMentions(row: CoverageRow): number {
  return Object.values(row.counts).reduce((sum, n) => sum + n, 0);
}

/** Mentioned by exactly one of the compared sources: a detail only that outlet has. */
export function isUniqueToOneSource(row: CoverageRow): boolean {
  return sourcesMentioning(row) === 1;
}

function emptyRow(link: RecordLink, name: string, sourceIds: readonly string[]): CoverageRow {
  return {
    recordId: link.recordId,
    name,
    kind: link.kind,
    counts: Object.fromEntries(sourceIds.map((id) => [id, 0])),
    mentions: Object.fromEntries(sourceIds.map((id) => [id, [] as string[]])),
  };
}

function distinctRecords(links: readonly RecordLink[]): RecordLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    if (seen.has(link.recordId)) return false;
    seen.add(link.recordId);
    return true;
  });
}

function recordNames(entities: readonly Entity[], proposals: readonly Proposal[]): Map<string, string> {
  return new Map([...entities.map((e) => [e.id, e.name] as const), ...proposals.map((p) => [p.id, p.title] as const)]);
}
