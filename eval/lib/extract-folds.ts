// Splits eval pages into folds by a stable hash of the URL's host, so one site's pages never sit in two folds.

/** FNV-1a 32-bit hash of a string (stable across runs and Node versions). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The site a page belongs to: its host without a leading "www."; the raw URL when it does not parse. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Fold number (0..k-1) of a page URL. */
export function foldOf(url: string, k: number): number {
  return fnv1a(siteOf(url)) % k;
}
