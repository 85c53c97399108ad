// Reads JSON-LD blocks (incl. @graph and @id references) and picks the article object and the publisher behind a page.
import metaRules from '../../../data/extract-metadata.json' with { type: 'json' };
import type { PageIndex } from './page-index.js';

type Obj = Record<string, unknown>;
const ARTICLE = new Set(metaRules.articleTypes);
const PAGE = new Set(metaRules.pageTypes);

export interface JsonLd {
  article: Obj | null;
  articleKind: 'article' | 'page' | null;
  objects: Obj[];
  byId: Map<string, Obj>;
  errors: number;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function types(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^.*[/:#]/, ''));
}

function parseLoose(text: string): unknown {
  const cleaned = text
    .replace(/^\s*<!--|-->\s*$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    /* try harder below */
  }
  // Common breakage: raw newlines/tabs inside strings, trailing commas.
  const fixed = cleaned.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
  return JSON.parse(fixed);
}

function collect(v: unknown, out: Obj[], depth: number): void {
  if (depth > 6 || out.length > 500) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  if (!isObj(v)) return;
  out.push(v);
  if (Array.isArray(v['@graph'])) collect(v['@graph'], out, depth + 1);
  // Article nested as mainEntity / mainEntityOfPage of a WebPage.
  for (const k of ['mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
    const sub = v[k];
    if (isObj(sub) && sub['@type']) collect(sub, out, depth + 1);
    else if (Array.isArray(sub)) for (const s of sub) if (isObj(s) && s['@type']) collect(s, out, depth + 1);
  }
}

export function readJsonLd(doc: PageIndex): JsonLd {
  const objects: Obj[] = [];
  let errors = 0;
  for (const text of doc.jsonLd) {
    if (!text.trim() || text.length > 2_000_000) continue;
    try {
      collect(parseLoose(text), objects, 0);
    } catch {
      errors++;
    }
  }
  const byId = new Map<string, Obj>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  let article: Obj | null = null;
  let articleKind: JsonLd['articleKind'] = null;
  // Prefer the article type object that has a headline or a date; then a WebPage.
  for (const o of objects) {
    if (types(o).some((t) => ARTICLE.has(t) || t.endsWith('article'))) {
      if (!article || (!article.headline && o.headline) || (!article.datePublished && o.datePublished)) {
        article = o;
        articleKind = 'article';
      }
    }
  }
  if (!article)
    for (const o of objects)
      if (types(o).some((t) => PAGE.has(t)) && (o.datePublished || o.author || o.headline)) {
        article = o;
        articleKind = 'page';
        break;
      }
  return { article, articleKind, objects, byId, errors };
}

/** Resolve an {@id} reference to the full object from the graph. */
export function deref(v: unknown, byId: Map<string, Obj>): unknown {
  if (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length <= 2 && byId.has(v['@id'])) return byId.get(v['@id']);
  return v;
}

export interface LdPerson {
  name: string;
  kind: 'person' | 'org' | 'unknown';
}

/** Author names from an `author`/`creator` value: string, object, array, references. */
export function ldPeople(v: unknown, byId: Map<string, Obj>): LdPerson[] {
  const out: LdPerson[] = [];
  const visit = (x: unknown, depth: number): void => {
    if (depth > 3 || x === null || x === undefined) return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y, depth + 1);
      return;
    }
    if (typeof x === 'string') {
      out.push({ name: x, kind: 'unknown' });
      return;
    }
    const o = deref(x, byId);
    if (!isObj(o)) return;
    const t = types(o);
    const kind = t.includes('person') ? 'person' : t.some((y) => /organization|corporation|newsmediaorganization|website/.test(y)) ? 'org' : 'unknown';
    const name = o.name ?? (o.givenName ? `${String(o.givenName)} ${String(o.familyName ?? '')}` : null);
    if (typeof name === 'string') out.push({ name, kind });
    else if (Array.isArray(name) && typeof name[0] === 'string') out.push({ name: name[0], kind });
  };
  visit(v, 0);
  return out;
}

export function ldString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.length) return ldString(v[0]);
  if (isObj(v) && typeof v['@value'] === 'string') return v['@value'];
  return null;
}

/** Publisher / site name: the article's publisher, else an Organization or WebSite object's name. */
export function ldPublisher(ld: JsonLd): string | null {
  if (ld.article) {
    const p = ldPeople(ld.article.publisher, ld.byId)[0];
    if (p) return p.name;
  }
  for (const o of ld.objects) {
    const t = types(o);
    if ((t.includes('website') || t.includes('newsmediaorganization')) && typeof o.name === 'string') return o.name;
  }
  for (const o of ld.objects) if (types(o).includes('organization') && typeof o.name === 'string') return o.name;
  return null;
}
