import { describe, expect, it } from 'vitest';
import { describeError } from '../../../renderer/logic/errors';
import { headlineOf, summarizeImport } from '../../../renderer/logic/importSummary';
import type { SourceMeta } from '../../../shared/model';

describe('describeError', () => {
  it('adds what to do next for errors a researcher can act on', () => {
    expect(describeError({ code: 'notebook-locked', message: 'The notebook is open in another window.' })).toBe(
      'The notebook is open in another window. Close the other Parley window that has this notebook open, then try again.',
    );
  });

  it('never shows a stack trace, only its first line', () => {
    const message = 'Boom happened\n    at handler (/app/core/services.js:10:5)\n    at dispatch';
    expect(describeError({ code: 'internal', message })).toBe('Boom happened');
  });

  it('still says something when the message is empty', () => {
    expect(describeError({ code: 'internal', message: '' })).toBe('Something went wrong.');
  });
});

describe('summarizeImport', () => {
  const imported = { title: 'Truce holds', id: '00000000-0000-7000-8000-000000000001' } as SourceMeta;
  const outcomes = [
    { fileName: 'truce.txt', result: { ok: true as const, value: { status: 'imported' as const, source: imported } } },
    {
      fileName: 'truce-copy.txt',
      result: { ok: true as const, value: { status: 'duplicate' as const, existingId: imported.id, title: 'Truce holds' } },
    },
    { fileName: 'scan.pdf', result: { ok: false as const, error: { code: 'unsupported-file' as const, message: 'scan.pdf is not a text file.' } } },
  ];

  it('sorts each file into imported, duplicate or failed with its reason', () => {
    const summary = summarizeImport(outcomes);
    expect(summary.imported.map((s) => s.title)).toEqual(['Truce holds']);
    expect(summary.duplicates).toEqual([{ fileName: 'truce-copy.txt', title: 'Truce holds', existingId: imported.id }]);
    expect(summary.failed).toEqual([
      { fileName: 'scan.pdf', reason: 'scan.pdf is not a text file.' },
    ]);
  });

  it('says it all in one line', () => {
    expect(headlineOf(summarizeImport(outcomes))).toBe('Imported 1 source, skipped 1 duplicate, 1 failed.');
    expect(headlineOf(summarizeImport([]))).toBe('Nothing was imported.');
    expect(headlineOf(summarizeImport([outcomes[0]!, outcomes[0]!]))).toBe('Imported 2 sources.');
  });
});
