import { describe, expect, it } from 'vitest';
import { carriesFiles } from '../../../renderer/logic/dropFiles';
import { progressFraction, progressText } from '../../../renderer/logic/importProgress';

describe('progressText', () => {
  it('counts the file in hand and names it', () => {
    expect(progressText({ done: 2, total: 12, current: 'name.html', cancelling: false })).toBe('Importing 3 of 12 — name.html');
    expect(progressText({ done: 0, total: 1, current: null, cancelling: false })).toBe('Importing 1 of 1');
  });

  it('never counts past the total when files arrive late or the last one ends', () => {
    expect(progressText({ done: 3, total: 3, current: null, cancelling: false })).toBe('Importing 3 of 3');
  });

  it('says it is stopping once cancel is asked for', () => {
    expect(progressText({ done: 1, total: 5, current: 'b.pdf', cancelling: true })).toBe('Stopping after b.pdf…');
  });
});

describe('progressFraction', () => {
  it('fills as files finish and is empty for an empty batch', () => {
    expect(progressFraction({ done: 1, total: 4, current: 'x', cancelling: false })).toBe(0.25);
    expect(progressFraction({ done: 0, total: 0, current: null, cancelling: false })).toBe(0);
  });
});

describe('carriesFiles', () => {
  it('is true only for drags that carry files', () => {
    expect(carriesFiles(['Files'])).toBe(true);
    expect(carriesFiles(['text/plain', 'Files'])).toBe(true);
    expect(carriesFiles(['text/plain', 'text/uri-list'])).toBe(false);
    expect(carriesFiles(undefined)).toBe(false);
    expect(carriesFiles(null)).toBe(false);
  });
});
