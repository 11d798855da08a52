import { describe, expect, it } from 'vitest';
import { detectBoilerplate, guessFromText, similarity, textSignature, trimSpans } from '../../../../shared/import';
import { normaliseText } from '../../../../shared/text/normalise';

/**
 * The hostile corpus includes one 5 MB line. Every function here must finish on it with the
 * right answer; a regex that backtracks would hang until the test's timeout. How fast they
 * are is for `npm run bench`, never for a test.
 */
const FIVE_MB = 5 * 1024 * 1024;
const unit = 'PORT SELEN, March 3 (Agency) — By Mira Okonjo talks resume © 2024 ';
const oneLine = `${unit.repeat(Math.ceil(FIVE_MB / unit.length)).slice(0, FIVE_MB - 1)}x`;
const manyShortLines = 'Share\n\nThe talks resumed.\n'.repeat(FIVE_MB / 26);

describe('a 5 MB text', () => {
  it('on one line is guessed, scanned, trimmed and signed', () => {
    expect(oneLine.length).toBe(FIVE_MB);
    const guess = guessFromText(oneLine);
    // The dateline reads only the line's opening; bylines, copyright lines and credits are
    // short lines, so a 5 MB "line" is none of them.
    expect(guess.map((h) => `${h.field}:${h.from}`).sort()).toEqual([
      'direction:script',
      'language:language-detector',
      'outlet:dateline',
      'publishedAt:dateline',
    ]);

    const boilerplate = detectBoilerplate(oneLine);
    expect(boilerplate).toEqual([]);

    const trim = trimSpans(oneLine, [{ start: 10, end: 20 }]);
    expect(trim.text.length).toBe(FIVE_MB - 10);

    const signature = textSignature(oneLine);
    expect(similarity(signature, signature)).toBe(1);
  }, 30_000);

  it('of many short lines is scanned and trimmed', () => {
    expect(normaliseText(manyShortLines)).toBe(manyShortLines.trimEnd());
    const boilerplate = detectBoilerplate(manyShortLines);
    expect(boilerplate.length).toBe(Math.floor(FIVE_MB / 26));
    const trim = trimSpans(manyShortLines, boilerplate);
    expect(trim.text.startsWith('The talks resumed.\n\nThe talks resumed.')).toBe(true);
    expect(guessFromText(manyShortLines).some((h) => h.field === 'language')).toBe(true);
  }, 60_000);
});
