// The elements metadata extraction needs, gathered during the one tree walk (so no later searches over the whole page).
import rules from '../../../data/extract-metadata.json' with { type: 'json' };
import type { DomElement } from './dom.js';

export interface PageIndex {
  metas: DomElement[];
  /** Raw text of <script type="application/ld+json"> blocks (and of <meta name="script:ld+json"> contents). */
  jsonLd: string[];
  times: DomElement[];
  h1s: DomElement[];
  title: DomElement | null;
  canonical: string | null;
  /** Elements with an itemprop attribute (not <meta>). */
  itemprops: DomElement[];
  /** Elements whose class/rel/itemprop/data-testid says author or byline, and <address>. */
  bylines: DomElement[];
  /** Links to author pages (/author/, /writers/, ...). */
  authorLinks: DomElement[];
  htmlLang: string | null;
}

export function emptyIndex(): PageIndex {
  return { metas: [], jsonLd: [], times: [], h1s: [], title: null, canonical: null, itemprops: [], bylines: [], authorLinks: [], htmlLang: null };
}

const AUTHOR_HREF = new RegExp(rules.authorLinkPattern, 'i');
const BYLINE_CLASS = new RegExp(rules.bylineClassPattern, 'i');
const CAP = 200;

/** Record `el` (tag `tag`, class string `cls`) if metadata extraction will want it. */
export function indexElement(idx: PageIndex, el: DomElement, tag: string, cls: string | null): void {
  switch (tag) {
    case 'meta':
      // Remix-style <meta name="script:ld+json" content="{...}"> carries a JSON-LD block in an attribute.
      if ((el.getAttribute('name') ?? '').toLowerCase() === 'script:ld+json') {
        if (idx.jsonLd.length < 50) idx.jsonLd.push(el.getAttribute('content') ?? '');
        return;
      }
      if (idx.metas.length < 2000) idx.metas.push(el);
      return;
    case 'script':
      if ((el.getAttribute('type') ?? '').toLowerCase().includes('ld+json') && idx.jsonLd.length < 50) idx.jsonLd.push(el.textContent ?? '');
      return;
    case 'title':
      if (!idx.title) idx.title = el;
      return;
    case 'link':
      if (!idx.canonical && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical') idx.canonical = el.getAttribute('href');
      return;
    case 'html':
      if (!idx.htmlLang) idx.htmlLang = el.getAttribute('lang') ?? el.getAttribute('xml:lang');
      break;
    case 'time':
      if (idx.times.length < CAP) idx.times.push(el);
      break;
    case 'h1':
      if (idx.h1s.length < 20) idx.h1s.push(el);
      break;
    case 'address':
      if (idx.bylines.length < CAP) idx.bylines.push(el);
      break;
    case 'a': {
      const href = el.getAttribute('href');
      if (href && AUTHOR_HREF.test(href) && idx.authorLinks.length < CAP) idx.authorLinks.push(el);
      if ((el.getAttribute('rel') ?? '').toLowerCase() === 'author' && idx.bylines.length < CAP) {
        idx.bylines.push(el);
        return;
      }
      break;
    }
    default:
      break;
  }
  const ip = el.getAttribute('itemprop');
  if (ip) {
    if (idx.itemprops.length < CAP) idx.itemprops.push(el);
    if (ip.toLowerCase() === 'author' && idx.bylines.length < CAP) {
      idx.bylines.push(el);
      return;
    }
  }
  if (cls && BYLINE_CLASS.test(cls) && idx.bylines.length < CAP) {
    idx.bylines.push(el);
    return;
  }
  const testid = el.getAttribute('data-testid');
  if (testid && /byline/i.test(testid) && idx.bylines.length < CAP) idx.bylines.push(el);
}
