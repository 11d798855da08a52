/**
 * Files cross the contract as base64. `btoa` takes a "binary string", so the bytes are fed
 * in slices: one `String.fromCharCode(...bytes)` over a whole file would overflow the call
 * stack. Each slice is a multiple of 3 bytes so the pieces concatenate without padding.
 */
const SLICE = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += SLICE) {
    const slice = bytes.subarray(at, at + SLICE);
    out += btoa(String.fromCharCode(...slice));
  }
  return out;
}
