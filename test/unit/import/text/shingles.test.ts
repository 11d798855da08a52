import { describe, expect, it } from 'vitest';
import {
  NEAR_DUPLICATE_THRESHOLD,
  TextSignature,
  detectBoilerplate,
  findSimilar,
  similarity,
  textSignature,
  trimSpans,
} from '../../../../shared/import';
import { article } from './fixture';

const original = article('near-duplicate-original.txt');
const edited = article('near-duplicate-edited.txt');
const otherReport = article('same-talks-other.txt');

describe('near-duplicate signatures', () => {
  it('are small, valid and deterministic', () => {
    const signature = textSignature(original);
    expect(TextSignature.parse(signature)).toEqual(signature);
    expect(signature.mins.length).toBeLessThanOrEqual(128);
    expect(JSON.stringify(signature).length).toBeLessThan(1500);
    expect(textSignature(original)).toEqual(signature);
    expect([...signature.mins].sort((a, b) => a - b)).toEqual(signature.mins);
  });

  it('score an identical text 1 and ignore case, punctuation and accents', () => {
    expect(similarity(textSignature(original), textSignature(original))).toBe(1);
    const shouted = original.toUpperCase().replace(/[.,"]/g, ' ').replace(/Okonjo/gi, 'Okonjó');
    expect(similarity(textSignature(original), textSignature(shouted))).toBe(1);
  });

  it('score the same article with another headline, a changed sentence and no footer high', () => {
    // Measured: 0.83.
    expect(similarity(textSignature(original), textSignature(edited))).toBeGreaterThanOrEqual(0.7);
  });

  it('score the article against its own trimmed version high', () => {
    const trimmed = trimSpans(original, detectBoilerplate(original)).text;
    expect(trimmed).not.toBe(original);
    // Measured: 0.98.
    expect(similarity(textSignature(original), textSignature(trimmed))).toBeGreaterThanOrEqual(0.9);
  });

  it('score a different report on the same talks low', () => {
    // Measured: 0 for both; they share names and phrases but not five words in a row.
    expect(similarity(textSignature(original), textSignature(otherReport))).toBeLessThan(0.3);
    expect(similarity(textSignature(edited), textSignature(otherReport))).toBeLessThan(0.3);
  });

  it('score different fixtures low against each other', () => {
    const files = ['dateline-agency.txt', 'leading-date.txt', 'furniture.txt', 'clean-traps.txt', 'reporter-bio.txt'];
    const signatures = files.map((f) => textSignature(article(f)));
    for (let i = 0; i < signatures.length; i++) {
      for (let j = i + 1; j < signatures.length; j++) {
        expect(similarity(signatures[i] as TextSignature, signatures[j] as TextSignature)).toBeLessThan(0.3);
      }
    }
  });

  it('is symmetric and treats empty texts as unlike anything', () => {
    const a = textSignature(original);
    const b = textSignature(edited);
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(similarity(textSignature(''), textSignature(''))).toBe(0);
    expect(similarity(textSignature('...'), a)).toBe(0);
  });

  it('compares very short texts as one shingle', () => {
    expect(similarity(textSignature('Talks resume'), textSignature('talks, resume!'))).toBe(1);
    expect(similarity(textSignature('Talks resume'), textSignature('Talks stall'))).toBe(0);
  });
});

describe('findSimilar', () => {
  it('lists candidates above the threshold, most similar first', () => {
    const candidates = [
      { id: 'other', title: 'Coalition weighs answer', signature: textSignature(otherReport) },
      { id: 'edited', title: "Tessaly's mediators propose two-day truce", signature: textSignature(edited) },
      { id: 'same', title: 'Mediators float 48-hour pause', signature: textSignature(original) },
    ];
    const found = findSimilar(textSignature(original), candidates);
    expect(found.map((f) => f.id)).toEqual(['same', 'edited']);
    expect(found[0]?.similarity).toBe(1);
    expect(found[1]?.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('sits between the scores of near-duplicates and of different reports', () => {
    expect(NEAR_DUPLICATE_THRESHOLD).toBeGreaterThanOrEqual(0.3);
    expect(NEAR_DUPLICATE_THRESHOLD).toBeLessThanOrEqual(0.7);
  });
});
