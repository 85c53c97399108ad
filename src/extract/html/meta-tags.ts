// Collects <meta>, <link rel>, <html lang> and itemprop values of a page into one lookup keyed by lower-cased name.
import { attr, squash, textOf } from './dom.js';
import type { PageIndex } from './page-index.js';
import { findDescendant } from './parse.js';

export interface MetaTags {
  /** key (property | name | itemprop | http-equiv, lower-cased) -> values in document order */
  values: Map<string, string[]>;
  canonical: string | null;
  htmlLang: string | null;
}

const MAX_META = 2000;

export function readMetaTags(doc: PageIndex): MetaTags {
  const values = new Map<string, string[]>();
  const add = (k: string, v: string): void => {
    const key = k.trim().toLowerCase();
    const val = squash(v);
    if (!key || !val) return;
    const list = values.get(key);
    if (list) {
      if (list.length < 20) list.push(val);
    } else values.set(key, [val]);
  };
  const metas = doc.metas;
  for (let i = 0; i < metas.length && i < MAX_META; i++) {
    const m = metas[i]!;
    const content = m.getAttribute('content') ?? m.getAttribute('value');
    if (content === null) continue;
    for (const a of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = m.getAttribute(a);
      if (k) add(k, content);
    }
  }
  // itemprop on visible elements (datePublished on <time>, author on <span>, headline on <h1>).
  const props = doc.itemprops;
  for (let i = 0; i < props.length && i < MAX_META; i++) {
    const el = props[i]!;
    const k = attr(el, 'itemprop').toLowerCase();
    if (!/^(datepublished|datecreated|datemodified|headline|name|author)$/.test(k)) continue;
    const v = el.getAttribute('content') ?? el.getAttribute('datetime') ?? (k === 'author' ? null : textOf(el));
    if (v) add(`itemprop:${k}`, v);
    if (k === 'author' && !el.getAttribute('content')) {
      const nameEl = findDescendant(el, (d) => (d.getAttribute('itemprop') ?? '').toLowerCase() === 'name');
      add('itemprop:author', nameEl ? (nameEl.getAttribute('content') ?? textOf(nameEl)) : textOf(el));
    }
  }
  return { values, canonical: doc.canonical, htmlLang: doc.htmlLang };
}

export function firstMeta(meta: MetaTags, keys: readonly string[]): { key: string; value: string } | null {
  for (const k of keys) {
    const v = meta.values.get(k);
    if (v?.length) return { key: k, value: v[0]! };
  }
  return null;
}
