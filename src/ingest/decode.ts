// Turning raw bytes into text, refusing what is not a text document (binary, invalid UTF-8, empty).
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';

/** A Unicode byte-order mark at the start of `bytes`: its encoding (iconv-lite name) and length, or null. */
export function unicodeBom(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'; length: number } | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** True for UTF-16/UTF-32 text announced by its byte-order mark (its NUL bytes are not binary). */
export function isWideUnicode(bytes: Uint8Array): boolean {
  const bom = unicodeBom(bytes);
  return bom !== null && bom.encoding !== 'utf-8';
}

/** Text from bytes: UTF-16/UTF-32 when a byte-order mark says so (strictly), else strict UTF-8. */
export function decodeText(bytes: Uint8Array, where: string): string {
  const bom = unicodeBom(bytes);
  if (!bom || bom.encoding === 'utf-8') return decodeUtf8(bytes, where);
  const body = bytes.subarray(bom.length);
  if (bom.encoding === 'utf-16le' || bom.encoding === 'utf-16be') {
    try {
      return new TextDecoder(bom.encoding, { fatal: true }).decode(body);
    } catch {
      throw new InputError(
        where,
        `starts with a ${bom.encoding.toUpperCase()} byte-order mark but is not valid ${bom.encoding.toUpperCase()} (odd length or a lone surrogate); save it as UTF-8`,
      );
    }
  }
  if (body.length % 4 !== 0)
    throw new InputError(where, `starts with a ${bom.encoding.toUpperCase()} byte-order mark but its length is not a multiple of 4 bytes; save it as UTF-8`);
  const text = iconv.decode(Buffer.from(body), bom.encoding, { stripBOM: false });
  if (text.includes('\ufffd'))
    throw new InputError(where, `is not valid ${bom.encoding.toUpperCase()} (code points beyond U+10FFFF or surrogates); save it as UTF-8`);
  return text;
}

/** True when the bytes look like a binary file: a NUL byte in the first 8 KiB (UTF-16/32 with a byte-order mark is text). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (isWideUnicode(bytes)) return false;
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
  if (isWideUnicode(bytes)) return decodeText(bytes, where); // a byte-order mark outranks <meta charset>
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
