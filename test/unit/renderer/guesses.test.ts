import { describe, expect, it } from 'vitest';
import { describeGuess, engineFieldErrors } from '../../../renderer/logic/guesses';

describe('describeGuess', () => {
  it('names the clue and the confidence, flagging weak guesses', () => {
    expect(describeGuess({ confidence: 0.7, from: 'dateline' })).toEqual({ text: 'guessed from dateline · 70%', needsCheck: false });
    expect(describeGuess({ confidence: 0.2, from: 'first-line' })).toEqual({ text: 'guessed from the first line · 20%', needsCheck: true });
    expect(describeGuess({ confidence: 0.95, from: 'json-ld' }).text).toBe('guessed from the page’s structured data · 95%');
    expect(describeGuess({ confidence: 0.5, from: 'copyright_line' }).text).toBe('guessed from copyright line · 50%');
  });
});

describe('engineFieldErrors', () => {
  it('puts each named field’s problem beside it, in a sentence', () => {
    expect(engineFieldErrors('fields.url: Invalid URL; fields.publishedAt.date: must be YYYY-MM')).toEqual({
      byField: { url: 'Invalid URL.', date: 'Must be YYYY-MM.' },
      general: [],
    });
  });

  it('keeps what names no field for the top of the form', () => {
    expect(engineFieldErrors('The source changed since you opened it.')).toEqual({
      byField: {},
      general: ['The source changed since you opened it.'],
    });
  });
});
