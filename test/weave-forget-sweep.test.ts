// The forgetting sweep visits only the ids that can be forgotten and skips archived centroids known clean: at every sweep it forgets exactly the ids a pass over the whole id space finds, also after ids are reused and after a rebuild from rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver, applyRows, rowSetOf, type WeaveConfig, type WeaveInput } from '../src/weave/index.js';
import type { WeaveCore } from '../src/weave/core.js';
import { rng } from '../lib/random.js';

/** A word from a number (distinct numbers: distinct words, letters only). */
function word(n: number): string {
  const s = ['ka', 'lo', 'ver', 'mi', 'dan', 'to', 'ris', 'bel', 'sun', 'ga', 'nor', 'pe'];
  let w = '';
  let k = n;
  do {
    w += s[k % s.length];
    k = Math.floor(k / s.length);
  } while (k > 0);
  return `${w}on`;
}

/** Short articles in events of 1..6 reports: shared event words, a few common ones, words seen once or twice (what is forgotten). */
function stream(n: number, seed: number): WeaveInput[] {
  const r = rng(seed);
  const out: WeaveInput[] = [];
  let fresh = 50_000;
  while (out.length < n) {
    const ev = Array.from({ length: 6 }, () => word(Math.floor(r() * 400)));
    const size = 1 + Math.floor(r() * 6);
    for (let k = 0; k < size && out.length < n; k++) {
      const i = out.length;
      const own = Array.from({ length: 5 }, () => word(r() < 0.2 ? fresh - 1 - Math.floor(r() * 30) : fresh++));
      const common = Array.from({ length: 3 }, () => word(400 + Math.floor(r() * 40)));
      const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 30) * 86_400_000).toISOString().slice(0, 10);
      out.push({ id: `f${i}`, title: `${ev[0]} ${ev[1]} ${own[0]}`, text: `${ev.join(' ')} ${common.join(' ')} ${own.join(' ')}.`, published: date });
    }
  }
  return out;
}

/** The ids a sweep must forget, by the bound's definition, found by a pass over every id (the specification the sweep is held to). */
function forgettable(core: WeaveCore): number[] {
  const { vocab, config } = core;
  const held = new Uint8Array(vocab.size);
  const idleBefore = core.seq - config.forgetAfterArticles;
  const archivedBefore = Math.min(idleBefore, core.seq - config.archiveAfterArticles);
  for (const e of core.eventList) {
    if (e.lastSeq <= archivedBefore) continue;
    for (const id of [...e.centroidIds, ...e.founderIds]) held[id] = 1;
  }
  for (let s = Math.max(1, core.seq - 2 * config.refineWindow - 1); s <= core.seq; s++) for (const id of core.recent.atSeq(s)?.ids ?? []) held[id] = 1;
  const idle = (list: readonly number[] | undefined) => (list ?? []).every((ev) => core.eventList[core.live(ev)].lastSeq <= idleBefore);
  const out: number[] = [];
  for (let id = 0; id < vocab.size; id++) {
    if (held[id] || !vocab.isLive(id) || vocab.df[id] > config.forgetMaxDf || vocab.seen[id] > vocab.docs - config.forgetAfterArticles) continue;
    if (idle(core.postings.get(id)) && idle(core.actorPostings.get(id))) out.push(id);
  }
  return out;
}

const coreOf = (w: Weaver): WeaveCore => (w as unknown as { core: WeaveCore }).core;

/** Sweeps by hand every `every` adds (the weaver's own sweep off), each checked against the full pass; how many ids were forgotten. */
function sweepChecked(w: Weaver, inputs: WeaveInput[], every: number): number {
  const core = coreOf(w);
  let total = 0;
  inputs.forEach((x, i) => {
    w.add(x);
    if ((i + 1) % every !== 0) return;
    const want = forgettable(core);
    const liveBefore = Array.from({ length: core.vocab.size }, (_, id) => core.vocab.isLive(id));
    assert.equal(core.forgetUnheld(), want.length, `add ${i + 1}: how many are forgotten`);
    const gone = liveBefore.flatMap((live, id) => (live && !core.vocab.isLive(id) ? [id] : []));
    assert.deepEqual(gone, want, `add ${i + 1}: the ids forgotten`);
    for (const e of core.eventList)
      for (const id of [...e.centroidIds, ...e.founderIds]) assert.ok(core.vocab.isLive(id), `add ${i + 1}: event ${e.id} holds a forgotten id ${id}`);
    total += gone.length;
  });
  return total;
}

const SMALL: Partial<WeaveConfig> = { refineWindow: 20, archiveAfterArticles: 90, forgetEvery: 0, forgetAfterArticles: 100 };

test('each sweep forgets exactly the ids a pass over the whole id space finds (df <= 1 and df <= 2)', () => {
  for (const maxDf of [1, 2]) {
    const w = new Weaver({ ...SMALL, forgetMaxDf: maxDf });
    const total = sweepChecked(w, stream(900, 5 + maxDf), 40);
    assert.ok(total > 500, `the sweeps forgot ids (${total}) with forgetMaxDf ${maxDf}`);
    // retired ids were reused by new keys, and the sweeps after that still agreed
    const vocab = coreOf(w).vocab;
    assert.ok(vocab.size - vocab.liveCount < total, `retired ids were reused (${vocab.size - vocab.liveCount} holes of ${total} forgotten)`);
  }
});

test('after a rebuild from rows the sweep starts from the new vocabulary and still forgets exactly', () => {
  const inputs = stream(900, 9);
  const w = new Weaver(SMALL);
  const tables = new Map<string, Map<string | number, unknown>>();
  sweepChecked(w, inputs.slice(0, 500), 40);
  applyRows(tables, w.flushRows());
  const rebuilt = Weaver.fromRows(rowSetOf(tables));
  const total = sweepChecked(rebuilt, inputs.slice(500), 40);
  assert.ok(total > 200, `the rebuilt weaver's sweeps forgot ids (${total})`);
});
