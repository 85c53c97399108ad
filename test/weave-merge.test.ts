// Tests of event merging (two fragments of one happening bridged by a later article), eventOf/resolveEvent, and the published-date and word-pair features.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Weaver, WeaveError, type WeaveInput } from '../src/weave/index.js';
import { extractFeatures } from '../src/weave/text-features.js';

// One wildfire told from two angles (evacuations; firefighting), a report covering both, and a different fire a year later.
const creekEvacuation: WeaveInput = {
  id: 'f1',
  title: 'Evacuations ordered as Creek Fire nears Shaver Lake',
  published: '2020-09-06',
  text: 'Fresno County sheriff Margaret Mims ordered residents of Shaver Lake and Big Creek to leave their homes on Sunday as the Creek Fire jumped the San Joaquin River.\nMore than 200 campers were airlifted by National Guard helicopters from the Mammoth Pool Reservoir. Evacuation centres opened in Clovis.',
};
const creekCrews: WeaveInput = {
  id: 'f2',
  title: 'Creek Fire grows to 73,000 acres with no containment, Cal Fire says',
  published: '2020-09-07',
  text: 'Crews from Cal Fire and the U.S. Forest Service battled the Creek Fire in the Sierra National Forest, where it had burned 73,000 acres with zero containment by Monday.\nIncident commander Nick Truax said erratic winds and dry timber drove the fire; 856 firefighters were assigned.',
};
const creekBoth: WeaveInput = {
  id: 'f3',
  title: 'Creek Fire: Shaver Lake evacuated as blaze reaches 73,000 acres',
  published: '2020-09-07',
  text: 'The Creek Fire in the Sierra National Forest reached 73,000 acres with no containment on Monday, Cal Fire said, after sheriff Margaret Mims ordered Shaver Lake and Big Creek evacuated.\nNational Guard helicopters airlifted campers from Mammoth Pool Reservoir while 856 firefighters under incident commander Nick Truax fought the blaze.',
};
const dixie: WeaveInput = {
  id: 'g1',
  title: "Dixie Fire destroys Greenville as it becomes state's largest",
  published: '2021-08-05',
  text: 'The Dixie Fire burned through the Plumas County town of Greenville on Wednesday night, destroying the historic downtown, sheriff Todd Johns said.\nThe fire, which started near Feather River Canyon, has burned 322,000 acres and is 35% contained. Evacuations were ordered in Chester.',
};

/** A strict join threshold makes the two angles found two events, so the bridging article has something to merge. */
const STRICT = { joinThreshold: 0.45, mergeThreshold: 0.2, mergeArticleScore: 0.2 };

test('an article that fits two events of one happening merges them; eventOf and resolveEvent follow the merge', () => {
  const w = new Weaver(STRICT);
  const a = w.add(creekEvacuation);
  const b = w.add(creekCrews);
  assert.ok(b.newEvent, 'the two angles start as two events under a strict threshold');
  assert.notEqual(a.event, b.event);
  const c = w.add(creekBoth);
  assert.ok(!c.newEvent);
  const merged = c.reasons.find((r) => r.kind === 'events-merged');
  assert.ok(merged, `the bridging article says it merged events: ${c.reasons.map((r) => r.kind).join(',')}`);
  assert.equal(w.eventOf('f1'), c.event);
  assert.equal(w.eventOf('f2'), c.event);
  assert.equal(w.resolveEvent(a.event), c.event);
  assert.equal(w.resolveEvent(b.event), c.event);
  assert.deepEqual(w.membersOf(a.event).sort(), ['f1', 'f2', 'f3']);
  const d = w.add(dixie);
  assert.ok(d.newEvent, 'a different fire stays its own event');
  assert.equal(w.eventCount, 2);
  const survivor = w.events().find((e) => e.id === c.event);
  assert.deepEqual(survivor?.members.slice().sort(), ['f1', 'f2', 'f3']);
  assert.ok(survivor?.reasons.some((r) => r.kind === 'merged-event'));
  assert.equal(w.events().length, 2, 'a merged-away event is no longer listed');
  assert.equal(
    w.storylines().reduce((n, s) => n + s.events.length, 0),
    2,
    'storylines list live events only',
  );
});

test('with merging off the fragments stay apart', () => {
  const w = new Weaver({ ...STRICT, mergeThreshold: 0, groupMergeThreshold: 0 });
  for (const a of [creekEvacuation, creekCrews, creekBoth]) w.add(a);
  assert.notEqual(w.eventOf('f1'), w.eventOf('f2'));
  assert.equal(w.eventCount, 2);
});

test('merges survive snapshot and restore', () => {
  const w = new Weaver(STRICT);
  const a = w.add(creekEvacuation);
  w.add(creekCrews);
  const c = w.add(creekBoth);
  const back = Weaver.restore(JSON.parse(JSON.stringify(w.snapshot())));
  assert.equal(back.resolveEvent(a.event), c.event);
  assert.equal(back.eventOf('f2'), c.event);
  assert.equal(back.eventCount, 1);
  assert.deepEqual(back.add(dixie), w.add(dixie));
});

test('unknown ids: resolveEvent throws a typed error, eventOf answers null', () => {
  const w = new Weaver();
  w.add(dixie);
  assert.throws(() => w.resolveEvent('e_nope'), WeaveError);
  assert.throws(() => w.membersOf('e_nope'), WeaveError);
  assert.equal(w.eventOf('never-added'), null);
});

const OPT = { titleWeight: 3, leadWords: 50, leadWeight: 4, quoteShingle: 4, headlineMaxWords: 20, publishedDateWeight: 3, bigramWeight: 1 };

test('the published date becomes year and month-day date features; none without a date or with the weight at 0', () => {
  const f = extractFeatures(
    { id: 'x', title: 'Storm closes schools', published: '2019-03-14T08:00:00Z', text: 'Schools closed across the county as the storm brought heavy snow.' },
    OPT,
  );
  assert.equal(f.get('d:2019'), 1 + Math.log(3));
  assert.ok((f.get('d:3-14') ?? 0) > 0);
  const undated = extractFeatures(
    { id: 'y', title: 'Storm closes schools', published: null, text: 'Schools closed across the county as the storm brought heavy snow.' },
    OPT,
  );
  assert.equal([...undated.keys()].filter((k) => k.startsWith('d:')).length, 0);
  const off = extractFeatures({ id: 'z', title: 'Storm closes schools', published: '2019-03-14', text: 'Schools closed.' }, { ...OPT, publishedDateWeight: 0 });
  assert.equal(off.get('d:2019'), undefined);
});

test('adjacent content words become pair features, not across punctuation or stopwords', () => {
  const f = extractFeatures(
    { id: 'x', title: null, published: null, text: 'Police arrested a drunk driver near the harbour. Fishing trawler crews, rescued at dawn, were safe.' },
    { ...OPT, headlineMaxWords: 0 },
  );
  assert.ok(f.has('w:drunk_driver'));
  assert.ok(f.has('w:fishing_trawler'));
  assert.ok(!f.has('w:crew_rescued'), 'a comma breaks a pair');
  assert.ok(!f.has('w:arrested_drunk'), 'a stopword between words breaks a pair');
  const single = extractFeatures(
    { id: 'x', title: null, published: null, text: 'Police arrested a drunk driver near the harbour.' },
    { ...OPT, headlineMaxWords: 0, bigramWeight: 0 },
  );
  assert.ok(![...single.keys()].some((k) => k.includes('_')));
});

test('type weights scale analyze entities by type', () => {
  const input: WeaveInput = {
    id: 'x',
    title: null,
    published: null,
    text: 'Talks in Geneva ended without a deal, Maria Lopez said.',
    entities: [
      { name: 'Maria Lopez', type: 'person' },
      { name: 'Geneva', type: 'place' },
    ],
  };
  const even = extractFeatures(input, { ...OPT, headlineMaxWords: 0 });
  const personHeavy = extractFeatures(input, { ...OPT, headlineMaxWords: 0, entityTypeWeights: { person: 2, place: 0.5 } });
  assert.ok((personHeavy.get('e:maria lopez') ?? 0) > (even.get('e:maria lopez') ?? 0));
  assert.ok((personHeavy.get('e:geneva') ?? 0) < (even.get('e:geneva') ?? 0));
});
