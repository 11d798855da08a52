import type { ImportOutcome, Result } from '../../shared/contract';
import type { SourceMeta } from '../../shared/model';
import { describeError } from './errors';

/** What one file of a batch came to. */
export type FileOutcome = { fileName: string; result: Result<ImportOutcome> };

export type ImportSummary = {
  imported: SourceMeta[];
  duplicates: Array<{ fileName: string; title: string; existingId: string }>;
  failed: Array<{ fileName: string; reason: string }>;
};

export function summarizeImport(outcomes: readonly FileOutcome[]): ImportSummary {
  const summary: ImportSummary = { imported: [], duplicates: [], failed: [] };
  for (const { fileName, result } of outcomes) {
    if (!result.ok) summary.failed.push({ fileName, reason: describeError(result.error) });
    else if (result.value.status === 'imported') summary.imported.push(result.value.source);
    else summary.duplicates.push({ fileName, title: result.value.title, existingId: result.value.existingId });
  }
  return summary;
}

/** The one line shown above the details, e.g. "Imported 3 sources, skipped 1 duplicate, 1 failed." */
export function headlineOf(summary: ImportSummary): string {
  const parts: string[] = [];
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (summary.imported.length) parts.push(`imported ${n(summary.imported.length, 'source')}`);
  if (summary.duplicates.length) parts.push(`skipped ${n(summary.duplicates.length, 'duplicate')}`);
  if (summary.failed.length) parts.push(`${summary.failed.length} failed`);
  if (parts.length === 0) return 'Nothing was imported.';
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
