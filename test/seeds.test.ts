// The five seed articles end to end through the engine and the SQLite store: clean, dated where the text allows, idempotent.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from '../src/engine/index.js';
import type { Article } from '../src/model.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { SEEDS, tempDir } from './helpers/tmp.js';

async function ingestSeeds(t: Parameters<typeof tempDir>[0]) {
  const store = SqliteStore.open(join(tempDir(t), 'seeds.db'));
  t.after(() => store.close());
  const engine = new Engine(store);
  const first = await engine.ingest([SEEDS]);
  const second = await engine.ingest([SEEDS]);
  const byFile = new Map<string, Article>();
  for await (const a of store.allArticles()) {
    const raw = await store.getRaw(a.rawId);
    byFile.set(raw!.origin.path!.split('/').pop()!.slice(0, 3), a);
  }
  return { store, first, second, byFile };
}

test('the seeds ingest twice into exactly five articles', async (t) => {
  const { store, first, second } = await ingestSeeds(t);
  assert.equal(first.added.length, 5);
  assert.equal(first.rejected.length, 0);
  assert.equal(second.added.length, 0);
  assert.equal(second.unchanged, 5);
  assert.equal(await store.countArticles(), 5);
});

test('no cleaned seed text keeps scraping junk, and what was cut is kept for audit', async (t) => {
  const { byFile } = await ingestSeeds(t);
  for (const [name, a] of byFile) {
    for (const junk of ['string(1731', 'Comments are closed', 'All news', 'Home »', '"contenttypeid"']) {
      assert.ok(!a.text.includes(junk), `seed ${name} still contains ${junk}`);
      assert.ok(!(a.title ?? '').includes(junk), `seed ${name} title contains ${junk}`);
    }
  }
  assert.ok(byFile.get('004')!.removed.some((r) => r.text.startsWith('string(1731)')));
  assert.ok(byFile.get('003')!.removed.some((r) => r.text.startsWith('Home » News of the Day')));
});

test('seed 001 title is not doubled into its text', async (t) => {
  const { byFile } = await ingestSeeds(t);
  const a = byFile.get('001')!;
  assert.equal(a.title, 'Putin agrees with Trump that improving Russian-US relations is crucial');
  assert.ok(!a.text.includes(a.title!));
  assert.ok(a.text.startsWith('Russia is ready to start normalizing relations'));
});

test('dates: seed 004 is 2016-11-09; seed 002 keeps "December 13" as partial; the others say why they have none', async (t) => {
  const { byFile } = await ingestSeeds(t);
  assert.equal(byFile.get('004')!.published?.slice(0, 10), '2016-11-09');
  const p2 = byFile.get('002')!.provenance.published;
  assert.equal(p2.value, null);
  assert.equal(p2.partial, '--12-13');
  assert.match(p2.note!, /no year/);
  for (const n of ['000', '001', '003']) {
    const p = byFile.get(n)!.provenance.published;
    assert.equal(p.value, null);
    assert.ok(p.note, `seed ${n} has no reason for its missing date`);
  }
});

test('outlets and datelines: 002 is TASS from Tokyo, 000 is Tasnim from Tehran; the others are not guessed', async (t) => {
  const { byFile } = await ingestSeeds(t);
  assert.equal(byFile.get('002')!.outlet, 'TASS');
  assert.equal(byFile.get('002')!.dateline, 'Tokyo');
  assert.equal(byFile.get('002')!.provenance.outlet.source, 'dateline');
  assert.equal(byFile.get('000')!.outlet, 'Tasnim');
  assert.equal(byFile.get('000')!.dateline, 'Tehran');
  // 004 cites RT and RIA Novosti as sources of quotes: they are not its publisher
  assert.equal(byFile.get('004')!.outlet, null);
  for (const a of byFile.values()) assert.equal(a.language, 'en');
});

test('full-text search finds seeds by words and phrases', async (t) => {
  const { store, byFile } = await ingestSeeds(t);
  const hits = await store.search('Nippon TV');
  assert.deepEqual(
    hits.map((h) => h.id),
    [byFile.get('002')!.id],
  );
  const phrase = await store.search('"Primakov"');
  assert.deepEqual(
    phrase.map((h) => h.id),
    [byFile.get('001')!.id],
  );
  assert.equal((await store.search('putin')).length, 5);
  assert.deepEqual(await store.search('   '), []);
});

test('the seeds weave into one storyline of five events, with reasons', async (t) => {
  const store = SqliteStore.open(join(tempDir(t), 'weave.db'));
  t.after(() => store.close());
  const engine = new Engine(store);
  await engine.ingest([SEEDS]);
  const storylines = await engine.storylines();
  assert.equal(storylines.total, 1);
  const s = (await engine.storyline(storylines.items[0]!.id))!;
  assert.equal(s.timeline.length, 5);
  assert.equal(s.articles, 5);
  for (const e of s.timeline) assert.equal(e.articles, 1);
  // the storyline's page and report show its events in time order: a known date, else the estimate with its reason
  const days = s.timeline.map((e) => {
    if (e.firstDate) return e.firstDate.slice(0, 10);
    assert.ok(e.estimated?.reason, `event ${e.id} is undated and has no estimate`);
    return e.estimated.from;
  });
  assert.deepEqual(days, [...days].sort(), `events out of time order: ${days.join(', ')}`);
  assert.ok(s.reasons.length >= 4, 'each linked event says why it joined the storyline');
  // the state survives a restart: a fresh engine on the same file sees the same events
  const again = new Engine(store);
  assert.deepEqual((await again.events({ limit: 10 })).items.map((e) => e.id).sort(), s.timeline.map((e) => e.id).sort());
});

test("Putin's quotes are attributed to him; agencies are reporters, not speakers", async (t) => {
  const { store, byFile } = await ingestSeeds(t);
  for (const n of ['000', '002', '003']) {
    const direct = (await store.getAnalysis(byFile.get(n)!.id))!.quotes.filter((q) => q.kind !== 'indirect');
    const putin = direct.filter((q) => q.speaker?.entity === 'Vladimir Putin');
    assert.ok(direct.length >= 5, `seed ${n} has its direct quotes`);
    assert.ok(putin.length / direct.length >= 0.9, `seed ${n}: ${putin.length}/${direct.length} direct quotes attributed to Putin`);
  }
  const q1 = (await store.getAnalysis(byFile.get('001')!.id))!.quotes;
  assert.ok(q1.some((q) => q.speaker?.entity === 'Andrei Suzdaltsev' && q.text.includes('NATO allies')));
  assert.ok(q1.some((q) => q.speaker?.entity === 'Vladimir Olenchenko' && q.text.includes('listening to Putin')));
  const all = [...byFile.values()];
  const quotes = (await Promise.all(all.map((a) => store.getAnalysis(a.id)))).flatMap((x) => x!.quotes);
  const speakers = new Set(quotes.map((q) => q.speaker?.entity));
  const reporters = new Set(quotes.map((q) => q.reporter));
  for (const agency of ['TASS', 'RT', 'RIA Novosti']) {
    assert.ok(!speakers.has(agency), `${agency} is not a speaker`);
    assert.ok(reporters.has(agency), `${agency} is recorded as a reporter`);
  }
});
