import { describe, expect, it } from 'vitest';
import { anchor, describeSpan, reanchorAll, type AnchorResult } from '../../../shared/anchoring';
import { edit, spanOf, TALKS } from './talks';

/** Describes a quote in the old text and anchors it in the new one. */
function reanchor(oldText: string, quote: string, newText: string, occurrence = 0): AnchorResult {
  const { start, end } = spanOf(oldText, quote, occurrence);
  return anchor(newText, describeSpan(oldText, start, end));
}

function wordsAt(text: string, result: AnchorResult): string | null {
  return result.state === 'orphaned' ? null : text.slice(result.start, result.end);
}

describe('re-anchoring after the researcher or a re-import changes the text', () => {
  const quote = 'would free forty detainees from Korsk prison';

  it('stays anchored when nothing changed', () => {
    expect(reanchor(TALKS, quote, TALKS)).toEqual({ state: 'anchored', ...spanOf(TALKS, quote) });
  });

  it('moves with the words when a sentence is inserted before the span', () => {
    const changed = edit(TALKS, 'CAIRO — ', 'CAIRO — Updated at 14:00 with comments from the ministry. ');
    const result = reanchor(TALKS, quote, changed);
    expect(result).toEqual({ state: 'moved', ...spanOf(changed, quote) });
  });

  it('stays anchored when only text after the span changed', () => {
    const changed = edit(TALKS, 'by Thursday evening', 'by Friday morning at the latest');
    expect(reanchor(TALKS, quote, changed)).toEqual({ state: 'anchored', ...spanOf(changed, quote) });
  });

  it('follows a typo fix inside the span and covers the corrected words', () => {
    const typo = TALKS.replace('forty detainees', 'fourty detainess');
    const fixed = TALKS;
    const { start, end } = spanOf(typo, 'would free fourty detainess from Korsk prison');
    const result = anchor(fixed, describeSpan(typo, start, end));
    expect(result.state).toBe('fuzzy');
    expect(wordsAt(fixed, result)).toBe(quote);
  });

  it('follows a changed word inside the span when text before it also moved', () => {
    const changed = edit(edit(TALKS, 'CAIRO — ', 'CAIRO (Reuters-style wire) — '), 'forty detainees', 'forty-two detainees');
    const result = reanchor(TALKS, quote, changed);
    expect(result.state).toBe('fuzzy');
    expect(wordsAt(changed, result)).toBe('would free forty-two detainees from Korsk prison');
  });

  it('finds the surviving words when an edit crosses the end of the span', () => {
    const changed = edit(TALKS, 'Korsk prison.', 'Korsk jail within a day.');
    const result = reanchor(TALKS, quote, changed);
    expect(result.state).toBe('fuzzy');
    // The words that survived are covered; where the new ending stops is the matcher's guess.
    expect(wordsAt(changed, result)).toMatch(/^would free forty detainees from Korsk /);
  });

  it('orphans a span whose sentence was deleted, though a similar sentence remains elsewhere', () => {
    const similar = 'the Valmerian delegation would free fifty detainees from Korsk prison';
    const withTwin = TALKS + `\n\nIn an earlier draft, ${similar} over three days.`;
    const deleted = edit(withTwin, ', and the Valmerian delegation would free forty detainees from Korsk prison', '');
    expect(deleted).toContain(similar);
    expect(reanchor(withTwin, quote, deleted)).toEqual({ state: 'orphaned' });
  });

  it('orphans a name whose sentence was deleted instead of jumping to another mention', () => {
    const text = TALKS + '\n\nHaddad is due to brief parliament on Monday.';
    const deleted = edit(text, 'Minister Ilse Haddad told reporters that her government had "not rejected anything yet" but wanted', 'Officials said they wanted');
    expect(reanchor(text, 'Haddad', deleted)).toEqual({ state: 'orphaned' });
  });

  it('picks the right one of three identical quotes by context after everything shifted', () => {
    expect(TALKS.split('the 48-hour pause')).toHaveLength(4);
    const shifted = edit(TALKS, 'CAIRO — ', 'CAIRO — (This story has been corrected to fix the name of the prison.) ');
    for (const occurrence of [0, 1, 2]) {
      const result = reanchor(TALKS, 'the 48-hour pause', shifted, occurrence);
      expect(result).toEqual({ state: 'moved', ...spanOf(shifted, 'the 48-hour pause', occurrence) });
    }
  });

  it('picks the right repeated quote by context when paragraphs were reordered', () => {
    const paragraphs = TALKS.split('\n\n');
    const reordered = [paragraphs[2], paragraphs[0], paragraphs[4], paragraphs[1], paragraphs[3]].join('\n\n');
    // The third occurrence (Haddad's paragraph) is now the first.
    expect(reanchor(TALKS, 'the 48-hour pause', reordered, 2)).toEqual({ state: 'moved', ...spanOf(reordered, 'the 48-hour pause', 0) });
  });

  it('moves a quote with its paragraph when the paragraph is moved elsewhere', () => {
    const paragraphs = TALKS.split('\n\n');
    const moved = [paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[4], paragraphs[1]].join('\n\n');
    const result = reanchor(TALKS, quote, moved);
    expect(result).toEqual({ state: 'moved', ...spanOf(moved, quote) });
  });

  it('moves a whole paragraph quote when the paragraph is moved elsewhere', () => {
    const paragraphs = TALKS.split('\n\n');
    const moved = [paragraphs[4], paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[3]].join('\n\n');
    const whole = paragraphs[3] as string;
    expect(reanchor(TALKS, whole, moved)).toEqual({ state: 'moved', ...spanOf(moved, whole) });
  });

  it('orphans every annotation when the whole text is replaced by another article', () => {
    const other = [
      'GENEVA — Trade ministers from six countries ended two days of talks without agreeing on tariffs for steel and aluminium.',
      'The chair said a further round would be scheduled once capitals had reviewed the draft text circulated on Friday.',
    ].join('\n\n');
    for (const q of [quote, 'the 48-hour pause', 'Haddad', 'Talks are expected to resume in Doha next week.']) {
      expect(reanchor(TALKS, q, other)).toEqual({ state: 'orphaned' });
    }
  });

  it('works on normalised paragraphs: a quote spanning the blank line between two paragraphs', () => {
    const across = 'officials briefed on the talks in the Egyptian capital.\n\nUnder the revised plan';
    const changed = edit(TALKS, 'CAIRO — ', 'CAIRO, Egypt — ');
    expect(reanchor(TALKS, across, changed)).toEqual({ state: 'moved', ...spanOf(changed, across) });
  });

  it('does not treat a quote at the very start of the text as orphaned when text is appended', () => {
    const appended = TALKS + '\n\nThis article was updated.';
    expect(reanchor(TALKS, 'CAIRO', appended)).toEqual({ state: 'anchored', start: 0, end: 5 });
  });

  it('re-anchors many annotations at once, each as anchor() would, in input order', () => {
    const quotes = [quote, 'the 48-hour pause', 'Haddad', 'dismissed the proposal as "a pause for cameras"', 'Doha'];
    const targets = quotes.map((q) => {
      const { start, end } = spanOf(TALKS, q);
      return describeSpan(TALKS, start, end);
    });
    const changed = edit(edit(TALKS, 'CAIRO — ', 'CAIRO — Updated. '), 'a pause for cameras', 'a pause for the cameras');
    const results = reanchorAll(changed, targets);
    expect(results.map((r) => wordsAt(changed, r))).toEqual([quote, 'the 48-hour pause', 'Haddad', 'dismissed the proposal as "a pause for the cameras"', 'Doha']);
    expect(results.map((r) => r.state)).toEqual(['moved', 'moved', 'moved', 'fuzzy', 'moved']);
  });
});
