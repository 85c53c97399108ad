// The pure per-article step: one raw document -> a clean article, its analysis and its fingerprint (no I/O, no store).
import { analyze } from '../analyze/index.js';
import { extract, isRejection } from '../extract/index.js';
import { fingerprint } from '../fingerprint/index.js';
import type { Analysis, Article, RawDoc, Rejection } from '../model.js';
import type { WeaveInput } from '../weave/index.js';

/** What the stages made of one document: an article with its analysis and fingerprint, or the reason it was rejected. */
export type Prepared =
  | { kind: 'article'; article: Article; analysis: Analysis; fp: ReturnType<typeof fingerprint> }
  | { kind: 'rejected'; rejection: Rejection };

/** extract -> analyze -> fingerprint of one raw document; safe to run anywhere (a worker thread), it reads and writes nothing. */
export function prepareDoc(raw: RawDoc): Prepared {
  const article = extract(raw);
  if (isRejection(article)) return { kind: 'rejected', rejection: article };
  return { kind: 'article', article, analysis: analyze(article.text, { title: article.title }), fp: fingerprint(article.text) };
}

/** What the weaver reads of an article and its analysis. */
export function weaveInputOf(a: Article, analysis: Analysis): WeaveInput {
  return {
    id: a.id,
    title: a.title,
    text: a.text,
    published: a.published,
    entities: analysis.entities.map((e) => ({ name: e.name, type: e.type })),
    quotes: analysis.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text),
  };
}
