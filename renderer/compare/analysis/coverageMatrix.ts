import type { CoverageRow } from '../../../shared/compare/types';
import type { SourceMeta } from '../../../shared/model';

export type CoverageSort = 'shared' | 'unique' | 'name';
export type KindFilter = 'all' | 'entity' | 'proposal';

export const SORT_LABELS: Record<CoverageSort, string> = { shared: 'Most shared', unique: 'Most unique', name: 'Name' };

const countIn = (row: CoverageRow, sourceId: string): number => row.counts[sourceId] ?? 0;

/** How many of the shown sources mention the record at least once. */
export function sourcesMentioning(row: CoverageRow, sourceIds: readonly string[]): number {
  return sourceIds.filter((id) => countIn(row, id) > 0).length;
}

export function totalMentions(row: CoverageRow, sourceIds: readonly string[]): number {
  return sourceIds.reduce((sum, id) => sum + countIn(row, id), 0);
}

/** A record only one source mentions: the detail the others left out. */
export function isSingleSource(row: CoverageRow, sourceIds: readonly string[]): boolean {
  return sourceIds.length > 1 && sourcesMentioning(row, sourceIds) === 1;
}

const byName = (a: CoverageRow, b: CoverageRow) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/**
 * The matrix's rows in the order asked for. Records none of the shown sources mention are
 * left out: in a comparison of three sources, a record only a fourth one names is noise.
 * "Most unique" puts single-source records first, then those few sources share, so the
 * details one outlet alone carries lead the table.
 */
export function arrangeCoverage(rows: readonly CoverageRow[], sourceIds: readonly string[], sort: CoverageSort, kind: KindFilter): CoverageRow[] {
  const shown = rows.filter((row) => (kind === 'all' || row.kind === kind) && sourcesMentioning(row, sourceIds) > 0);
  const spread = (row: CoverageRow) => sourcesMentioning(row, sourceIds);
  const total = (row: CoverageRow) => totalMentions(row, sourceIds);
  const compare: Record<CoverageSort, (a: CoverageRow, b: CoverageRow) => number> = {
    shared: (a, b) => spread(b) - spread(a) || total(b) - total(a) || byName(a, b),
    unique: (a, b) => spread(a) - spread(b) || total(b) - total(a) || byName(a, b),
    name: byName,
  };
  return [...shown].sort(compare[sort]);
}

/** The largest count in the shown cells: the darkest shade. */
export function largestCount(rows: readonly CoverageRow[], sourceIds: readonly string[]): number {
  return rows.reduce((max, row) => Math.max(max, ...sourceIds.map((id) => countIn(row, id))), 0);
}

/**
 * Shade 0 (no mention) to 4 (the most mentions shown). Any mention gets at least shade 1,
 * so one mention never looks like none however large the largest count is.
 */
export function shadeOf(count: number, largest: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || largest <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / largest) * 4))) as 1 | 2 | 3 | 4;
}

/** A column heading short enough for a narrow column: the outlet, else the title cut short. */
export function shortSourceLabel(source: Pick<SourceMeta, 'title' | 'outlet'>, max = 22): string {
  const label = source.outlet.trim() || source.title.trim();
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/**
 * Outlets often run several stories: when two shown sources share an outlet, their columns
 * are told apart by title instead.
 */
export function columnLabels(sources: readonly Pick<SourceMeta, 'id' | 'title' | 'outlet'>[]): Record<string, string> {
  const outlets = sources.map((s) => s.outlet.trim()).filter(Boolean);
  const repeated = new Set(outlets.filter((o, i) => outlets.indexOf(o) !== i));
  return Object.fromEntries(
    sources.map((s) => [s.id, repeated.has(s.outlet.trim()) ? shortSourceLabel({ title: s.title, outlet: '' }) : shortSourceLabel(s)]),
  );
}
