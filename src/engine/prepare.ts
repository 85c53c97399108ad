// The pure per-article step: one raw document -> a clean article, its analysis and its fingerprint (no I/O, no store).
import { analyzeArticle } from '../analyze/index.js';
import { extract, isRejection } from '../extract/index.js';
import { fingerprint } from '../fingerprint/index.js';
import type { Analysis, Article, RawDoc, Rejection } from '../model.js';
import { type WeaveFeatures, weaveFeaturesOf, weaveInputOf } from '../weave/index.js';

export { weaveInputOf } from '../weave/index.js';

/** What the stages made of one document: an article with its analysis and fingerprint, or the reason it was rejected. */
export type Prepared =
  | {
      kind: 'article';
      article: Article;
      analysis: Analysis;
      fp: ReturnType<typeof fingerprint>;
      /** The article's weave features (default options), so the serial writer only interns them. */
      weave?: WeaveFeatures;
    }
  | { kind: 'rejected'; rejection: Rejection };

/** extract -> analyze -> fingerprint -> weave features of one raw document; safe to run anywhere (a worker thread), it reads and writes nothing. */
export function prepareDoc(raw: RawDoc): Prepared {
  const article = extract(raw);
  if (isRejection(article)) return { kind: 'rejected', rejection: article };
  const analysis = analyzeArticle(article);
  return { kind: 'article', article, analysis, fp: fingerprint(article.text), weave: weaveFeaturesOf(weaveInputOf(article, analysis)) };
}
