// Parses RSS 2.0, Atom, RDF (RSS 1.0), news sitemaps and sitemap indexes into one list of FeedItems (pure; no I/O).
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeedDate } from './feed-dates.js';
import { decodeEntities, htmlToText } from './feed-text.js';

export type FeedKind = 'rss' | 'atom' | 'rdf' | 'sitemap' | 'sitemap-index';

export interface FeedItem {
  /** Stable id: guid / Atom id / rdf:about / sitemap loc, else the link, else a hash of title and date. */
  id: string;
  /** Absolute URL of the article (or, in a sitemap index, of the child sitemap); null when the item has none. */
  url: string | null;
  title: string | null;
  /** ISO 8601 (see parseFeedDate), or null when absent or unreadable. */
  published: string | null;
  /** Atom <updated> / sitemap <lastmod>, when given. */
  updated: string | null;
  authors: string[];
  /** Plain-text summary (description / summary), tags stripped. */
  summary: string | null;
  /** Full content as HTML when the feed carries it (content:encoded, Atom <content>). */
  contentHtml: string | null;
  categories: string[];
  /** Outlet name (news sitemap <news:publication><news:name>), when given. */
  outlet: string | null;
  /** Language code from the item, the news sitemap or the channel, when given. */
  language: string | null;
}

export interface Feed {
  kind: FeedKind;
  title: string | null;
  /** The site the feed belongs to (channel link / Atom alternate link). */
  link: string | null;
  language: string | null;
  items: FeedItem[];
}

export type FeedErrorCode = 'malformed-xml' | 'not-a-feed';

export class FeedError extends Error {
  readonly code: FeedErrorCode;
  readonly line: number | null;
  readonly column: number | null;

  constructor(code: FeedErrorCode, message: string, line: number | null = null, column: number | null = null) {
    super(message);
    this.name = 'FeedError';
    this.code = code;
    this.line = line;
    this.column = column;
  }
}

type Node = Record<string, unknown>;

const ARRAYS = new Set(['item', 'entry', 'url', 'sitemap', 'link', 'author', 'creator', 'category', 'contributor', 'title']);

const CDATA = '__cdata';

// Entities are decoded by us (decodeEntities) rather than the parser: about twice as fast on large feeds, and CDATA
// sections (kept apart under CDATA) are never entity-decoded, as XML requires.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  processEntities: false,
  cdataPropName: CDATA,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  jPath: false,
  isArray: (name: string) => ARRAYS.has(name),
});

/** Escapes "&" that does not start a character reference: the commonest reason real feeds are not well-formed. */
export function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

/** The parsed document; what the parser still refuses after validation (an unclosed processing instruction...) is a FeedError. */
function parseXml(xml: string, where: string): Node {
  try {
    return parser.parse(xml) as Node;
  } catch (e) {
    throw new FeedError('malformed-xml', `feed ${where} is not well-formed XML: ${(e as Error).message}`);
  }
}

function validateXml(xml: string, baseUrl: string): string {
  const first = XMLValidator.validate(xml);
  if (first === true) return xml;
  const repaired = escapeBareAmpersands(xml);
  if (repaired !== xml && XMLValidator.validate(repaired) === true) return repaired;
  const { line, col, msg } = first.err;
  throw new FeedError('malformed-xml', `feed ${baseUrl || '(no url)'} is not well-formed XML at line ${line}, column ${col}: ${msg}`, line, col);
}

/** All text inside a parsed node, attributes ignored (for Atom xhtml content and mixed elements). */
function flatten(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'string') return decodeEntities(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(flatten).filter(Boolean).join(' ');
  if (typeof v === 'object') {
    return Object.entries(v as Node)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([k, x]) => (k === CDATA ? asArray(x).join('') : flatten(x)))
      .filter(Boolean)
      .join(' ');
  }
  return '';
}

/** First non-empty text among the values of a (possibly repeated) element. */
function text(v: unknown): string | null {
  const list = Array.isArray(v) ? v : [v];
  for (const x of list) {
    const t = flatten(x).trim();
    if (t) return t;
  }
  return null;
}

/** Text of a title-like field: HTML tags stripped, entities decoded, whitespace collapsed. */
function plain(v: unknown): string | null {
  const t = text(v);
  if (t === null) return null;
  const p = htmlToText(t);
  return p || null;
}

function attr(v: unknown, name: string): string | null {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const a = (v as Node)[`@_${name}`];
    return typeof a === 'string' ? decodeEntities(a) : null;
  }
  return null;
}

function asArray(v: unknown): unknown[] {
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  try {
    return base ? new URL(h, base).href : new URL(h).href;
  } catch {
    return null;
  }
}

function withBase(node: unknown, base: string | null): string | null {
  const b = attr(node, 'base');
  return b ? (absolute(b, base) ?? base) : base;
}

/** Picks an item link: text links (RSS) first, then href links with rel alternate (or no rel), preferring HTML types. */
function pickLink(links: unknown, base: string | null): string | null {
  const list = asArray(links);
  for (const l of list) {
    if (typeof l === 'string' && l.trim()) return absolute(decodeEntities(l), base);
    if (l && typeof l === 'object' && !attr(l, 'href')) {
      const t = text(l);
      if (t) return absolute(t, base);
    }
  }
  const hrefs = list.filter((l) => attr(l, 'href') && (attr(l, 'rel') ?? 'alternate') === 'alternate');
  const html = hrefs.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html'));
  const chosen = html ?? hrefs[0];
  return chosen ? absolute(attr(chosen, 'href'), base) : null;
}

/** "jane@example.com (Jane Doe)" -> "Jane Doe"; Atom <author><name>; plain strings as they are. */
function authorNames(...sources: unknown[]): string[] {
  const out: string[] = [];
  for (const src of sources) {
    for (const a of asArray(src)) {
      let name: string | null = null;
      if (a && typeof a === 'object' && !Array.isArray(a) && ('name' in (a as Node) || 'email' in (a as Node))) {
        name = text((a as Node).name) ?? text((a as Node).email);
      } else name = text(a);
      if (!name) continue;
      const paren = /^\S+@\S+\s*\((.+)\)$/.exec(name);
      if (paren) name = paren[1];
      name = htmlToText(name);
      if (name && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

function categories(v: unknown): string[] {
  const out: string[] = [];
  for (const c of asArray(v)) {
    const t = text(c) ?? attr(c, 'term') ?? attr(c, 'label');
    if (t && !out.includes(t.trim())) out.push(t.trim());
  }
  return out;
}

function fallbackId(title: string | null, published: string | null, summary: string | null): string {
  const h = createHash('sha256')
    .update(`${title ?? ''}\u0000${published ?? ''}\u0000${summary ?? ''}`)
    .digest('hex')
    .slice(0, 24);
  return `urn:newsloom:feed-item:${h}`;
}

function finishItem(item: Omit<FeedItem, 'id'> & { id: string | null }): FeedItem | null {
  if (!item.id && !item.url && !item.title && !item.summary && !item.contentHtml) return null;
  return { ...item, id: item.id || item.url || fallbackId(item.title, item.published, item.summary) };
}

function rssItem(node: Node, base: string | null, language: string | null): FeedItem | null {
  const b = withBase(node, base);
  const guidNode = node.guid;
  const guid = text(guidNode);
  let url = pickLink(node.link, b);
  if (!url && guid && attr(guidNode, 'isPermaLink') !== 'false') url = absolute(guid, b);
  const summaryRaw = text(node.description) ?? text(node.summary);
  const content = text(node.encoded);
  const publishedRaw = text(node.pubDate) ?? text(node.date) ?? text(node.published) ?? text(node.issued);
  return finishItem({
    id: guid ?? attr(node, 'about'),
    url,
    title: plain(node.title),
    published: parseFeedDate(publishedRaw),
    updated: parseFeedDate(text(node.updated) ?? text(node.modified)),
    authors: authorNames(node.author, node.creator),
    summary: summaryRaw ? htmlToText(summaryRaw) || null : null,
    contentHtml: content,
    categories: categories(node.category ?? node.subject),
    outlet: null,
    language: text(node.language) ?? language,
  });
}

function atomContent(node: unknown): string | null {
  if (node == null) return null;
  const n = asArray(node)[0];
  if (attr(n, 'src')) return null;
  const type = attr(n, 'type') ?? 'text';
  const t = text(n);
  if (t === null) return null;
  return type === 'text' ? t.replace(/&/g, '&amp;').replace(/</g, '&lt;') : t;
}

function atomItem(node: Node, base: string | null, feedAuthors: string[], language: string | null): FeedItem | null {
  const b = withBase(node, base);
  const authors = authorNames(node.author, node.creator);
  const summaryRaw = text(node.summary);
  const published = parseFeedDate(text(node.published) ?? text(node.issued) ?? text(node.created));
  const updated = parseFeedDate(text(node.updated) ?? text(node.modified));
  return finishItem({
    id: text(node.id),
    url: pickLink(node.link, b),
    title: plain(node.title),
    published: published ?? updated,
    updated,
    authors: authors.length ? authors : feedAuthors,
    summary: summaryRaw ? htmlToText(summaryRaw) || null : null,
    contentHtml: atomContent(node.content),
    categories: categories(node.category),
    outlet: null,
    language: attr(node, 'lang') ?? language,
  });
}

function sitemapItem(node: Node, base: string | null): FeedItem | null {
  const loc = absolute(text(node.loc), base);
  if (!loc) return null;
  const news = (asArray(node.news)[0] ?? null) as Node | null;
  const publication = news ? ((asArray(news.publication)[0] ?? null) as Node | null) : null;
  const keywords = news ? text(news.keywords) : null;
  const lastmod = parseFeedDate(text(node.lastmod));
  return {
    id: loc,
    url: loc,
    title: news ? plain(news.title) : null,
    published: (news ? parseFeedDate(text(news.publication_date)) : null) ?? lastmod,
    updated: lastmod,
    authors: [],
    summary: null,
    contentHtml: null,
    categories: keywords
      ? keywords
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
      : [],
    outlet: publication ? text(publication.name) : null,
    language: publication ? text(publication.language) : null,
  };
}

function rootOf(doc: Node): [string, Node] {
  for (const [k, v] of Object.entries(doc)) {
    if (k.startsWith('?') || k.startsWith('!') || k.startsWith('#') || k.startsWith('@_')) continue;
    return [k, (v && typeof v === 'object' ? v : {}) as Node];
  }
  throw new FeedError('not-a-feed', 'document has no root element');
}

/**
 * Parses a feed or sitemap. `baseUrl` (the URL it was fetched from) resolves relative links.
 * Throws FeedError('malformed-xml') with line and column for XML that is not well-formed (after repairing bare "&"),
 * and FeedError('not-a-feed') for well-formed XML or HTML that is none of the supported formats.
 */
export function parseFeed(xml: string, baseUrl: string): Feed {
  const src = xml.replace(/^\uFEFF/, '');
  const where = baseUrl || '(no url)';
  if (!src.trim()) throw new FeedError('malformed-xml', `feed ${where} is empty`);
  const head = src.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || /^<html[\s>]/.test(head)) {
    throw new FeedError('not-a-feed', `${where} is an HTML page, not a feed; use discoverFeeds() to find the feeds it links to`);
  }
  const doc = parseXml(validateXml(src, baseUrl), where);
  const [rootName, root] = rootOf(doc);
  const base = withBase(root, absolute(baseUrl, null));
  const items: FeedItem[] = [];
  const push = (i: FeedItem | null) => {
    if (i) items.push(i);
  };
  switch (rootName) {
    case 'rss': {
      const channel = (asArray(root.channel)[0] ?? {}) as Node;
      const language = text(channel.language);
      for (const n of asArray(channel.item ?? root.item)) push(rssItem(n as Node, withBase(channel, base), language));
      return { kind: 'rss', title: plain(channel.title), link: pickLink(channel.link, base), language, items };
    }
    case 'RDF': {
      const channel = (asArray(root.channel)[0] ?? {}) as Node;
      const language = text(channel.language);
      for (const n of asArray(root.item ?? channel.item)) push(rssItem(n as Node, base, language));
      return { kind: 'rdf', title: plain(channel.title), link: pickLink(channel.link, base), language, items };
    }
    case 'feed': {
      const language = attr(root, 'lang');
      const feedAuthors = authorNames(root.author);
      for (const n of asArray(root.entry)) push(atomItem(n as Node, base, feedAuthors, language));
      return { kind: 'atom', title: plain(root.title), link: pickLink(root.link, base), language, items };
    }
    case 'urlset': {
      for (const n of asArray(root.url)) push(sitemapItem(n as Node, base));
      return { kind: 'sitemap', title: items.find((i) => i.outlet)?.outlet ?? null, link: null, language: null, items };
    }
    case 'sitemapindex': {
      for (const n of asArray(root.sitemap)) push(sitemapItem(n as Node, base));
      return { kind: 'sitemap-index', title: null, link: null, language: null, items };
    }
    default:
      throw new FeedError('not-a-feed', `${where}: root element <${rootName}> is not RSS, Atom, RDF or a sitemap`);
  }
}
