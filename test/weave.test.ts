// Behaviour tests of the weave stage: seed storyline, same-kind events kept apart, stable ids, snapshot/restore, batch order, BCubed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Weaver, WeaveError, clusterBatch, type WeaveInput } from '../src/weave/index.js';
import { bcubed } from '../eval/lib/bcubed.js';

const SEED_DIR = fileURLToPath(new URL('../examples/seeds/', import.meta.url));

/** Seed files: first non-empty line is the title; the trailing scraped JSON blob is cut. */
function seeds(): WeaveInput[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(SEED_DIR + f, 'utf8').split('\n');
      const i = lines.findIndex((l) => l.trim().length > 0);
      const text = lines
        .slice(i + 1)
        .join('\n')
        .replace(/string\(\d+\) "[\s\S]*$/, '');
      return { id: f, title: lines[i].trim(), text, published: null };
    });
}

// Two happenings of the same kind (earthquakes), told by different outlets in different words.
const quakeTaiwan: WeaveInput[] = [
  {
    id: 'tw-1',
    title: 'Magnitude 7.4 earthquake strikes Hualien, Taiwan',
    published: '2024-04-03',
    text: 'A magnitude 7.4 earthquake struck off the east coast of Taiwan near Hualien on Wednesday morning, killing at least nine people and injuring more than 800, the Central Weather Administration said.\nBuildings in Hualien tilted and landslides blocked the Suhua Highway. Japan briefly issued a tsunami warning for Okinawa.\n"This is the strongest earthquake in 25 years," said Wu Chien-fu, director of the Seismology Center.',
  },
  {
    id: 'tw-2',
    title: 'Taiwan quake: rescuers search for miners trapped near Hualien',
    published: '2024-04-04',
    text: 'Rescue teams in Taiwan worked through the night to reach dozens of workers trapped in quarries near Hualien after the 7.4 magnitude earthquake on Wednesday.\nThe Central Weather Administration recorded more than 200 aftershocks. Premier Chen Chien-jen visited Hualien and promised funds for rebuilding.\nOfficials said the death toll had risen to 10, with more than 1,000 injured.',
  },
  {
    id: 'tw-3',
    title: 'TSMC resumes production after Taiwan earthquake',
    published: '2024-04-04',
    text: 'Chipmaker TSMC said most of its equipment had recovered after the magnitude 7.4 earthquake that hit Hualien, Taiwan, on Wednesday.\nThe quake, the strongest to hit Taiwan in 25 years, forced evacuations at fabs in Hsinchu. The Central Weather Administration warned of aftershocks near Hualien for days.',
  },
];
const quakeItaly: WeaveInput[] = [
  {
    id: 'it-1',
    title: 'Magnitude 6.2 earthquake hits central Italy, Amatrice devastated',
    published: '2016-08-24',
    text: 'A magnitude 6.2 earthquake struck central Italy before dawn on Wednesday, flattening much of the town of Amatrice and killing at least 120 people, the Civil Protection Department said.\nThe epicentre was near Accumoli in the province of Rieti. Mayor Sergio Pirozzi said: "Half the town is gone."\nPrime Minister Matteo Renzi travelled to the area.',
  },
  {
    id: 'it-2',
    title: 'Italy quake death toll rises as rescuers dig in Amatrice rubble',
    published: '2016-08-25',
    text: 'Rescuers dug through the rubble of Amatrice and Accumoli on Thursday as the death toll from the 6.2 magnitude earthquake in central Italy rose to 247.\nThe Civil Protection Department said more than 4,000 people were homeless. Matteo Renzi declared a state of emergency for the Lazio and Marche regions.',
  },
  {
    id: 'it-3',
    title: 'Amatrice: survivors of Italian earthquake sleep in tents',
    published: '2016-08-26',
    text: 'Survivors of the earthquake that destroyed Amatrice spent a second night in tents set up by the Civil Protection Department, as aftershocks shook central Italy.\nThe magnitude 6.2 quake near Accumoli killed at least 267 people. Mayor Sergio Pirozzi said the town would be rebuilt "as it was".',
  },
];

test('the five seed articles form one storyline of five events with readable reasons', () => {
  const w = new Weaver();
  const out = seeds().map((a) => w.add(a));
  assert.equal(out.length, 5);
  assert.equal(new Set(out.map((a) => a.event)).size, 5, 'five different occasions must stay five events');
  assert.equal(new Set(out.map((a) => a.storyline)).size, 1, 'all five belong to one storyline');
  assert.ok(out.every((a) => a.newEvent));
  assert.equal(out.filter((a) => a.newStoryline).length, 1);
  for (const a of out.slice(1)) {
    const kinds = a.reasons.map((r) => r.kind);
    assert.ok(kinds.includes('new-event'), `reasons say why a new event: ${kinds.join(',')}`);
    assert.ok(kinds.includes('storyline-link'));
    const actors = a.reasons.find((r) => r.kind === 'shared-entities');
    assert.ok(actors && /Putin/.test(actors.detail) && /Trump/.test(actors.detail), `shared actors named: ${actors?.detail}`);
  }
  const lines = w.storylines();
  assert.equal(lines.length, 1);
  assert.equal(lines[0].events.length, 5);
  assert.equal(lines[0].members.length, 5);
  const labels = w
    .events()
    .map((e) => e.topTerms.join(' '))
    .join(' | ');
  assert.match(labels, /Primakov/);
  assert.match(labels, /van der Bellen/i);
});

test('two earthquakes, interleaved, stay two events; each gathers its own articles', () => {
  const stream = [quakeTaiwan[0], quakeItaly[0], quakeTaiwan[1], quakeItaly[1], quakeItaly[2], quakeTaiwan[2]];
  const rows = clusterBatch(stream);
  const ev = new Map(rows.map((r) => [r.id, r.event]));
  assert.equal(ev.get('tw-1'), ev.get('tw-2'));
  assert.equal(ev.get('tw-1'), ev.get('tw-3'));
  assert.equal(ev.get('it-1'), ev.get('it-2'));
  assert.equal(ev.get('it-1'), ev.get('it-3'));
  assert.notEqual(ev.get('tw-1'), ev.get('it-1'));
});

test('same kind of event, same place, undated: distinct names and numbers keep two arrests apart', () => {
  const w = new Weaver();
  const a = w.add({
    id: 'a1',
    title: 'Chargers receiver Vincent Jackson arrested on suspicion of DUI',
    published: null,
    text: 'San Diego Chargers wide receiver Vincent Jackson was arrested early Saturday on suspicion of drunken driving in Pacific Beach, police said.\nJackson, 26, was stopped at 2:30 a.m. and booked into county jail. He was released on $2,500 bail. The Chargers said they were aware of the arrest.',
  });
  const b = w.add({
    id: 'a2',
    title: 'Vincent Jackson booked after DUI stop in Pacific Beach',
    published: null,
    text: 'Vincent Jackson of the San Diego Chargers was booked on suspicion of driving under the influence after police stopped him in Pacific Beach on Saturday. Jackson, 26, posted $2,500 bail, jail records show.',
  });
  const c = w.add({
    id: 'a3',
    title: 'Jamal Williams of Chargers arrested in Poway on DUI charge',
    published: null,
    text: 'Chargers nose tackle Jamal Williams was arrested on suspicion of drunken driving in Poway late Thursday, the sheriff said. Williams, 32, was released after posting $10,000 bail. Coach Norv Turner said the team would handle the matter internally.',
  });
  assert.equal(a.event, b.event);
  assert.notEqual(c.event, a.event);
  assert.ok(c.newEvent);
});

test('an event keeps its id as articles join, and the id depends only on the founding article', () => {
  const w = new Weaver();
  const first = w.add(quakeItaly[0]);
  const second = w.add(quakeItaly[1]);
  const third = w.add(quakeItaly[2]);
  assert.equal(second.event, first.event);
  assert.equal(third.event, first.event);
  assert.equal(first.newEvent, true);
  assert.equal(second.newEvent, false);
  assert.ok(second.score >= w.config.joinThreshold);
  assert.ok(second.reasons.some((r) => r.kind === 'shared-entities' && /Amatrice/.test(r.detail)));
  const again = new Weaver().add(quakeItaly[0]);
  assert.equal(again.event, first.event, 'same founding article id, same event id');
  const other = new Weaver().add({ ...quakeItaly[0], id: 'something-else' });
  assert.notEqual(other.event, first.event);
  const ev = w.events();
  assert.equal(ev.length, 1);
  assert.deepEqual(ev[0].members, ['it-1', 'it-2', 'it-3']);
  assert.equal(ev[0].firstDate, '2016-08-24');
  assert.equal(ev[0].lastDate, '2016-08-26');
});

test('snapshot and restore give the same subsequent assignments', () => {
  const all = [...seeds(), ...quakeTaiwan, ...quakeItaly];
  const head = all.slice(0, 6);
  const tail = all.slice(6);
  const live = new Weaver();
  head.forEach((a) => live.add(a));
  const snap = JSON.parse(JSON.stringify(live.snapshot()));
  const restored = Weaver.restore(snap);
  const fromLive = tail.map((a) => live.add(a));
  const fromRestored = tail.map((a) => restored.add(a));
  assert.deepEqual(fromRestored, fromLive);
  assert.deepEqual(restored.events(), live.events());
  assert.deepEqual(restored.storylines(), live.storylines());
});

test('snapshot and restore agree while idle events are being archived', () => {
  const all = [...seeds(), ...quakeTaiwan, ...quakeItaly];
  const cfg = { archiveAfterArticles: 2, archivedTerms: 5 };
  const live = new Weaver(cfg);
  all.slice(0, 7).forEach((a) => live.add(a));
  const restored = Weaver.restore(JSON.parse(JSON.stringify(live.snapshot())));
  const tail = all.slice(7);
  assert.deepEqual(
    tail.map((a) => restored.add(a)),
    tail.map((a) => live.add(a)),
  );
  assert.ok(
    live.snapshot().events.some((e) => e.centroidIds.length === 5),
    'some idle event was trimmed',
  );
});

test('a snapshot from another version is refused with a typed error', () => {
  const snap = new Weaver().snapshot() as unknown as Record<string, unknown>;
  delete snap.touchLog;
  assert.throws(() => Weaver.restore(snap as never), WeaveError);
  assert.throws(() => Weaver.restore({ ...new Weaver().snapshot(), version: 2 as 1 }), WeaveError);
});

test('dated articles far apart in time do not join one event', () => {
  const w = new Weaver();
  const a = w.add(quakeItaly[0]);
  const b = w.add({ ...quakeItaly[1], id: 'it-2-two-years-later', published: '2018-08-25' });
  assert.notEqual(b.event, a.event);
});

test('clusterBatch returns one row per input row, in input order', () => {
  const input = [quakeItaly[2], quakeTaiwan[0], quakeItaly[0], quakeTaiwan[2], quakeItaly[1]];
  const rows = clusterBatch(input);
  assert.deepEqual(
    rows.map((r) => r.id),
    input.map((a) => a.id),
  );
  for (const r of rows) {
    assert.match(r.event, /^e_[0-9a-f]{12}$/);
    assert.match(r.storyline, /^s_[0-9a-f]{12}$/);
  }
  assert.equal(rows[0].event, rows[2].event);
});

test('an article without an id is refused with a typed error', () => {
  const w = new Weaver();
  assert.throws(() => w.add({ id: '', title: null, text: 'x', published: null }), WeaveError);
  assert.throws(() => new Weaver({ joinThreshold: 0 }), WeaveError);
});

test('bcubed scores known clusterings', () => {
  const gold = new Map([
    ['a', 'x'],
    ['b', 'x'],
    ['c', 'y'],
    ['d', 'y'],
  ]);
  const perfect = bcubed(
    new Map([
      ['a', '1'],
      ['b', '1'],
      ['c', '2'],
      ['d', '2'],
    ]),
    gold,
  );
  assert.equal(perfect.f1, 1);
  const lumped = bcubed(
    new Map([
      ['a', '1'],
      ['b', '1'],
      ['c', '1'],
      ['d', '1'],
    ]),
    gold,
  );
  assert.equal(lumped.precision, 0.5);
  assert.equal(lumped.recall, 1);
  const split = bcubed(
    new Map([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
      ['d', '4'],
    ]),
    gold,
  );
  assert.equal(split.precision, 1);
  assert.equal(split.recall, 0.5);
  assert.throws(() => bcubed(new Map([['a', '1']]), gold));
});
