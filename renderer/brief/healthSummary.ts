import type { ResponseOf } from '../../shared/contract';

export type CitationHealth = ResponseOf<'briefs.health'>;

/** How one citation stands, for its style in the editor. */
export type CitationStanding = 'exact' | 'drifted' | 'orphaned';

/** The status line under the editor, in the fewest words that are still exact. */
export function summariseHealth(health: CitationHealth): { text: string; problems: number } {
  const problems = health.drifted.length + health.orphaned.length;
  if (problems === 0) {
    if (health.exact === 0) return { text: 'No citations yet — type /cite or use Cite in brief', problems };
    return { text: health.exact === 1 ? 'The citation is exact' : `All ${health.exact} citations exact`, problems };
  }
  const parts: string[] = [];
  if (health.drifted.length) parts.push(`${health.drifted.length} drifted`);
  if (health.orphaned.length) parts.push(`${health.orphaned.length} orphaned`);
  return { text: parts.join(' · '), problems };
}

/**
 * A citation is drifted only while it still carries the words the check saw: once its quote
 * is updated in the editor it reads as exact, before the next save confirms it.
 */
export function standingOf(health: CitationHealth | null, annotationId: string, quote: string): CitationStanding {
  if (!health) return 'exact';
  if (health.orphaned.some((o) => o.annotationId === annotationId)) return 'orphaned';
  if (health.drifted.some((d) => d.annotationId === annotationId && d.cited === quote)) return 'drifted';
  return 'exact';
}

/** The problems, one row per annotation (a quote cited twice is fixed once). */
export function healthProblems(health: CitationHealth): Array<{ kind: 'drifted'; annotationId: string; cited: string; current: string } | { kind: 'orphaned'; annotationId: string; cited: string }> {
  const seen = new Set<string>();
  const rows: ReturnType<typeof healthProblems> = [];
  for (const d of health.drifted) {
    if (seen.has(`d${d.annotationId}${d.cited}`)) continue;
    seen.add(`d${d.annotationId}${d.cited}`);
    rows.push({ kind: 'drifted', ...d });
  }
  for (const o of health.orphaned) {
    if (seen.has(`o${o.annotationId}`)) continue;
    seen.add(`o${o.annotationId}`);
    rows.push({ kind: 'orphaned', ...o });
  }
  return rows;
}
