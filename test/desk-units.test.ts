// The desk's pure steps: forgiving name look-up and coverage buckets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldName, lookUpName, mergeNamed, nameIndex } from '../src/engine/name-lookup.js';
import { bucketFor, bucketStart, timelineOf } from '../src/engine/timeline-buckets.js';
import { dateAfter } from '../src/store/list-filter.js';

const PEOPLE = [
  { name: 'Vladimir Putin', type: 'person', articles: 40 },
  { name: 'Donald Trump', type: 'person', articles: 30 },
  { name: 'Ivana Trump', type: 'person', articles: 2 },
  { name: 'Andrés Manuel López Obrador', type: 'person', articles: 5 },
  { name: 'Trump', type: 'person', articles: 1 },
  { name: 'Putinism', type: 'other', articles: 3 },
];

describe('forgiving name look-up', () => {
  it('finds by full name, surname or any words, in any case, with or without accents', () => {
    const index = nameIndex(PEOPLE);
    for (const asked of ['Vladimir Putin', 'putin', 'PUTIN', 'Putín', ' vladimir  putin ', 'putin vladimir']) {
      assert.deepEqual(
        lookUpName(asked, index).map((t) => t.name),
        ['Vladimir Putin'],
        asked,
      );
    }
    assert.deepEqual(
      lookUpName('lopez obrador', index).map((t) => t.name),
      ['Andrés Manuel López Obrador'],
    );
    assert.deepEqual(lookUpName('nobody', index), []);
    assert.deepEqual(lookUpName('  ', index), []);
  });

  it('an exact folded name wins; several fits come most cited first', () => {
    assert.deepEqual(
      lookUpName('trump', PEOPLE).map((t) => t.name),
      ['Trump'],
      'the entity named exactly "Trump"',
    );
    const without = PEOPLE.filter((p) => p.name !== 'Trump');
    assert.deepEqual(
      lookUpName('trump', without).map((t) => t.name),
      ['Donald Trump', 'Ivana Trump'],
    );
    assert.equal(foldName("Putin's"), 'putin s');
  });

  it('merging entities and speakers keeps each name once with its largest count and a known type', () => {
    const merged = mergeNamed([{ name: 'Vladimir Putin', type: 'person', articles: 5 }], [{ name: 'Vladimir Putin', type: 'other', articles: 9 }]);
    assert.deepEqual(merged, [{ name: 'Vladimir Putin', type: 'person', articles: 9 }]);
  });
});

describe('coverage buckets', () => {
  it('weeks start on Monday, months on the first; dates after the end of a range', () => {
    assert.equal(bucketStart('2016-11-09', 'week'), '2016-11-07');
    assert.equal(bucketStart('2016-11-07', 'week'), '2016-11-07');
    assert.equal(bucketStart('2016-11-06', 'week'), '2016-10-31');
    assert.equal(bucketStart('2016-11-30', 'month'), '2016-11-01');
    assert.equal(dateAfter('2016-11-30'), '2016-12-01');
    assert.equal(dateAfter('2016-12'), '2017-01');
    assert.equal(dateAfter('2016'), '2017');
    assert.equal(dateAfter('2016-02-29'), '2016-03-01');
  });

  it('counts per bucket and outlet add up to the total, undated apart', () => {
    const rows = [
      { day: null, outlet: 'TASS', articles: 2 },
      { day: '2016-11-07', outlet: 'TASS', articles: 1 },
      { day: '2016-11-09', outlet: null, articles: 3 },
      { day: '2016-11-14', outlet: 'RT', articles: 4 },
    ];
    const t = timelineOf(rows, 'week');
    assert.deepEqual(t, {
      bucket: 'week',
      buckets: [
        { start: '2016-11-07', count: 4, outlets: { TASS: 1, 'unknown outlet': 3 } },
        { start: '2016-11-14', count: 4, outlets: { RT: 4 } },
      ],
      undated: 2,
      total: 10,
    });
    assert.equal(bucketFor(rows), 'day');
    assert.equal(
      bucketFor([
        { day: '2016-01-01', outlet: null, articles: 1 },
        { day: '2016-09-01', outlet: null, articles: 1 },
      ]),
      'week',
    );
    assert.equal(
      bucketFor([
        { day: '2014-01-01', outlet: null, articles: 1 },
        { day: '2016-09-01', outlet: null, articles: 1 },
      ]),
      'month',
    );
  });
});

describe('the shared data watch', () => {
  it('polls only while someone listens and tells every listener when the version moves', async () => {
    const { dataWatch } = await import('../src/server/data-watch.js');
    let version = 'v1';
    let reads = 0;
    const watch = dataWatch(async () => {
      reads++;
      return version;
    }, 5);
    const seen: string[][] = [[], []];
    const heard = (i: number, v: string) =>
      new Promise<void>((done) => {
        const stop = watch.subscribe((now) => {
          seen[i]!.push(now);
          if (now === v) {
            stop();
            done();
          }
        });
      });
    const first = heard(0, 'v2');
    const second = heard(1, 'v2');
    await new Promise((r) => setTimeout(r, 30));
    version = 'v2';
    await Promise.all([first, second]);
    assert.deepEqual(seen[0], ['v1', 'v2']);
    assert.deepEqual(seen[1], ['v1', 'v2']);
    const after = reads;
    await new Promise((r) => setTimeout(r, 40));
    assert.equal(reads, after, 'no listener: no polling');
  });
});
