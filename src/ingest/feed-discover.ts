// Finds a page's feeds from <link rel="alternate" type="application/rss+xml|atom+xml" href> tags (pure; no I/O).
import formats from '../../data/fetch-feed-formats.json' with { type: 'json' };
import { decodeEntities } from './feed-text.js';

const FEED_TYPES = new Set(formats.discoveryTypes.map((t) => t.toLowerCase()));

/** Attributes of one start tag, names lower-cased, values entity-decoded. */
export function tagAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const body = tag.replace(/^<\s*[a-z0-9:-]+/i, '').replace(/\/?>$/, '');
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const name = m[1].toLowerCase();
    if (!(name in out)) out[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/**
 * Absolute URLs of the feeds a page announces, in document order, without duplicates. Relative hrefs resolve
 * against <base href> when the page has one, else against `baseUrl`.
 */
export function discoverFeeds(html: string, baseUrl: string): string[] {
  const src = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  let base: string | null = null;
  try {
    base = new URL(baseUrl).href;
  } catch {
    base = null;
  }
  const baseTag = /<base\b[^>]*>/i.exec(src);
  if (baseTag) {
    const href = tagAttributes(baseTag[0]).href;
    if (href) {
      try {
        base = new URL(href, base ?? undefined).href;
      } catch {
        /* keep the page URL */
      }
    }
  }
  const found: string[] = [];
  const linkTag = /<link\b[^>]*>/gi;
  for (let m = linkTag.exec(src); m; m = linkTag.exec(src)) {
    const a = tagAttributes(m[0]);
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    const type = (a.type ?? '').toLowerCase().split(';')[0].trim();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type) || !a.href?.trim()) continue;
    let url: string;
    try {
      url = new URL(a.href.trim(), base ?? undefined).href;
    } catch {
      continue;
    }
    if (!/^https?:/.test(url)) continue;
    if (!found.includes(url)) found.push(url);
  }
  return found;
}
