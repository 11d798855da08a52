import type { RowResult } from '../types';

/** Baseline median ÷ ours: how many times faster than the baseline (below 1: slower). */
export function ratioOf(result: RowResult): number | undefined {
  if (!result.baseline || (result.unit ?? 'ms') !== 'ms' || !(result.median > 0)) return undefined;
  return result.baseline.median / result.median;
}

function amount(value: number | undefined, unit: RowResult['unit'] = 'ms'): string {
  if (value === undefined) return '';
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'MB') return `${Math.round(value)} MB`;
  if (unit === '%') return `${value.toFixed(1)} %`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${value >= 100 ? Math.round(value) : value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

const verdict = (met: boolean | null) => (met === null ? '?' : met ? 'yes' : 'NO');

/** The table a person reads at the end of a run, one line per result, notes underneath. */
export function formatTable(results: readonly RowResult[]): string {
  const header = ['row', 'workload', 'median', 'p95 / p99', 'baseline', 'ratio', 'target', 'met'];
  const lines = results.map((r) => {
    const ratio = ratioOf(r);
    const tails = [r.p95 !== undefined ? `p95 ${amount(r.p95, r.unit)}` : '', r.p99 !== undefined ? `p99 ${amount(r.p99, r.unit)}` : ''].filter(Boolean);
    return [r.row, r.workload, amount(r.median, r.unit), tails.join(', '), amount(r.baseline?.median, r.unit), ratio === undefined ? '' : `${ratio.toFixed(1)}×`, r.target, verdict(r.met)];
  });
  const limits = [30, 46, 12, 24, 12, 8, 42, 3];
  const widths = header.map((h, i) => Math.min(limits[i]!, Math.max(h.length, ...lines.map((l) => l[i]!.length))));
  const cell = (text: string, i: number) => (text.length > widths[i]! ? `${text.slice(0, widths[i]! - 1)}…` : text.padEnd(widths[i]!));
  const row = (cells: string[]) => cells.map(cell).join(' │ ');
  const out = [row(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...lines.map(row)];
  const notes = results.filter((r) => r.notes).map((r) => `• ${r.row} — ${r.workload}: ${r.notes}`);
  return [...out, '', ...notes].join('\n');
}
