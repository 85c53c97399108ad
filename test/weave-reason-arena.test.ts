// Idle events' reasons packed into the byte arena read back exactly: summaries and snapshots as when they stay objects.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver } from '../src/weave/index.js';
import type { WeaveCore } from '../src/weave/core.js';
import { ReasonArena } from '../src/weave/reason-arena.js';
import { overlapStream } from './helpers/weave-overlap.js';

/** Overlapping small happenings with names in several scripts (multi-byte UTF-8 in the reasons), 20 a day. */
const NAMES = Array.from({ length: 30 }, (_, i) => `${['Großbrand', 'Томск', 'Apagão', 'Zaragoza', '東京'][i % 5]}${i} Dalen${i % 7}`);
const stream = (seed: number, n: number) => overlapStream(seed, n, NAMES, 20);

const coreOf = (w: Weaver): WeaveCore => (w as unknown as { core: WeaveCore }).core;

test('events, storylines and snapshots of a weave whose idle events pack their reasons equal those of one that keeps them', () => {
  const config = { archiveAfterArticles: 40, archivedTerms: 10 };
  const packed = new Weaver(config);
  const kept = new Weaver(config);
  coreOf(kept).reasonArena.packIdle = () => {};
  let inArena = 0;
  stream(41, 600).forEach((x, i) => {
    assert.deepEqual(packed.add(x), kept.add(x), x.id);
    if (i % 50 === 49) {
      assert.deepEqual(packed.events(), kept.events(), `after ${x.id}`);
      assert.deepEqual(packed.snapshot(), kept.snapshot(), `after ${x.id}`);
      inArena = coreOf(packed).eventList.filter((e) => e.reasonsAt >= 0).length;
    }
  });
  assert.ok(inArena > 10, `idle events packed their reasons (${inArena})`);
  assert.deepEqual(packed.storylines(), kept.storylines());
  // adding to a packed list unpacks it first
  const core = coreOf(packed);
  const e = core.eventList.find((x) => x.reasonsAt >= 0);
  assert.ok(e);
  const before = core.reasonArena.of(e).map((r) => ({ ...r }));
  core.reasonArena.own(e).push({ kind: 'test', detail: 'ü' });
  assert.equal(e.reasonsAt, -1);
  assert.deepEqual(core.reasonArena.of(e), [...before, { kind: 'test', detail: 'ü' }]);
});

test('a list that would not read back exactly is not packed', () => {
  const arena = new ReasonArena();
  assert.equal(arena.pack([{ kind: 'a', detail: 'b', weight: Number.NaN }]), -1);
  assert.equal(arena.pack([{ kind: 'a', detail: 'b', weight: -0 }]), -1);
  assert.equal(arena.pack([{ detail: 'b', kind: 'a' }]), -1);
  assert.equal(arena.pack([{ kind: 'a', detail: 'b', weight: undefined }]), -1);
  const lists = [
    [],
    [
      { kind: 'k', detail: 'd\u2028\ud800 "q" \\ é', weight: 0.1 + 0.2 },
      { kind: 'k2', detail: '' },
    ],
  ];
  const at = lists.map((l) => arena.pack(l));
  for (let i = 0; i < lists.length; i++) assert.deepEqual(arena.unpack(at[i]), lists[i]);
});

test('lists packed before and after the arena learns its dictionary, across chunks and one longer than a chunk, read back exactly and take less than their text', () => {
  const arena = new ReasonArena();
  const lists: { kind: string; detail: string; weight?: number }[][] = [];
  for (let i = 0; i < 6000; i++) {
    const other = `e_${(i * 2654435761) % 1000003}`;
    lists.push([
      { kind: 'score-parts', detail: `cosines with ${other}: words 0.${i % 97}, entities 0.${i % 13} (${NAMES[i % NAMES.length]})` },
      { kind: 'new-event', detail: `closest event ${other} scored 0.0${i % 9} < join threshold 0.17`, weight: (i % 9) / 100 },
      { kind: 'date-gap', detail: `${i % 30} day(s) from ${other}: score decayed` },
    ]);
  }
  lists.splice(3000, 0, [{ kind: 'shared-terms', detail: 'x'.repeat(1_500_000) }]);
  const handles = lists.map((l) => arena.pack(l));
  for (let i = 0; i < lists.length; i++) assert.deepEqual(arena.unpack(handles[i]!), lists[i], `list ${i}`);
  const text = lists.reduce((sum, l) => sum + Buffer.byteLength(JSON.stringify(l.map((r) => Object.values(r)))), 0);
  assert.ok(arena.size < 0.6 * text, `${arena.size} bytes packed for ${text} of text`);
});
