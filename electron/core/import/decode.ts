import { TextDecoder } from 'node:util';
import { ParleyError } from '../../../shared/contract';

/**
 * Bytes of a text file to a string, refusing anything that is not clearly text. Guessing
 * (Latin-1, Windows-1252) would store mojibake that every quote and search then inherits,
 * so a file must be UTF-8, or UTF-16 announced by its byte order mark.
 */
export function decodeTextFile(bytes: Uint8Array, fileName: string): string {
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = decode('utf-8', bytes.subarray(3), fileName);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    text = decode('utf-16le', bytes.subarray(2), fileName);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = decode('utf-16le', swapBytePairs(bytes.subarray(2), fileName), fileName);
  } else {
    text = decode('utf-8', bytes, fileName);
  }
  // NUL never occurs in text; it does in binary files and in UTF-16 without a BOM.
  if (text.includes('\u0000')) {
    throw new ParleyError('unsupported-file', `${fileName} looks like a binary file, not text (it contains NUL bytes).`);
  }
  return text;
}

function decode(encoding: 'utf-8' | 'utf-16le', bytes: Uint8Array, fileName: string): string {
  try {
    // ignoreBOM: the BOM was already recognised and cut; a second one is content to keep.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const what = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    throw new ParleyError(
      'unsupported-file',
      `${fileName} is not valid ${what} text. Save it as UTF-8 (most editors offer this under “Save as”) and import it again.`,
    );
  }
}

/** UTF-16 BE to LE, so one decoder serves both (Node's ICU may lack a BE decoder). */
function swapBytePairs(bytes: Uint8Array, fileName: string): Uint8Array {
  if (bytes.length % 2 !== 0) {
    throw new ParleyError('unsupported-file', `${fileName} is not valid UTF-16 text (it ends in half a character).`);
  }
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number;
    swapped[i + 1] = bytes[i] as number;
  }
  return swapped;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
