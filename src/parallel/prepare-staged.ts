// The pure step over a batch of documents stage by stage (every extract, then every analysis, every fingerprint, then each
// document's weave features): per document exactly prepareDoc's answer, ~20-30% less CPU than document by document (each
// stage's code and tables stay in the core's caches across the batch; docs/BENCHMARKS.md, prepthread).
import { analyzeArticle } from '../analyze/index.js';
import type { Prepared } from '../engine/prepare.js';
import { extract, isRejection } from '../extract/index.js';
import { fingerprint } from '../fingerprint/index.js';
import type { Analysis, Article, RawDoc } from '../model.js';
import { weaveFeaturesOf, weaveInputOf } from '../weave/index.js';

/**
 * Prepare `raws` stage by stage; `done(i, answer)` is called once per document as soon as its answer is known (a
 * rejection after extract, an article after its features; an Error where prepareDoc would have thrown that error).
 * Each stage sees the documents in input order, as a thread preparing them one by one would: stages share no state.
 */
export function prepareStaged(raws: readonly RawDoc[], done: (i: number, answer: Prepared | Error) => void): void {
  const n = raws.length;
  const articles: (Article | null)[] = new Array(n).fill(null);
  const analyses: (Analysis | null)[] = new Array(n).fill(null);
  const fps: (ReturnType<typeof fingerprint> | null)[] = new Array(n).fill(null);
  // each stage runs over the documents still going; a document leaves at its rejection or its error
  const fail = (i: number, e: unknown): void => {
    articles[i] = null;
    done(i, e instanceof Error ? e : new Error(String(e)));
  };
  for (let i = 0; i < n; i++) {
    try {
      const a = extract(raws[i]!);
      if (isRejection(a)) done(i, { kind: 'rejected', rejection: a });
      else articles[i] = a;
    } catch (e) {
      fail(i, e);
    }
  }
  /** One stage over the documents still going, in input order. */
  const stage = <T>(out: (T | null)[], run: (a: Article) => T): void => {
    for (let i = 0; i < n; i++) {
      const a = articles[i];
      if (!a) continue;
      try {
        out[i] = run(a);
      } catch (e) {
        fail(i, e);
      }
    }
  };
  stage(analyses, analyzeArticle);
  stage(fps, (a) => fingerprint(a.text));
  for (let i = 0; i < n; i++) {
    const article = articles[i];
    if (!article) continue;
    const analysis = analyses[i]!;
    let weave: ReturnType<typeof weaveFeaturesOf>;
    try {
      weave = weaveFeaturesOf(weaveInputOf(article, analysis));
    } catch (e) {
      fail(i, e);
      continue;
    }
    done(i, { kind: 'article', article, analysis, fp: fps[i]!, weave });
  }
}
