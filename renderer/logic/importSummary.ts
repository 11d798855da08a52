import type { ImportOutcome, Result, SimilarSource } from '../../shared/contract';
import { describeError } from './errors';
import { furnitureLineCount } from './boilerplate';

/** What one file (or one paste) of a batch came to. */
export type FileOutcome = { fileName: string; result: Result<ImportOutcome> };

export type ImportedEntry = {
  id: string;
  title: string;
  fileName: string;
  /** Sources already in the notebook that look like the same article. */
  similar: SimilarSource[];
  /** Lines proposed as outlet furniture; 0 when the text looked clean. */
  furnitureLines: number;
};

export type ImportSummary = {
  imported: ImportedEntry[];
  duplicates: Array<{ fileName: string; title: string; existingId: string }>;
  failed: Array<{ fileName: string; reason: string }>;
  /** Files left alone because the researcher cancelled before reaching them. */
  notAttempted: string[];
};

export function summarizeImport(outcomes: readonly FileOutcome[], notAttempted: readonly string[] = []): ImportSummary {
  const summary: ImportSummary = { imported: [], duplicates: [], failed: [], notAttempted: [...notAttempted] };
  for (const { fileName, result } of outcomes) {
    if (!result.ok) summary.failed.push({ fileName, reason: describeError(result.error) });
    else if (result.value.status === 'duplicate') {
      summary.duplicates.push({ fileName, title: result.value.title, existingId: result.value.existingId });
    } else {
      const { source, similar, boilerplate } = result.value;
      summary.imported.push({
        id: source.id,
        title: source.title,
        fileName,
        similar: [...similar].sort((a, b) => b.similarity - a.similarity),
        furnitureLines: furnitureLineCount(boilerplate),
      });
    }
  }
  return summary;
}

const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The one line above the details, e.g. "Imported 3 sources, skipped 1 duplicate, 1 failed." */
export function headlineOf(summary: ImportSummary): string {
  const parts: string[] = [];
  if (summary.imported.length) parts.push(`imported ${n(summary.imported.length, 'source')}`);
  if (summary.duplicates.length) parts.push(`skipped ${n(summary.duplicates.length, 'duplicate')}`);
  if (summary.failed.length) parts.push(`${summary.failed.length} failed`);
  const stopped = summary.notAttempted.length ? `Cancelled before ${n(summary.notAttempted.length, 'file')}.` : '';
  if (parts.length === 0) return stopped || 'Nothing was imported.';
  const sentence = parts.join(', ');
  return [`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`, stopped].filter(Boolean).join(' ');
}

/** "Similar to “Talks resume” (82%)": a near-duplicate is worth a look, not a refusal. */
export function similarNote(similar: readonly SimilarSource[]): string {
  const [closest, ...others] = similar;
  if (!closest) return '';
  const more = others.length ? ` and ${n(others.length, 'other source')}` : '';
  return `Similar to “${closest.title}” (${Math.round(closest.similarity * 100)}% the same)${more}`;
}
