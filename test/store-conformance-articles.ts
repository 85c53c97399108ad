// Store conformance, first half: originals, articles, search, rejections and analyses, run against each implementation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, RawDoc, Rejection } from '../src/model.js';
import type { Store } from '../src/store/store.js';
import { CENTRAL_BANK, ELECTION, FARM, STORM, add, assignment, collect, doc, quote } from './helpers/store-fixtures.js';

/** A fresh store, closed when the test ends. */
export type FreshStore = (t: { after: (fn: () => Promise<void>) => void }) => Promise<Store>;

export function articleConformance(fresh: FreshStore): void {
  test('originals: kept byte for byte, a second put of the same id is a no-op, decoded bodies survive', async (t) => {
    const store = await fresh(t);
    assert.equal(await store.hasRaw('r1'), false);
    assert.equal(await store.getRaw('r1'), null);
    const bytes = Buffer.concat([Buffer.from('<p>', 'latin1'), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), Buffer.from('</p>')]);
    const raw: RawDoc = {
      id: 'r1',
      origin: { kind: 'url', url: 'https://example.ru/news/1' },
      format: 'html',
      bytes,
      body: '<p>Привет</p>',
      fetchedAt: '2026-01-01T00:00:00Z',
      hints: { title: 'Привет', authors: ['Иван Петров'] },
    };
    await store.putRaw(raw);
    await store.putRaw({ ...raw, body: 'ignored: same id', bytes: Buffer.from('other') });
    assert.equal(await store.hasRaw('r1'), true);
    const back = (await store.getRaw('r1'))!;
    assert.deepEqual(Buffer.from(back.bytes), bytes);
    assert.equal(back.body, raw.body);
    assert.deepEqual(back.origin, raw.origin);
    assert.deepEqual(back.hints, raw.hints);
    assert.equal(back.format, 'html');
    assert.equal(back.fetchedAt, raw.fetchedAt);
    // a JSONL row: the body is read back out of the row itself
    const row = Buffer.from(JSON.stringify({ id: 'a-1', title: 'Rates', text: CENTRAL_BANK }));
    await store.putRaw({
      id: 'r2',
      origin: { kind: 'jsonl', path: 'in.jsonl', line: 3 },
      format: 'text',
      bytes: row,
      body: CENTRAL_BANK,
      fetchedAt: '2026-01-01T00:00:00Z',
      hints: { sourceId: 'a-1' },
    });
    const jsonl = (await store.getRaw('r2'))!;
    assert.equal(jsonl.body, CENTRAL_BANK);
    assert.deepEqual(jsonl.origin, { kind: 'jsonl', path: 'in.jsonl', line: 3 });
  });

  test('articles: round trip, ingest order, a replace keeps the seq, counts and pages', async (t) => {
    const store = await fresh(t);
    const full = doc('a1b2c3d4e5f60718', 'Farm subsidies row', FARM, {
      sourceId: 'feed-77',
      url: 'https://news.example.com/farm',
      outlet: 'Example News',
      authors: ['Anna Kowalska', 'Jean Martin'],
      published: '2026-02-03T08:30:00Z',
      dateline: 'BRUSSELS',
      removed: [{ text: 'Share this article', reason: 'boilerplate' }],
    });
    await store.putRaw(full.raw);
    const s1 = await store.putArticle(full.article);
    const s2 = await add(store, 'b1b2c3d4e5f60718', 'Rates on hold', CENTRAL_BANK);
    assert.ok(s2 > s1, 'later articles get a larger seq');
    assert.deepEqual(await store.getArticle(full.article.id), full.article);
    assert.equal(await store.getArticle('ffffffffffffffff'), null);
    const changed = { ...full.article, title: 'Farm subsidies: ministers object', text: `${FARM} Talks continue next week.` };
    assert.equal(await store.putArticle(changed), s1, 'replacing an article keeps its place in ingest order');
    assert.deepEqual(await store.getArticle(full.article.id), changed);
    assert.equal(await store.countArticles(), 2);
    assert.deepEqual(
      (await store.listArticleLinks()).map((a) => a.id),
      [full.article.id, 'b1b2c3d4e5f60718'],
    );
    assert.deepEqual(
      (await store.listArticleLinks({ limit: 1, offset: 1 })).map((a) => a.id),
      ['b1b2c3d4e5f60718'],
    );
    const [hit] = await store.search('ministers object');
    const summary = { id: hit!.id, title: hit!.title, outlet: hit!.outlet, published: hit!.published, language: hit!.language, words: hit!.words };
    assert.deepEqual(summary, {
      id: full.article.id,
      title: changed.title,
      outlet: 'Example News',
      published: '2026-02-03T08:30:00Z',
      language: 'en',
      words: changed.text.split(/\s+/).length,
    });
    assert.deepEqual(
      (await collect(store.allArticles())).map((a) => a.title),
      [changed.title, 'Rates on hold'],
    );
  });

  test('articles: allArticles pages through many rows in order, and allows writes while iterating', async (t) => {
    const store = await fresh(t);
    await store.beginBatch();
    for (let i = 0; i < 520; i++) await add(store, i.toString(16).padStart(16, '0'), `Item ${i}`, `${i % 2 ? STORM : ELECTION} Report number ${i}.`);
    await store.endBatch();
    let n = 0;
    for await (const a of store.allArticles()) {
      assert.equal(a.title, `Item ${n}`);
      if (n % 100 === 0) await store.putArticle({ ...a, title: `Item ${n}` }); // a replace mid-iteration neither repeats nor loses rows
      n++;
    }
    assert.equal(n, 520);
  });

  test('resolveArticleId: full id, caller source id, unique hex prefix; ambiguous, short or unknown refs give null', async (t) => {
    const store = await fresh(t);
    await add(store, 'abcd1234ef567890', 'One', FARM, { sourceId: 'reuters-123' });
    await add(store, 'abcd9999ef567890', 'Two', STORM);
    await add(store, '0123456789abcdef', 'Three', ELECTION);
    assert.equal(await store.resolveArticleId('abcd1234ef567890'), 'abcd1234ef567890');
    assert.equal(await store.resolveArticleId('reuters-123'), 'abcd1234ef567890');
    assert.equal(await store.resolveArticleId('abcd1'), 'abcd1234ef567890');
    assert.equal(await store.resolveArticleId('0123'), '0123456789abcdef');
    assert.equal(await store.resolveArticleId('abcd'), null, 'two ids start with abcd');
    assert.equal(await store.resolveArticleId('012'), null, 'prefixes shorter than 4 are not guessed');
    assert.equal(await store.resolveArticleId('zzzz'), null);
    assert.equal(await store.resolveArticleId('reuters'), null);
  });

  test('search: every word must match, "quoted phrases" stay phrases, counts and pages agree', async (t) => {
    const store = await fresh(t);
    await add(store, '1000000000000001', 'Commission plan angers farmers', FARM);
    await add(store, '1000000000000002', 'Central bank holds rates', CENTRAL_BANK);
    await add(store, '1000000000000003', 'Storm floods Valencia coast', STORM);
    await add(store, '1000000000000004', 'Voters choose a new parliament', `${ELECTION} The central question was rent.`);
    const ids = async (q: string) => (await store.search(q)).map((h) => h.id).sort();
    assert.deepEqual(await ids('central'), ['1000000000000002', '1000000000000004']);
    assert.deepEqual(await ids('central bank'), ['1000000000000002']);
    assert.deepEqual(await ids('CENTRAL Inflation'), ['1000000000000002'], 'matching ignores case');
    assert.deepEqual(await ids('central rent'), ['1000000000000004']);
    assert.deepEqual(await ids('"question was rent"'), ['1000000000000004']);
    assert.deepEqual(await ids('"rent was question"'), [], 'a phrase needs its words in order');
    assert.deepEqual(await ids('"heavy rain" Valencia'), ['1000000000000003']);
    assert.deepEqual(await ids('subsid*'), ['1000000000000001'], 'a trailing * searches by prefix');
    assert.deepEqual(await ids('farmers'), ['1000000000000001'], 'titles are searched');
    assert.deepEqual(await ids('banana'), []);
    assert.deepEqual(await store.search('   '), []);
    assert.deepEqual(await store.search('"" ** ()'), []);
    for (const odd of ['bank AND OR NOT', 'rate:(x) -y', "labour's market", 'NEAR(a b)', 'rates & | ! <->', '"unclosed phrase']) {
      await store.search(odd); // operators typed by a user are words, never syntax errors
      await store.countSearch(odd);
    }
    assert.equal(await store.countSearch('central'), 2);
    assert.equal(await store.countSearch('   '), 0);
    const [first] = await store.search('Valencia');
    assert.equal(first!.title, 'Storm floods Valencia coast');
    assert.match(first!.snippet, /\[Valencia\]/, 'the snippet marks the match');
    assert.ok(first!.score > 0, 'a higher score is a better match');
    assert.equal(first!.words, STORM.split(/\s+/).length);
    const page1 = await store.search('the', { limit: 2 });
    const page2 = await store.search('the', { limit: 2, offset: 2 });
    assert.equal(page1.length, 2);
    assert.equal(new Set([...page1, ...page2].map((h) => h.id)).size, page1.length + page2.length, 'pages do not overlap');
    assert.ok(page1[0]!.score >= page1[1]!.score, 'hits come best first');
    // words break at punctuation, case and Latin accents do not matter (SQLite unicode61 with remove_diacritics)
    await add(
      store,
      '1000000000000005',
      'Aid pledge',
      'The U.S. pledged $3,000,000 to Calderón’s government, according to an e-mail seen by news.example.com.',
    );
    assert.deepEqual(await ids('U.S. pledged'), ['1000000000000005']);
    assert.deepEqual(await ids('"3,000,000"'), ['1000000000000005']);
    assert.deepEqual(await ids('calderon'), ['1000000000000005']);
    assert.deepEqual(await ids('CALDERÓN'), ['1000000000000005']);
    assert.deepEqual(await ids('"e mail"'), ['1000000000000005']);
    assert.deepEqual(await ids('example'), ['1000000000000005'], 'words inside a host name are words');
    assert.deepEqual(await ids('"pledge the"'), [], 'a phrase does not run from the title into the text');
    assert.deepEqual(await ids('pledge the'), ['1000000000000005']);
    // a replaced article is searched by its new text only
    await store.putArticle(doc('1000000000000003', 'Storm moves north', 'The storm weakened as it moved towards Barcelona.').article);
    assert.deepEqual(await ids('Valencia'), []);
    assert.deepEqual(await ids('Barcelona'), ['1000000000000003']);
  });

  test('search ranks a title match above a passing mention in the text', async (t) => {
    const store = await fresh(t);
    await add(store, '2000000000000001', 'Markets today', `${CENTRAL_BANK} Analysts also discussed tariffs briefly.`);
    await add(store, '2000000000000002', 'Tariffs hit exporters', 'Exporters said new duties would raise costs for manufacturers across the region.');
    assert.deepEqual(
      (await store.search('tariffs')).map((h) => h.id),
      ['2000000000000002', '2000000000000001'],
    );
  });

  test('rejections: the same failure again bumps its count; clearing by raw id forgets it', async (t) => {
    const store = await fresh(t);
    const r: Rejection = {
      rawId: 'raw-x1',
      origin: { kind: 'file', path: 'broken.html' },
      stage: 'extract',
      reason: 'broken.html: no article text found',
      at: '2026-01-01T00:00:00Z',
    };
    await store.putRejection(r);
    await store.putRejection({ ...r, at: '2026-01-02T00:00:00Z' });
    const bad: Rejection = {
      rawId: null,
      origin: { kind: 'jsonl', path: 'in.jsonl', line: 4 },
      stage: 'ingest',
      reason: 'in.jsonl:4: not JSON',
      at: '2026-01-01T12:00:00Z',
      bytes: Buffer.from([0x7b, 0xff, 0x00, 0x22]),
    };
    await store.putRejection(bad);
    await store.putRejection({ ...r, reason: 'broken.html: empty body' }); // another reason is another rejection
    const list = await store.listRejections();
    assert.equal(list.length, 3);
    assert.deepEqual(
      list.map((x) => x.at),
      ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T12:00:00Z'],
      'oldest first',
    );
    const bumped = list.find((x) => x.reason === r.reason)!;
    assert.equal(bumped.count, 2);
    assert.equal(bumped.lastAt, '2026-01-02T00:00:00Z');
    assert.equal(bumped.at, '2026-01-01T00:00:00Z');
    assert.deepEqual(bumped.origin, r.origin);
    assert.equal(bumped.bytes, undefined);
    const kept = list.find((x) => x.stage === 'ingest')!;
    assert.deepEqual(Buffer.from(kept.bytes!), Buffer.from([0x7b, 0xff, 0x00, 0x22]));
    assert.equal(kept.rawId, null);
    assert.equal(kept.count, 1);
    await store.clearRejectionsFor('raw-x1');
    assert.deepEqual(
      (await store.listRejections()).map((x) => x.stage),
      ['ingest'],
    );
  });

  test('analysis: round trip, a second put replaces the first, quotes and entities follow it', async (t) => {
    const store = await fresh(t);
    await add(store, '3000000000000001', 'Summit', FARM, { published: '2026-02-02', outlet: 'Daily Post' });
    await add(store, '3000000000000002', 'Reaction', STORM, { published: '2026-02-01', outlet: 'Coast Radio' });
    await add(store, '3000000000000003', 'Undated', ELECTION, { outlet: 'Daily Post' });
    assert.equal(await store.getAnalysis('3000000000000001'), null);
    const first: Analysis = {
      entities: [
        { name: 'Ursula von der Leyen', type: 'person', aliases: ['von der Leyen'], mentions: 3 },
        { name: 'European Commission', type: 'org', aliases: [], mentions: 2 },
        { name: 'Poland', type: 'place', aliases: [], mentions: 1 },
      ],
      mentions: [{ text: 'von der Leyen', start: 10, end: 23, type: 'person', entity: 'Ursula von der Leyen' }],
      quotes: [
        quote('We will not let farmers down', 'von der Leyen', 'Ursula von der Leyen', 40),
        quote("the plan is unfair to Poland's farmers", 'a minister', null, 90, 'indirect'),
      ],
    };
    await store.putAnalysis('3000000000000001', first);
    assert.deepEqual(await store.getAnalysis('3000000000000001'), first);
    await store.putAnalysis('3000000000000002', {
      entities: [
        { name: 'Ursula von der Leyen', type: 'person', aliases: [], mentions: 1 },
        { name: 'Valencia', type: 'place', aliases: [], mentions: 4 },
      ],
      mentions: [],
      quotes: [quote('Help is on its way', 'Von der Leyen', 'Ursula von der Leyen', 12), quote('The water rose in minutes', 'the mayor', null, 60)],
    });
    await store.putAnalysis('3000000000000003', {
      entities: [{ name: 'Poland', type: 'place', aliases: [], mentions: 2 }],
      mentions: [],
      quotes: [quote('Turnout looks high', 'The Mayor', null, 5)],
    });
    await store.putAssignment('3000000000000002', assignment('ev-flood', 'st-weather'));

    const all = await store.quotes({});
    assert.deepEqual(
      all.map((q) => q.articleId),
      ['3000000000000002', '3000000000000002', '3000000000000001', '3000000000000001', '3000000000000003'],
      'dated articles first, oldest first; undated last',
    );
    assert.deepEqual(
      all.map((q) => q.idx),
      [0, 1, 0, 1, 0],
    );
    const q0 = all[0]!;
    assert.deepEqual(q0, {
      articleId: '3000000000000002',
      idx: 0,
      text: 'Help is on its way',
      kind: 'direct',
      cue: 'said',
      speaker: 'Von der Leyen',
      speakerEntity: 'Ursula von der Leyen',
      reporter: null,
      start: 12,
      end: 30,
      published: '2026-02-01',
      outlet: 'Coast Radio',
      event: 'ev-flood',
    });
    assert.equal(all[2]!.event, null);
    assert.deepEqual(
      (await store.quotes({ speaker: 'ursula VON DER leyen' })).map((q) => q.text),
      ['Help is on its way', 'We will not let farmers down'],
    );
    assert.deepEqual(
      (await store.quotes({ speaker: 'the mayor' })).map((q) => q.text),
      ['The water rose in minutes', 'Turnout looks high'],
      'without an entity the speaker words are matched',
    );
    assert.deepEqual(
      (await store.quotes({ articleIds: ['3000000000000001'] })).map((q) => q.idx),
      [0, 1],
    );
    assert.deepEqual(await store.quotes({ articleIds: [] }), []);
    // an event of many members: more ids than SQL variables or function arguments allow
    const many = [...Array.from({ length: 120_000 }, (_, i) => `9${String(i).padStart(15, '0')}`), '3000000000000001'];
    assert.deepEqual(
      (await store.quotes({ articleIds: many })).map((q) => q.idx),
      [0, 1],
    );
    assert.deepEqual(
      (await store.entities({ articleIds: many })).map((e) => e.name),
      ['Ursula von der Leyen', 'European Commission', 'Poland'],
    );
    assert.equal((await store.quotes({ limit: 2 })).length, 2);
    assert.deepEqual(await store.speakers(), [{ name: 'Ursula von der Leyen', quotes: 2, articles: 2 }]);

    assert.deepEqual(await store.entities({}), [
      { name: 'Ursula von der Leyen', type: 'person', articles: 2 },
      { name: 'Poland', type: 'place', articles: 2 },
      { name: 'Valencia', type: 'place', articles: 1 },
      { name: 'European Commission', type: 'org', articles: 1 },
    ]);
    assert.deepEqual(
      (await store.entities({ type: 'place' })).map((e) => e.name),
      ['Poland', 'Valencia'],
    );
    assert.deepEqual(
      (await store.entities({ articleIds: ['3000000000000002', '3000000000000003'], limit: 2 })).map((e) => e.name),
      ['Valencia', 'Poland'],
    );
    assert.deepEqual(
      (await store.entities({ limit: 2, offset: 2 })).map((e) => e.name),
      ['Valencia', 'European Commission'],
    );
    assert.deepEqual(await store.entities({ articleIds: [] }), []);
    assert.equal(await store.countEntities(), 4);
    assert.equal(await store.countEntities('place'), 2);
    assert.equal(await store.countEntities('other'), 0);

    // replacing the analysis replaces its quotes and entities too
    const second: Analysis = { entities: [{ name: 'France', type: 'place', aliases: [], mentions: 1 }], mentions: [], quotes: [] };
    await store.putAnalysis('3000000000000001', second);
    assert.deepEqual(await store.getAnalysis('3000000000000001'), second);
    assert.deepEqual(await store.quotes({ articleIds: ['3000000000000001'] }), []);
    assert.deepEqual(
      (await store.entities({ articleIds: ['3000000000000001'] })).map((e) => e.name),
      ['France'],
    );
    assert.deepEqual(await store.speakers(), [{ name: 'Ursula von der Leyen', quotes: 1, articles: 1 }]);
    assert.deepEqual(
      (await store.entities({})).map((e) => [e.name, e.articles]),
      [
        ['Valencia', 1],
        ['Poland', 1],
        ['France', 1],
        ['Ursula von der Leyen', 1],
      ],
      'counts over every article follow the replacement',
    );
    assert.equal(await store.countEntities(), 4);
  });
}
