import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../renderer/logic/base64';

describe('bytesToBase64', () => {
  it('encodes like the standard alphabet, padding included', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'Parley — مفاوضات']) {
      const bytes = new TextEncoder().encode(text);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('encodes a file larger than one slice without overflowing the stack', () => {
    const bytes = new Uint8Array(1_000_003).map((_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
