// Content-Type parsing, acceptance against a list of media-type patterns, and sniffing when a server sends none.

export interface ContentType {
  /** Lower-case "type/subtype", or "" when the header is absent. */
  mediaType: string;
  /** Lower-case parameter names; values unquoted. */
  params: Record<string, string>;
}

export function parseContentType(header: string | null | undefined): ContentType {
  if (!header) return { mediaType: '', params: {} };
  const [first, ...rest] = header.split(';');
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const name = p.slice(0, eq).trim().toLowerCase();
    let value = p.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    if (name && !(name in params)) params[name] = value;
  }
  return { mediaType: first.trim().toLowerCase(), params };
}

/** True when `mediaType` matches one of the patterns ("text/html", "text/*", "*\/*"). */
export function isAcceptedType(mediaType: string, patterns: readonly string[]): boolean {
  const [type, sub] = mediaType.split('/');
  return patterns.some((raw) => {
    const p = raw.trim().toLowerCase();
    if (p === '*/*' || p === '*') return true;
    const [pt, ps] = p.split('/');
    return pt === type && (ps === '*' || ps === sub);
  });
}

/** Media types whose bodies are text and should be decoded. */
export function isTextual(mediaType: string): boolean {
  return (
    mediaType.startsWith('text/') ||
    mediaType.endsWith('+xml') ||
    mediaType.endsWith('/xml') ||
    mediaType.endsWith('+json') ||
    mediaType === 'application/json' ||
    mediaType === 'application/javascript'
  );
}

/** Guesses a media type from the first bytes when the server did not say (or said octet-stream). */
export function sniffMediaType(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const s = head
    .replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '')
    .trimStart()
    .toLowerCase();
  if (s.startsWith('<?xml')) {
    if (/<(html)[\s>]/.test(s)) return 'application/xhtml+xml';
    if (/<(rss|rdf:rdf)[\s>]/.test(s)) return 'application/rss+xml';
    if (/<feed[\s>]/.test(s)) return 'application/atom+xml';
    return 'application/xml';
  }
  if (s.startsWith('<!doctype html') || /^<(html|head|body|meta|title|!--)/.test(s)) return 'text/html';
  if (/^<(rss|rdf:rdf)[\s>]/.test(s)) return 'application/rss+xml';
  if (/^<feed[\s>]/.test(s)) return 'application/atom+xml';
  if (/^<(urlset|sitemapindex)[\s>]/.test(s)) return 'application/xml';
  if (s.startsWith('<')) return 'text/html';
  let control = 0;
  for (let i = 0; i < Math.min(bytes.length, 512); i++) {
    const b = bytes[i];
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control === 0 ? 'text/plain' : 'application/octet-stream';
}
