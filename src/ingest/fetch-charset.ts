// Decodes fetched bytes to text: BOM, then the Content-Type charset, then <meta charset> / XML prolog, checked against the bytes.
import iconv from 'iconv-lite';
import charsets from '../../data/fetch-charsets.json' with { type: 'json' };

const ALIASES: Record<string, string> = charsets.aliases;

/** Where the charset used for decoding came from. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml-prolog' | 'sniffed-utf8' | 'default';

export interface DecodedText {
  text: string;
  /** The encoding actually used (iconv-lite name, e.g. "utf-8", "windows-1251", "windows-31j"). */
  charset: string;
  source: CharsetSource;
  /** Declared charsets that were overridden or unknown, for audit ("header said iso-8859-1 but bytes are UTF-8"). */
  notes: string[];
}

/** Maps a charset label to the iconv-lite encoding we decode it with, or null when iconv-lite does not know it. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();
  if (!l) return null;
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

function bomOf(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

/** The charset an XML prolog declares (`<?xml version="1.0" encoding="windows-1251"?>`), if any. */
export function xmlPrologCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const m = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return m ? m[1] : null;
}

/** The charset an HTML page declares in `<meta charset>` or `<meta http-equiv content="...; charset=...">`, if any. */
export function metaCharset(bytes: Uint8Array, scanBytes = 8192): string | null {
  const head = Buffer.from(bytes.subarray(0, scanBytes))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  const tag = /<meta\b[^>]*>/gi;
  for (let m = tag.exec(head); m; m = tag.exec(head)) {
    const c = /charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i.exec(m[0]);
    if (c) return c[1];
  }
  return null;
}

/** UTF-8 validity check: 'ascii' (all bytes < 0x80), 'utf8' (valid with multi-byte sequences) or 'invalid'. */
export function utf8Shape(bytes: Uint8Array): 'ascii' | 'utf8' | 'invalid' {
  let multi = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (n = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (n = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (n = 3), (min = 0x10000);
    else return 'invalid';
    if (i + n >= bytes.length) {
      // Truncated at the very end (a size cap can cut a character): tolerate if what is there is well-formed.
      for (let k = 1; i + k < bytes.length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 'invalid';
      multi = true;
      break;
    }
    let cp = b & (0xff >> (n + 2));
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return 'invalid';
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 'invalid';
    multi = true;
    i += n + 1;
  }
  return multi ? 'utf8' : 'ascii';
}

function decodeWith(bytes: Uint8Array, charset: string, skip = 0): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.byteLength - skip), charset, { stripBOM: true });
}

/**
 * Decodes a body. Order: BOM; then each declaration (header charset, then XML prolog / meta) that iconv-lite knows;
 * a declared UTF-8 that the bytes contradict is skipped, and a declared legacy charset is overridden when the bytes
 * are valid, non-ASCII UTF-8 (mislabelled pages are far more common than legacy text that happens to be valid UTF-8).
 */
export function decodeBody(bytes: Uint8Array, headerCharset: string | null | undefined): DecodedText {
  const notes: string[] = [];
  const bom = bomOf(bytes);
  if (bom) {
    const declared = normalizeCharset(headerCharset);
    if (declared && declared !== bom.charset) notes.push(`byte order mark says ${bom.charset}; header said ${headerCharset}`);
    return { text: decodeWith(bytes, bom.charset, bom.length), charset: bom.charset, source: 'bom', notes };
  }
  const candidates: { label: string; source: CharsetSource }[] = [];
  if (headerCharset) candidates.push({ label: headerCharset, source: 'header' });
  const prolog = xmlPrologCharset(bytes);
  if (prolog) candidates.push({ label: prolog, source: 'xml-prolog' });
  else {
    const meta = metaCharset(bytes);
    if (meta) candidates.push({ label: meta, source: 'meta' });
  }
  let shape: ReturnType<typeof utf8Shape> | null = null;
  const getShape = () => (shape ??= utf8Shape(bytes));
  for (const c of candidates) {
    const charset = normalizeCharset(c.label);
    if (!charset) {
      notes.push(`${c.source} declared unknown charset "${c.label}"`);
      continue;
    }
    if (charset === 'utf-8') {
      if (getShape() === 'invalid') {
        notes.push(`${c.source} declared utf-8 but the bytes are not valid UTF-8`);
        continue;
      }
      return { text: decodeWith(bytes, 'utf-8'), charset, source: c.source, notes };
    }
    if (!charset.startsWith('utf-16') && getShape() === 'utf8') {
      notes.push(`${c.source} declared ${c.label} but the bytes are valid UTF-8 text; decoded as UTF-8`);
      return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: 'sniffed-utf8', notes };
    }
    return { text: decodeWith(bytes, charset), charset, source: c.source, notes };
  }
  if (getShape() !== 'invalid') return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', source: candidates.length ? 'sniffed-utf8' : 'default', notes };
  notes.push('no usable charset declaration and the bytes are not UTF-8; decoded as windows-1252');
  return { text: decodeWith(bytes, 'windows-1252'), charset: 'windows-1252', source: 'default', notes };
}
