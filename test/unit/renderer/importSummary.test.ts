import { describe, expect, it } from 'vitest';
import type { ImportOutcome, Result } from '../../../shared/contract';
import type { BoilerplateSpan, SourceMeta } from '../../../shared/model';
import { headlineOf, similarNote, summarizeImport, type FileOutcome } from '../../../renderer/logic/importSummary';

const ID = '00000000-0000-7000-8000-000000000001';
const OTHER = '00000000-0000-7000-8000-000000000002';
const source = { title: 'Truce holds', id: ID } as SourceMeta;
const furniture: BoilerplateSpan[] = [
  { start: 0, end: 17, text: 'Share this article', reason: 'share-prompt' },
  { start: 40, end: 80, text: 'Back to top\n© 2025 Harbour Gazette', reason: 'navigation' },
];

function imported(extra: Partial<Extract<ImportOutcome, { status: 'imported' }>> = {}): Result<ImportOutcome> {
  return { ok: true, value: { status: 'imported', source, boilerplate: [], similar: [], ...extra } };
}

const outcomes: FileOutcome[] = [
  { fileName: 'truce.txt', result: imported() },
  { fileName: 'truce-copy.txt', result: { ok: true, value: { status: 'duplicate', existingId: ID, title: 'Truce holds' } } },
  { fileName: 'scan.pdf', result: { ok: false, error: { code: 'unsupported-file', message: 'scan.pdf has no text layer.' } } },
];

describe('summarizeImport', () => {
  it('sorts each file into imported, duplicate or failed with its reason', () => {
    const summary = summarizeImport(outcomes);
    expect(summary.imported).toEqual([{ id: ID, title: 'Truce holds', fileName: 'truce.txt', similar: [], furnitureLines: 0 }]);
    expect(summary.duplicates).toEqual([{ fileName: 'truce-copy.txt', title: 'Truce holds', existingId: ID }]);
    expect(summary.failed).toEqual([{ fileName: 'scan.pdf', reason: 'scan.pdf has no text layer.' }]);
    expect(summary.notAttempted).toEqual([]);
  });

  it('counts furniture lines and puts the closest similar source first', () => {
    const similar = [
      { id: OTHER, title: 'Truce holds, says envoy', similarity: 0.71 },
      { id: ID, title: 'Truce holds (wire copy)', similarity: 0.93 },
    ];
    const [entry] = summarizeImport([{ fileName: 'a.html', result: imported({ boilerplate: furniture, similar }) }]).imported;
    expect(entry?.furnitureLines).toBe(3);
    expect(entry?.similar.map((s) => s.similarity)).toEqual([0.93, 0.71]);
  });

  it('keeps the files a cancel left untouched', () => {
    const summary = summarizeImport(outcomes.slice(0, 1), ['b.txt', 'c.txt']);
    expect(summary.notAttempted).toEqual(['b.txt', 'c.txt']);
    expect(headlineOf(summary)).toBe('Imported 1 source. Cancelled before 2 files.');
    expect(headlineOf(summarizeImport([], ['b.txt']))).toBe('Cancelled before 1 file.');
  });
});

describe('headlineOf', () => {
  it('says it all in one line', () => {
    expect(headlineOf(summarizeImport(outcomes))).toBe('Imported 1 source, skipped 1 duplicate, 1 failed.');
    expect(headlineOf(summarizeImport([]))).toBe('Nothing was imported.');
    expect(headlineOf(summarizeImport([outcomes[0]!, outcomes[0]!]))).toBe('Imported 2 sources.');
  });
});

describe('similarNote', () => {
  it('names the closest source as a rounded share and counts the rest', () => {
    expect(similarNote([])).toBe('');
    expect(similarNote([{ id: ID, title: 'Talks resume', similarity: 0.824 }])).toBe('Similar to “Talks resume” (82% the same)');
    expect(
      similarNote([
        { id: ID, title: 'Talks resume', similarity: 0.9 },
        { id: OTHER, title: 'Talks', similarity: 0.6 },
      ]),
    ).toBe('Similar to “Talks resume” (90% the same) and 1 other source');
  });
});
