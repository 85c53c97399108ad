// The writer's cheaper paths give what the work they replace gave: the partial strongest-first order agrees with a full sort wherever it is read, a vector's id order matches a sort for large ids, a centroid's cached feature groups are its ids' groups, and the storyline link still links an event it must score itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byWeight, strongestThenMarked } from '../src/weave/weight-order.js';
import { ascending, groupCache } from '../src/weave/records.js';
import { groupsOf } from '../src/weave/scoring.js';
import { WeaveCore } from '../src/weave/core.js';
import { Weaver } from '../src/weave/weaver.js';
import { rng } from '../lib/random.js';

test('strongest then marked: the first k and every marked position in the order of a full sort, each position once', () => {
  const rand = rng(23);
  for (let t = 0; t < 400; t++) {
    const n = Math.floor(rand() * 700);
    const ids = Array.from({ length: n }, (_, i) => i * 3 + Math.floor(rand() * 3)).sort(() => rand() - 0.5);
    const w = Array.from({ length: n }, () => (rand() < 0.4 ? Math.floor(rand() * 3) : rand()));
    const marked = Array.from({ length: n }, () => rand() < 0.2);
    const k = Math.floor(rand() * 40);
    const got = strongestThenMarked(w, ids, k, (i) => marked[i]);
    const full = byWeight(w, ids);
    assert.deepEqual(got.slice(0, k), full.slice(0, k));
    // the marked positions, wherever they stand, come in the full sort's order (a reader of one namespace sees it sorted)
    assert.deepEqual(
      got.filter((i) => marked[i]),
      full.filter((i) => marked[i]),
    );
    assert.deepEqual(
      [...got].sort((x, y) => x - y),
      Array.from({ length: n }, (_, i) => i),
    );
  }
});

test("a vector's positions in id order match a sort, also for ids past 2^31", () => {
  const rand = rng(29);
  for (let t = 0; t < 200; t++) {
    const n = Math.floor(rand() * 600);
    const seen = new Set<number>();
    const ids: number[] = [];
    while (ids.length < n) {
      const id = rand() < 0.5 ? Math.floor(rand() * 1_000_000) : Math.floor(rand() * 2 ** 32);
      if (seen.has(id)) continue;
      seen.add(id);
      ids.push(id);
    }
    const v = { ids, weights: [], raw: [], byId: new Map(), hasGroup: [] };
    assert.deepEqual(
      ascending(v),
      Array.from(ids.keys()).sort((x, y) => ids[x] - ids[y]),
    );
  }
});

test("a centroid's cached feature groups are its ids' groups; the owner's array replaced gets its own", () => {
  const core = new WeaveCore();
  const keys = ['w:harbour', 'e:maria lopez', 'n:450', 'd:3-14', 'q:we will build it', 'w:bridge'];
  const ids = keys.map((k) => core.vocab.intern(k));
  const a = Int32Array.from(ids).sort();
  const want = Array.from(a, (id) => core.groupOf[core.vocab.ns[id]]);
  const cache = groupCache();
  assert.deepEqual(Array.from(groupsOf(core, a, cache)), want);
  assert.deepEqual(Array.from(groupsOf(core, a, cache)), want);
  // the owner's array replaced (a shorter one: the buffer is reused, its first entries are the new array's)
  const b = Int32Array.from([ids[1], ids[3]]).sort();
  assert.deepEqual(
    Array.from(groupsOf(core, b, cache).subarray(0, b.length)),
    Array.from(b, (id) => core.groupOf[core.vocab.ns[id]]),
  );
  // the groups come from the config: another core with other groups (its records, its caches) reads its own
  const other = new WeaveCore({ featureGroups: { w: 0, e: 0, n: 0, d: 0, q: 0 }, groupWeights: [1] });
  for (const k of keys) other.vocab.intern(k);
  assert.deepEqual(Array.from(groupsOf(other, a, groupCache())), [0, 0, 0, 0, 0, 0]);
});

test('an event outside the time window that shares two actors and the issue joins the storyline (scored by the link itself)', () => {
  const w = new Weaver();
  const body = (extra: string): string =>
    `Mayor Maria Lopez and engineer Tomas Berg presented the harbour bridge plan to the council of Valdera. The harbour bridge would carry trams across the bay, Maria Lopez said. Tomas Berg said the bridge plan needs the council vote. ${extra}`;
  const first = w.add({ id: 'a1', title: 'Valdera harbour bridge plan presented', text: body('The council will debate the plan.'), published: '2024-01-05' });
  // ninety days later: no main-loop candidate (eventWindowDays), so only the storyline link can score the first event
  const later = w.add({
    id: 'a2',
    title: 'Council votes on the harbour bridge',
    text: body('The council approved the harbour bridge plan by a wide margin on Tuesday.'),
    published: '2024-04-04',
  });
  assert.equal(later.newEvent, true);
  assert.equal(later.storyline, first.storyline);
  assert.ok(later.reasons.some((r) => r.kind === 'storyline-link' && /maria lopez|tomas berg/i.test(r.detail)));
  // one shared name is not a thread: a different issue sharing only the mayor stays apart
  const apart = w.add({
    id: 'a3',
    title: 'Maria Lopez opens a school',
    text: 'Maria Lopez opened a primary school in the north district. Pupils and teachers sang at the opening of the school.',
    published: '2024-07-20',
  });
  assert.notEqual(apart.storyline, first.storyline);
});
