import { describe, expect, it } from 'vitest';
import { describeError } from '../../../renderer/logic/errors';

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

describe('describeError for a write that failed on disk', () => {
  it('says the change was not saved and what to check, rather than blaming the connection', () => {
    const message = "Parley could not save /home/r/Talks.parley/sources/5f1.json: EACCES: permission denied, open '/home/r/Talks.parley/sources/.5f1.json.tmp'";
    const said = describeError({ code: 'io-failed', message });
    expect(said).toContain('The change was not saved.');
    expect(said).toMatch(/free space.*can be written to/);
    expect(said).not.toMatch(/still running/);
  });

  it('names the file that was not saved, in plain words, without the system’s codes or temp file names', () => {
    const said = describeError({
      code: 'io-failed',
      message: "Parley could not save /n/Talks.parley/briefs/b1.json: EACCES: permission denied, open '/n/Talks.parley/briefs/.b1.json.42.ab12.parley-tmp'",
    });
    expect(said).toMatch(/^Parley could not save \/n\/Talks\.parley\/briefs\/b1\.json: permission denied\. The change was not saved\./);
    expect(said).not.toMatch(/EACCES|parley-tmp/);
    const full = describeError({ code: 'io-failed', message: 'Parley could not save /n/Talks.parley/sources/s1.json: EFBIG: file too large, write' });
    expect(full).toMatch(/s1\.json: file too large\. The change was not saved\./);
  });

  it('still says to check Parley is running when the page could not reach it', () => {
    const said = describeError({ code: 'io-failed', message: 'Parley could not reach the notebook for annotations.create: Failed to fetch' });
    expect(said).toMatch(/still running/);
    expect(said).not.toContain('not saved');
  });
});
