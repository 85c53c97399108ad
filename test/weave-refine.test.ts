// Tests of the weave's second look: recent articles moving to the event that fits them, mixed events splitting, and the subset scores behind the split.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Weaver, clusterBatch, type WeaveInput } from '../src/weave/index.js';
import { SubsetScores } from '../src/weave/subset-scores.js';

// Two ferry disasters of the same kind, undated, told by different outlets.
const korea: WeaveInput[] = [
  {
    id: 'kr-1',
    title: 'Ferry Sewol sinks off Jindo with 476 aboard',
    published: null,
    text: 'The ferry Sewol capsized and sank off the island of Jindo on Wednesday with 476 people aboard, most of them students from Danwon High School in Ansan, the coast guard said.\nCaptain Lee Joon-seok was among the first to leave the ship. Rescuers pulled 172 people from the water.',
  },
  {
    id: 'kr-2',
    title: 'Sewol ferry: divers search for missing Danwon students',
    published: null,
    text: 'Divers searched the sunken ferry Sewol off Jindo for more than 300 missing passengers, many of them students of Danwon High School.\nThe coast guard said 172 people were rescued. Prosecutors questioned captain Lee Joon-seok about the evacuation order.',
  },
  {
    id: 'kr-3',
    title: 'Captain of sunken Sewol ferry arrested',
    published: null,
    text: 'Lee Joon-seok, captain of the ferry Sewol that sank off Jindo, was arrested on charges of abandoning his passengers, prosecutors in Mokpo said.\nOf the 476 people aboard, 172 survived; students of Danwon High School in Ansan made up most of the missing.',
  },
  {
    id: 'kr-4',
    title: 'Families of Danwon students wait at Jindo harbour for news of Sewol',
    published: null,
    text: 'Parents of Danwon High School students waited at Jindo harbour as divers entered the Sewol.\nThe ferry, carrying 476 people from Incheon to Jeju, sank on Wednesday; captain Lee Joon-seok has been arrested.',
  },
];
const egypt: WeaveInput[] = [
  {
    id: 'eg-1',
    title: 'Ferry al-Salam Boccaccio 98 sinks in the Red Sea with 1,400 aboard',
    published: null,
    text: 'The ferry al-Salam Boccaccio 98 sank in the Red Sea overnight on its way from Duba in Saudi Arabia to Safaga, with about 1,400 people aboard, Egyptian officials said.\nThe ship, owned by El Salam Maritime, caught fire before it capsized. Rescuers found 388 survivors.',
  },
  {
    id: 'eg-2',
    title: 'Red Sea ferry: 388 survivors found, hundreds missing',
    published: null,
    text: 'Egyptian rescuers found 388 survivors of the al-Salam Boccaccio 98, which sank between Duba and Safaga.\nSurvivors said a fire broke out in the car deck hours before the ferry capsized; El Salam Maritime said the captain, Sayed Omar, had not been found.',
  },
  {
    id: 'eg-3',
    title: 'Anger in Safaga as families wait for word of Boccaccio 98 passengers',
    published: null,
    text: 'Relatives of passengers of the al-Salam Boccaccio 98 clashed with police at the port of Safaga, demanding news.\nThe ferry from Duba, carrying about 1,400 mostly Egyptian workers, sank in the Red Sea after a fire; 388 people survived.',
  },
  {
    id: 'eg-4',
    title: 'El Salam Maritime owner faces questions over Red Sea ferry fire',
    published: null,
    text: 'The owner of El Salam Maritime, Mamdouh Ismail, faced questions over the fire aboard the al-Salam Boccaccio 98, which sank in the Red Sea on its way from Duba to Safaga.\nOnly 388 of about 1,400 passengers survived, officials said.',
  },
];
const interleaved = [korea[0], egypt[0], korea[1], egypt[1], korea[2], egypt[2], korea[3], egypt[3]];

/** A loose join threshold lets the first Egyptian report join the Korean event: the second look has something to correct. */
const LOOSE_MOVE = { joinThreshold: 0.06, splitThreshold: 0, refineFloor: 0.03 };
// splits checked after every join, so the add that splits is the one whose article tips the event into two groups
const LOOSE_SPLIT = { joinThreshold: 0.03, splitCheckEvery: 1 };

function assertTwoHappenings(w: Weaver): void {
  const kr = new Set(korea.map((a) => w.eventOf(a.id)));
  const eg = new Set(egypt.map((a) => w.eventOf(a.id)));
  assert.equal(kr.size, 1, 'the Korean reports are one event');
  assert.equal(eg.size, 1, 'the Egyptian reports are one event');
  assert.notEqual([...kr][0], [...eg][0]);
}

test('an article that joined a look-alike event moves once its own happening has an event; the move is reported', () => {
  const w = new Weaver(LOOSE_MOVE);
  w.add(korea[0]);
  const wrong = w.add(egypt[0]);
  w.add(korea[1]);
  assert.equal(wrong.event, w.eventOf('kr-1'), 'the first Egyptian report joins the Korean event at first');
  const second = w.add(egypt[1]);
  const moved = second.reasons.find((r) => r.kind === 'articles-moved');
  assert.ok(moved && /eg-1/.test(moved.detail), `the move is explained: ${second.reasons.map((r) => r.kind).join(',')}`);
  assert.deepEqual(w.movedByLastAdd(), ['eg-1']);
  assert.equal(w.eventOf('eg-1'), second.event);
  assert.deepEqual(w.placeOf('eg-1'), { event: second.event, storyline: second.storyline });
  w.add(korea[2]);
  assert.deepEqual(w.movedByLastAdd(), [], 'the list is of the last add only');
  for (const a of interleaved.slice(5)) w.add(a);
  assertTwoHappenings(w);
});

test('with refineWindow 0 decisions are final', () => {
  const w = new Weaver({ ...LOOSE_MOVE, refineWindow: 0 });
  for (const a of interleaved.slice(0, 4)) w.add(a);
  assert.equal(w.eventOf('eg-1'), w.eventOf('kr-1'));
  assert.deepEqual(w.movedByLastAdd(), []);
});

test('an event whose articles fall into two groups splits; the group without the founder gets the id its first article would have founded', () => {
  const w = new Weaver(LOOSE_SPLIT);
  const first = w.add(korea[0]);
  const outs = interleaved.slice(1).map((a) => w.add(a));
  const split = outs.flatMap((o) => o.reasons).find((r) => r.kind === 'event-split');
  assert.ok(split, 'an event-split reason is given');
  assertTwoHappenings(w);
  assert.equal(w.eventOf('kr-1'), first.event, 'the founder keeps its event');
  assert.equal(w.eventOf('eg-1'), new Weaver().add(egypt[0]).event);
  const off = w.events().find((e) => e.id === w.eventOf('eg-1'));
  assert.ok(off?.reasons.some((r) => r.kind === 'split-from'));
  assert.equal(
    w.storylines().reduce((n, s) => n + s.events.length, 0),
    w.eventCount,
    'storylines list each live event once',
  );
  const splitter = outs.find((o) => o.reasons.some((r) => r.kind === 'event-split'));
  assert.equal(splitter?.event, w.eventOf('eg-1'), 'the add that split answers with where its article ended up');
});

test('snapshot and restore keep the recent window: the second look continues the same way', () => {
  const live = new Weaver(LOOSE_SPLIT);
  interleaved.slice(0, 3).forEach((a) => live.add(a));
  const restored = Weaver.restore(JSON.parse(JSON.stringify(live.snapshot())));
  const tail = interleaved.slice(3);
  assert.deepEqual(
    tail.map((a) => restored.add(a)),
    tail.map((a) => live.add(a)),
  );
  for (const a of interleaved) assert.equal(restored.eventOf(a.id), live.eventOf(a.id));
  assert.deepEqual(restored.events(), live.events());
});

test("clusterBatch answers with each row's event after the whole stream", () => {
  const rows = clusterBatch(interleaved, LOOSE_MOVE);
  const byId = new Map(rows.map((r) => [r.id, r.event]));
  assert.equal(byId.get('eg-1'), byId.get('eg-2'), 'eg-1 is reported where it ended up, not where it was first put');
  assert.notEqual(byId.get('eg-1'), byId.get('kr-1'));
});

test('subset scores equal the scores of centroids built by hand', () => {
  // one feature group, plain cosine: rows over features 1..4
  const rows = [
    { ids: Int32Array.from([1, 2]), values: Float64Array.from([1, 1]), groups: Int8Array.from([0, 0]), weight: 1 },
    { ids: Int32Array.from([2, 3]), values: Float64Array.from([2, 1]), groups: Int8Array.from([0, 0]), weight: 0.5 },
    { ids: Int32Array.from([3, 4]), values: Float64Array.from([1, 3]), groups: Int8Array.from([0, 0]), weight: 1 },
  ];
  const cosine = (dots: Float64Array, a: Float64Array, b: Float64Array): number => (a[0] > 0 && b[0] > 0 ? dots[0] / Math.sqrt(a[0] * b[0]) : 0);
  const s = new SubsetScores(rows, 1, cosine);
  const dense = (r: (typeof rows)[number], w: number): number[] => {
    const out = [0, 0, 0, 0, 0];
    r.ids.forEach((id, i) => {
      out[id] += w * r.values[i];
    });
    return out;
  };
  const cos = (x: number[], y: number[]): number =>
    x.reduce((t, v, i) => t + v * y[i], 0) / Math.sqrt(x.reduce((t, v) => t + v * v, 0) * y.reduce((t, v) => t + v * v, 0));
  const sum = (xs: number[][]): number[] => xs.reduce((t, x) => t.map((v, i) => v + x[i]));
  const c12 = sum([dense(rows[1], 0.5), dense(rows[2], 1)]);
  const fits = s.fits([false, true, true]);
  rows.forEach((r, i) => assert.ok(Math.abs(fits[i] - cos(dense(r, 1), c12)) < 1e-12));
  assert.ok(Math.abs(s.pair(0, 1) - cos(dense(rows[0], 1), dense(rows[1], 1))) < 1e-12);
  assert.ok(Math.abs(s.between([true, false, false], [false, true, true]) - cos(dense(rows[0], 1), c12)) < 1e-12);
});

test('an event made by a split is on the archive clock: idle long enough, its centroid is trimmed like any event', () => {
  const w = new Weaver({ ...LOOSE_SPLIT, archiveAfterArticles: 1, archivedTerms: 2 });
  w.add(korea[0]);
  // up to the add that splits: nothing joins the split-off event after it
  let split = false;
  for (const a of interleaved.slice(1)) {
    split = w.add(a).reasons.some((r) => r.kind === 'event-split');
    if (split) break;
  }
  assert.ok(split, 'the stream splits');
  const off = w.eventOf('eg-1') as string;
  const before = w.snapshot().events.find((e) => e.id === off);
  assert.ok(before && before.centroidIds.length > 2);
  // more articles of the other happening: the split-off event stays idle
  for (const a of korea.slice(1)) w.add({ ...a, id: `${a.id}-again` });
  const after = w.snapshot().events.find((e) => e.id === off);
  assert.ok(after && after.centroidIds.length <= 2, `split-off event trimmed to 2 terms (has ${after?.centroidIds.length})`);
});
