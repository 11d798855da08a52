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
