import type { CoverageRow } from '../../shared/compare';
import type { Annotation } from '../../shared/model';

/** A record in the comparison's legend, with its mentions counted per column (in column order). */
export type LegendRow = {
  recordId: string;
  name: string;
  kind: 'entity' | 'proposal';
  counts: number[];
  total: number;
  /** How many of the compared sources mention it. */
  columns: number;
};

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The records these sources mention, those that most sources share first (what the
 * researcher compares), then by number of mentions, then by name. A record no column
 * mentions is left out.
 */
export function legendRows(coverage: readonly CoverageRow[], sourceIds: readonly string[]): LegendRow[] {
  return coverage
    .map((row) => {
      const counts = sourceIds.map((id) => row.counts[id] ?? 0);
      return {
        recordId: row.recordId,
        name: row.name,
        kind: row.kind,
        counts,
        total: counts.reduce((sum, n) => sum + n, 0),
        columns: counts.filter((n) => n > 0).length,
      };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.columns - a.columns || b.total - a.total || byName.compare(a.name, b.name));
}

/** "Tomas Reyvald: 2 mentions in Harbour Herald, 1 in Coast Times, none in Daily Post". */
export function describeLegendRow(row: Pick<LegendRow, 'name' | 'counts'>, columnTitles: readonly string[]): string {
  // Only the first number says what it counts; the rest read on from it.
  let unitSaid = false;
  const parts = row.counts.map((n, i) => {
    const title = columnTitles[i] ?? `column ${i + 1}`;
    if (n === 0) return `none in ${title}`;
    const count = unitSaid ? `${n}` : `${n} ${n === 1 ? 'mention' : 'mentions'}`;
    unitSaid = true;
    return `${count} in ${title}`;
  });
  return `${row.name}: ${parts.join(', ')}`;
}

/**
 * The record a click on a highlight selects: the first record its annotations link to, or,
 * when that one is already lit, the next, so clicking again steps through a stretch linked
 * to several records. A comment without links selects nothing.
 */
export function recordForClick(annotations: readonly Pick<Annotation, 'links'>[], activeRecordId: string | null): string | null {
  const records = [...new Set(annotations.flatMap((a) => a.links.map((l) => l.recordId)))];
  if (records.length === 0) return null;
  const at = activeRecordId ? records.indexOf(activeRecordId) : -1;
  return records[(at + 1) % records.length] ?? null;
}
