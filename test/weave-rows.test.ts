// Incremental weave state: flushRows() gives only what changed, and Weaver.fromRows() rebuilds a weave that decides exactly as the original.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Weaver, applyRows, rowSetOf, type WeaveInput } from '../src/weave/index.js';
import { SAME_EVENT_PAIR, UNRELATED_DAY } from './helpers/weave-fixtures.js';

const FOLLOW_UPS = [
  'Officials said more details would be given at a briefing later in the day.',
  'Local reporters said the situation was still developing on Tuesday evening.',
  'The regional newspaper published photographs of the scene on its front page.',
];

/** Each fixture story told three times with different closing sentences, in a mixed order, plus a same-event pair. */
function stream(): WeaveInput[] {
  const out: WeaveInput[] = [];
  for (let round = 0; round < 3; round++) {
    UNRELATED_DAY.forEach(([title, text], i) => {
      if ((i + round) % 4 === 0) return;
      out.push({ id: `s${i}-${round}`, title: round === 0 ? title : null, text: `${text} ${FOLLOW_UPS[round]}`, published: `2026-03-${10 + round}` });
    });
  }
  return [...out, ...SAME_EVENT_PAIR];
}

test('a weave rebuilt from flushed rows decides exactly as the original', () => {
  const inputs = stream();
  const original = new Weaver();
  const tables = new Map<string, Map<string | number, unknown>>();
  const half = Math.floor(inputs.length / 2);
  inputs.slice(0, half).forEach((x, i) => {
    original.add(x);
    if (i % 7 === 6) applyRows(tables, original.flushRows());
  });
  applyRows(tables, original.flushRows());
  const rebuilt = Weaver.fromRows(rowSetOf(tables), original.keyIdfSnapshot);
  assert.deepEqual(rebuilt.events(), original.events());
  for (const x of inputs.slice(half)) assert.deepEqual(rebuilt.add(x), original.add(x), `article ${x.id}`);
  assert.deepEqual(rebuilt.storylines(), original.storylines());
});

test('a flush after one more article writes that article’s event and terms, not the whole weave', () => {
  const inputs = stream();
  const w = new Weaver();
  for (const x of inputs.slice(0, -1)) w.add(x);
  const first = w.flushRows();
  assert.ok(first.events.length > 10);
  const again = w.flushRows();
  assert.equal(again.events.length, 0, 'nothing changed, nothing to write');
  assert.equal(again.terms.length, 0);
  w.add(inputs[inputs.length - 1]);
  const one = w.flushRows();
  assert.ok(one.events.length >= 1 && one.events.length <= 3, `events written: ${one.events.length}`);
  assert.ok(one.terms.length < first.terms.length / 4, `terms written: ${one.terms.length} of ${first.terms.length}`);
  assert.equal(one.recent.length, 1);
});

test('rows with a missing event are refused with what to do', () => {
  const w = new Weaver();
  for (const x of stream().slice(0, 10)) w.add(x);
  const set = w.flushRows({ all: true });
  set.events = set.events.filter((e) => e.index !== 1);
  assert.throws(() => Weaver.fromRows(set), /event 1 is missing.*re-cluster/);
});

test('after restore from a snapshot, a full flush rebuilds the same weave', () => {
  const inputs = stream();
  const w = new Weaver();
  for (const x of inputs.slice(0, 40)) w.add(x);
  const restored = Weaver.restore(JSON.parse(JSON.stringify(w.snapshot())));
  assert.equal(restored.flushRows().events.length, 0, 'a restore changes nothing');
  const rebuilt = Weaver.fromRows(restored.flushRows({ all: true }));
  for (const x of inputs.slice(40)) assert.deepEqual(rebuilt.add(x), w.add(x), `article ${x.id}`);
});
