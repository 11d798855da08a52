import { describe, expect, it } from 'vitest';
import { detectBoilerplate, guessFromText, similarity, textSignature, trimSpans } from '../../../../shared/import';
import { normaliseText } from '../../../../shared/text/normalise';

/**
 * The hostile corpus includes one 5 MB line. Every function here must stay linear on it:
 * these budgets are generous for a two-core CI machine, a regex that backtracks blows them.
 */
const FIVE_MB = 5 * 1024 * 1024;
const unit = 'PORT SELEN, March 3 (Agency) — By Mira Okonjo talks resume © 2024 ';
const oneLine = `${unit.repeat(Math.ceil(FIVE_MB / unit.length)).slice(0, FIVE_MB - 1)}x`;
const manyShortLines = 'Share\n\nThe talks resumed.\n'.repeat(FIVE_MB / 26);

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

describe('a 5 MB text', () => {
  it('on one line is guessed, scanned, trimmed and signed quickly', () => {
    expect(oneLine.length).toBe(FIVE_MB);
    const guess = timed(() => guessFromText(oneLine));
    expect(guess.ms).toBeLessThan(1000);
    // The dateline reads only the line's opening; bylines, copyright lines and credits are
    // short lines, so a 5 MB "line" is none of them.
    expect(guess.value.map((h) => `${h.field}:${h.from}`).sort()).toEqual([
      'direction:script',
      'language:language-detector',
      'outlet:dateline',
      'publishedAt:dateline',
    ]);

    const boilerplate = timed(() => detectBoilerplate(oneLine));
    expect(boilerplate.ms).toBeLessThan(1000);
    expect(boilerplate.value).toEqual([]);

    const trim = timed(() => trimSpans(oneLine, [{ start: 10, end: 20 }]));
    expect(trim.ms).toBeLessThan(1000);
    expect(trim.value.text.length).toBe(FIVE_MB - 10);

    const signature = timed(() => textSignature(oneLine));
    expect(signature.ms).toBeLessThan(3000);
    expect(similarity(signature.value, signature.value)).toBe(1);
  }, 30_000);

  it('of many short lines is scanned and trimmed in a few seconds', () => {
    expect(normaliseText(manyShortLines)).toBe(manyShortLines.trimEnd());
    const boilerplate = timed(() => detectBoilerplate(manyShortLines));
    expect(boilerplate.value.length).toBe(Math.floor(FIVE_MB / 26));
    expect(boilerplate.ms).toBeLessThan(8000);
    const trim = timed(() => trimSpans(manyShortLines, boilerplate.value));
    expect(trim.value.text.startsWith('The talks resumed.\n\nThe talks resumed.')).toBe(true);
    expect(trim.ms).toBeLessThan(4000);
    expect(timed(() => guessFromText(manyShortLines)).ms).toBeLessThan(4000);
  }, 60_000);
});
