// An article's raw weave features as plain data, computed off the writer (the prepare threads): the same keys, order and weights the weaver would extract itself.
import { defaultWeaveConfig } from './config.js';
import { FeatureSink } from './feature-sink.js';
import { Vocabulary } from './vocabulary.js';
import { type FeatureOptions, extractInto } from './text-features.js';
import type { WeaveFeatures, WeaveInput } from './types.js';

/** Separator of the joined keys (feature keys never hold one: tokens are letters and digits, names have whitespace folded). */
const SEP = '\n';
/**
 * The thread's own vocabulary is dropped past this many keys (~10 MB; its ids never leave the thread, only its caches are
 * lost). 300k held ~40 MB more a prepare thread for no CPU measured (scale corpus, docs/BENCHMARKS.md section 9, session 26).
 */
const VOCAB_MAX = 100_000;

/** The feature options as one string: two option sets giving the same key extract the same features. */
export function featureOptionsKey(opt: FeatureOptions): string {
  const t = opt.entityTypeWeights ?? {};
  return JSON.stringify([
    opt.titleWeight,
    opt.leadWords,
    opt.leadWeight,
    opt.quoteShingle,
    opt.headlineMaxWords,
    opt.publishedDateWeight,
    opt.bigramWeight,
    opt.pastYearWeight ?? 1,
    t.person ?? 1,
    t.org ?? 1,
    t.place ?? 1,
    t.other ?? 1,
  ]);
}

let sink: FeatureSink | null = null;
let defaults: { options: FeatureOptions; key: string } | null = null;

/**
 * The article's raw features (keys in first-seen order, their weights) with the default options or the given ones.
 * Pure up to caches. Undefined when a key cannot be carried (holds the separator): the weaver then extracts them itself.
 */
export function weaveFeaturesOf(a: WeaveInput, options?: FeatureOptions): WeaveFeatures | undefined {
  if (!defaults) {
    const base = defaultWeaveConfig();
    defaults = { options: base, key: featureOptionsKey(base) };
  }
  const opt = options ?? defaults.options;
  if (!sink || sink.vocab.size > VOCAB_MAX) sink = new FeatureSink(new Vocabulary().withoutRows());
  extractInto(a, opt, sink);
  const vocab = sink.vocab;
  const keys = vocab.keys;
  const n = sink.count;
  const parts: string[] = new Array(n);
  const weights = new Float64Array(n);
  const marks = new Int32Array(3 * n);
  let end = -SEP.length;
  for (let i = 0; i < n; i++) {
    const id = sink.order[i];
    const key = keys[id];
    if (key.includes(SEP)) return undefined;
    parts[i] = key;
    weights[i] = sink.acc[id];
    end += SEP.length + key.length;
    vocab.hashesInto(id, marks, 3 * i);
    marks[3 * i + 2] = end;
  }
  return { options: options ? featureOptionsKey(options) : defaults.key, keys: parts.join(SEP), weights, words: sink.words, marks };
}

const KEYS = new WeakMap<FeatureOptions, string>();

/** An article's raw features into the weaver's sink: those it carries when made with these options, else extracted here. */
export function featuresInto(a: WeaveInput, opt: FeatureOptions, out: FeatureSink): void {
  const f = a.features;
  if (f) {
    let key = KEYS.get(opt);
    if (key === undefined) {
      key = featureOptionsKey(opt);
      KEYS.set(opt, key);
    }
    if (f.options === key && typeof f.keys === 'string' && f.weights instanceof Float64Array) {
      if (f.marks instanceof Int32Array ? out.loadMarked(f.keys, SEP, f.marks, f.weights, f.words) : out.loadJoined(f.keys, SEP, f.weights, f.words)) return;
    }
  }
  extractInto(a, opt, out);
}
