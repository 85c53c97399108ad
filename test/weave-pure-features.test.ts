// Weave features made in the pure step (weaveFeaturesOf, as the prepare threads make them) give the same weave as the writer extracting them itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { prepareDoc } from '../src/engine/prepare.js';
import { rawDocFromRow } from '../src/ingest/jsonl.js';
import type { Article } from '../src/model.js';
import { type WeaveConfig, type WeaveInput, Weaver, weaveFeaturesOf, weaveInputOf } from '../src/weave/index.js';
import { buildCorpus } from './helpers/crash-corpus.js';

/** Inputs as ingest makes them (analyze's entities and quotes) for even rows, bare text (entities guessed by the weaver) for odd ones. */
function inputs(n: number): WeaveInput[] {
  return buildCorpus(n, 11).map((r, i) => {
    const a = { id: r.id, title: r.title, text: r.text, published: r.published, language: 'en' } as Article;
    return i % 2 === 0 ? weaveInputOf(a, analyze(a.text, { title: a.title })) : { id: r.id, title: r.title, text: r.text, published: r.published };
  });
}

/** Every add's decision, where it moved earlier articles, then the events, storylines and the whole state as rows. */
function weave(xs: WeaveInput[], config: Partial<WeaveConfig> = {}): string[] {
  const w = new Weaver(config);
  const out = xs.map((x) => JSON.stringify([w.add(x), w.movedByLastAdd().map((id) => w.placeOf(id))]));
  return [...out, JSON.stringify(w.events()), JSON.stringify(w.storylines()), JSON.stringify(w.flushRows({ all: true }))];
}

test('features made in the pure step (passed between threads) give the same decisions, events, storylines and rows as the weaver extracting them', () => {
  const xs = inputs(240);
  // structuredClone: what a prepare thread's message (or the job queue's v8 serialisation) hands the writer
  const withFeatures = xs.map((x) => ({ ...x, features: structuredClone(weaveFeaturesOf(x)) }));
  assert.ok(withFeatures.every((x) => x.features !== undefined && x.features.weights.length > 20));
  const plain = weave(xs);
  const pure = weave(withFeatures);
  assert.equal(pure.length, plain.length);
  for (let i = 0; i < plain.length; i++) assert.equal(pure[i], plain[i], `differs at ${i < xs.length ? `article ${xs[i]!.id}` : 'the final state'}`);
  // the weave is not trivial: articles of one event join
  assert.ok(new Set(xs.map((_, i) => JSON.parse(plain[i]!)[0].event)).size < xs.length * 0.7);
});

test('features made with other options are not used: the weaver extracts its own', () => {
  const xs = inputs(80);
  const config = { titleWeight: 6, bigramWeight: 0 };
  const given = xs.map((x) => ({ ...x, features: weaveFeaturesOf(x) }));
  assert.deepEqual(weave(given, config), weave(xs, config));
  // and the defaults' features would have changed the decisions (the check above is not vacuous)
  const mixed = new Weaver(config);
  const plain = new Weaver(config);
  let differ = 0;
  for (let i = 0; i < xs.length; i++) {
    const features = weaveFeaturesOf(xs[i]!);
    // bypass the options check by claiming the weaver's own options
    const forced = features ? { ...features, options: weaveFeaturesOf(xs[i]!, { ...mixed.config })!.options } : undefined;
    if (JSON.stringify(mixed.add({ ...xs[i]!, features: forced })) !== JSON.stringify(plain.add(xs[i]!))) differ++;
  }
  assert.ok(differ > 0);
});

test('prepareDoc hands over the weave features of its article and analysis', () => {
  const row = buildCorpus(1, 3)[0]!;
  const raw = rawDocFromRow({ id: row.id, title: row.title, text: row.text, published: row.published }, { kind: 'jsonl', path: 'test', line: 1 }, 'test:1');
  const p = prepareDoc(raw);
  assert.equal(p.kind, 'article');
  if (p.kind !== 'article') return;
  assert.deepEqual(p.weave, weaveFeaturesOf(weaveInputOf(p.article, p.analysis)));
  assert.ok(p.weave?.keys.includes('w:'));
});

test('malformed carried features are ignored: the weaver extracts them itself', () => {
  const xs = inputs(30);
  const broken = xs.map((x) => {
    const f = weaveFeaturesOf(x)!;
    return { ...x, features: { ...f, weights: f.weights.slice(1) } };
  });
  assert.deepEqual(weave(broken), weave(xs));
});
