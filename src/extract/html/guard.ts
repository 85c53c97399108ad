// Screens raw HTML before parsing: caps huge pages, recognises binary data and pages with no markup at all.
import rules from '../../../data/extract-boilerplate.json' with { type: 'json' };

export interface Screened {
  html: string;
  notes: string[];
  fatal: string | null;
}

const BINARY_SAMPLE = 8192;

/** Share of control / replacement characters in the first few KB: high means the bytes were not text. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

function binaryShare(s: string): number {
  const sample = s.length > BINARY_SAMPLE ? s.slice(0, BINARY_SAMPLE) : s;
  if (sample.length === 0) return 0;
  const bad = sample.match(CONTROL);
  return bad ? bad.length / sample.length : 0;
}

export function screenHtml(html: string, maxChars: number = rules.maxHtmlChars): Screened {
  const notes: string[] = [];
  if (html.length === 0 || html.trim() === '') return { html: '', notes, fatal: 'empty input: no HTML to extract from' };
  if (binaryShare(html) > 0.1) return { html: '', notes, fatal: 'input looks binary (many control/replacement characters), not an HTML page' };
  let out = html;
  if (out.length > maxChars) {
    notes.push(`page truncated from ${out.length} to ${maxChars} characters before parsing`);
    out = out.slice(0, maxChars);
  }
  out = repairMojibake(out);
  // Strip NULs that would confuse the parser.
  if (out.includes('\u0000')) out = out.replace(/\u0000/g, '');
  return { html: out, notes, fatal: null };
}

/** Windows-1252 characters that stand for bytes 0x80-0x9F when UTF-8 was misread as cp1252. */
const CP1252: Record<string, number> = {
  '\u20ac': 0x80,
  '\u201a': 0x82,
  '\u0192': 0x83,
  '\u201e': 0x84,
  '\u2026': 0x85,
  '\u2020': 0x86,
  '\u2021': 0x87,
  '\u02c6': 0x88,
  '\u2030': 0x89,
  '\u0160': 0x8a,
  '\u2039': 0x8b,
  '\u0152': 0x8c,
  '\u017d': 0x8e,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2022': 0x95,
  '\u2013': 0x96,
  '\u2014': 0x97,
  '\u02dc': 0x98,
  '\u2122': 0x99,
  '\u0161': 0x9a,
  '\u203a': 0x9b,
  '\u0153': 0x9c,
  '\u017e': 0x9e,
  '\u0178': 0x9f,
};
const CONT =
  '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Undo UTF-8 text that was decoded as Latin-1/cp1252 ("donâ€™t" -> "don’t"); sequences that are not valid UTF-8 stay as they are. */
export function repairMojibake(s: string): string {
  if (!/[\u00c2-\u00f4]/.test(s)) return s;
  return s.replace(MOJIBAKE, (m) => {
    const bytes = new Uint8Array(m.length);
    for (let i = 0; i < m.length; i++) {
      const ch = m[i]!;
      const code = ch.charCodeAt(0);
      bytes[i] = code <= 0xff ? code : (CP1252[ch] ?? 0);
    }
    try {
      return utf8.decode(bytes);
    } catch {
      return m;
    }
  });
}
