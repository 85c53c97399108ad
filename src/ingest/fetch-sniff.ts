// Which media type a fetched body is: the bytes (sniffed, BOM-aware) win over the Content-Type header, within the fetcher's size cap.
import { isAcceptedType, isTextual, sniffMediaType } from './fetch-content-type.js';

/** Media types a sniffed body may take over from a vaguer or wrong header. */
const STRUCTURED = new Set(['text/html', 'application/xhtml+xml', 'application/rss+xml', 'application/atom+xml', 'application/xml']);

/** Magic numbers of common binary formats, for a refusal that says what the body is. */
const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive'],
  [[0x1f, 0x8b], 'a gzip file'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF (WebP/WAV/AVI) file'],
  [[0x00, 0x00, 0x00], 'a binary (MP4 or similar) file'],
];

/** What a binary body looks like, in words ("a PNG image"). */
export function binaryKind(bytes: Uint8Array): string {
  for (const [magic, label] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return label;
  return 'binary data (control bytes)';
}

/** UTF-16/32 text with a byte-order mark: its first kilobyte as UTF-8 bytes, so the sniffer sees the characters. */
function unicodeHead(bytes: Uint8Array): Uint8Array | null {
  const b = bytes;
  let enc: string | null = null;
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) enc = 'utf-32le';
  else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) enc = 'utf-32be';
  else if (b[0] === 0xff && b[1] === 0xfe) enc = 'utf-16le';
  else if (b[0] === 0xfe && b[1] === 0xff) enc = 'utf-16be';
  if (!enc) return null;
  const head = b.subarray(0, 4096);
  let text: string;
  if (enc.startsWith('utf-16')) text = new TextDecoder(enc).decode(head);
  else {
    // TextDecoder has no UTF-32: read code points by hand
    const le = enc === 'utf-32le';
    const cps: number[] = [];
    for (let i = 4; i + 3 < head.length; i += 4) {
      const cp = le
        ? head[i]! | (head[i + 1]! << 8) | (head[i + 2]! << 16) | (head[i + 3]! << 24)
        : (head[i]! << 24) | (head[i + 1]! << 16) | (head[i + 2]! << 8) | head[i + 3]!;
      cps.push(cp >>> 0 <= 0x10ffff ? cp >>> 0 : 0xfffd);
    }
    text = String.fromCodePoint(...cps);
  }
  return Buffer.from(text.replace(/^\ufeff/, ''), 'utf8');
}

/** The sniffed media type of a body, reading UTF-16/32 text with a BOM as text. */
export function sniffBody(bytes: Uint8Array): string {
  return sniffMediaType(unicodeHead(bytes) ?? bytes);
}

/** The media type to report for a body, or the reason it is refused. */
export type MediaVerdict = { mediaType: string } | { refused: string };

/**
 * Settles a body's media type from its header (`declared`, "" when absent) and its bytes. A feed served as
 * text/plain, application/x-rss+xml or octet-stream is a feed; a PNG served as text/html is refused, saying so.
 * `vague` lists header values that say nothing (octet-stream...): the body alone decides.
 */
export function settleMediaType(declared: string, bytes: Uint8Array, accept: readonly string[], vague: ReadonlySet<string>): MediaVerdict {
  const sniffed = sniffBody(bytes);
  const said = declared || 'no content type';
  if (declared && !vague.has(declared) && isAcceptedType(declared, accept)) {
    if (!isTextual(declared)) return { mediaType: declared }; // the caller asked for this non-text type (accept: ['image/*'])
    if (sniffed === 'application/octet-stream' && bytes.length > 0) {
      return { refused: `server sent ${said} but the body is ${binaryKind(bytes)}, not text; refused` };
    }
    if (!STRUCTURED.has(declared) && STRUCTURED.has(sniffed)) return { mediaType: sniffed }; // a feed or page served as text/plain
    return { mediaType: declared };
  }
  // a specific header the caller did not accept is overruled only by markup (a feed or page); plain text under
  // application/json or text/css stays refused
  const overrules = vague.has(declared) || !declared || STRUCTURED.has(sniffed);
  if (overrules && isAcceptedType(sniffed, accept) && (sniffed !== 'application/octet-stream' || accept.includes('*/*'))) return { mediaType: sniffed };
  const looks = sniffed === 'application/octet-stream' ? `${binaryKind(bytes)} (${sniffed})` : sniffed;
  return { refused: `server sent ${said} and the body looks like ${looks}, expected one of ${accept.join(', ')} (pass accept: [...] to allow other types)` };
}
