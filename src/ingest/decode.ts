// Turning raw bytes into text, refusing what is not a text document (binary, invalid UTF-8, empty).
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';

/** True when the bytes look like a binary file: a NUL byte in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Strict UTF-8 decoding with the byte offset of the first bad sequence in the error. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new InputError(
      where,
      `not valid UTF-8 text (first bad byte at offset ${firstBadUtf8(bytes)}); convert it to UTF-8 or give it as HTML with a <meta charset>`,
    );
  }
}

/** Decode an HTML file: its declared <meta charset> when that is not UTF-8 and known, else strict UTF-8. */
export function decodeHtml(bytes: Uint8Array, where: string): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const declared = m?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    return iconv.decode(Buffer.from(bytes), declared);
  }
  return decodeUtf8(bytes, where);
}

/** Check a document is usable text: not binary, not empty. Throws InputError naming the input. */
export function assertTextual(bytes: Uint8Array, where: string): void {
  if (bytes.length === 0) throw new InputError(where, 'is empty (0 bytes)');
  if (looksBinary(bytes)) throw new InputError(where, 'looks like a binary file (contains NUL bytes), not text, HTML or JSONL');
}

function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
