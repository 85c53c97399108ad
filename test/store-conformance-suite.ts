// The Store conformance suite: every Store method's behaviour, run unchanged against each implementation (SQLite, PostgreSQL).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Analysis, Article, Assignment, Quote, RawDoc, Rejection } from '../src/model.js';
import type { FingerprintRecord, Store } from '../src/store/store.js';

const NO_FIELD = { value: null, source: 'none', confidence: 0 };

function provenance(): Article['provenance'] {
  return { title: NO_FIELD, authors: NO_FIELD, published: NO_FIELD, outlet: NO_FIELD, dateline: NO_FIELD, language: NO_FIELD, url: NO_FIELD };
}

/** A raw original and the article made from it; `id` must be hex so prefix lookups apply. */
function doc(id: string, title: string | null, text: string, extra: Partial<Article> = {}): { raw: RawDoc; article: Article } {
  const body = `${title ?? ''}\n\n${text}`;
  const raw: RawDoc = {
    id: `raw-${id}`,
    origin: { kind: 'file', path: `${id}.txt` },
    format: 'text',
    bytes: Buffer.from(body, 'utf8'),
    body,
    fetchedAt: '2026-03-01T10:00:00Z',
    hints: {},
  };
  const article: Article = {
    id,
    rawId: raw.id,
    sourceId: null,
    url: null,
    outlet: null,
    title,
    authors: [],
    published: null,
    dateline: null,
    language: 'en',
    text,
    paragraphs: text.split(/\n\n+/),
    removed: [],
    provenance: provenance(),
    ...extra,
  };
  return { raw, article };
}

export async function add(store: Store, id: string, title: string | null, text: string, extra: Partial<Article> = {}): Promise<number> {
  const { raw, article } = doc(id, title, text, extra);
  await store.putRaw(raw);
  return store.putArticle(article);
}

function quote(text: string, speaker: string | null, entity: string | null, start: number, kind: Quote['kind'] = 'direct'): Quote {
  return {
    text,
    start,
    end: start + text.length,
    kind,
    cue: 'said',
    speaker: speaker ? { name: speaker, start: 0, end: speaker.length, entity, via: entity ? 'name' : 'role' } : null,
    reporter: null,
  };
}

function assignment(event: string, storyline: string, score = 0.5, newEvent = false): Assignment {
  return { event, storyline, score, newEvent, newStoryline: false, reasons: [{ kind: 'entities', detail: 'shares Ursula von der Leyen', weight: 0.4 }] };
}

function fp(articleId: string, seq: number, extra: Partial<FingerprintRecord> = {}): FingerprintRecord {
  const minhash = new Uint8Array(16).map((_, i) => (i * 37 + seq) & 0xff);
  return { articleId, seq, exact: `exact-${articleId}`, minhash, shingles: 40 + seq, published: null, copyOf: null, similarity: 0, group: articleId, ...extra };
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const FARM = 'The European Commission proposed new rules on farm subsidies on Tuesday, and ministers from Poland and France criticised the plan.';
const CENTRAL_BANK = 'The central bank kept its key interest rate unchanged at 4.5 percent, citing persistent inflation in services and a tight labour market.';
const STORM = 'A powerful storm brought heavy rain and flooding to the coast of Valencia, where emergency services evacuated hundreds of residents overnight.';
const ELECTION = 'Polling stations opened across the country as voters chose a new parliament after a campaign dominated by housing costs and migration.';

/** Run every conformance test against stores made by `open` (each call must give a fresh, empty store). */
export function runConformance(name: string, open: () => Promise<Store>): void {
  /** A fresh store, closed when the test ends. */
  async function fresh(t: { after: (fn: () => Promise<void>) => void }): Promise<Store> {
    const store = await open();
    t.after(() => store.close());
    return store;
  }

  describe(`Store conformance: ${name}`, () => {
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

    test('fingerprints: stored bytes come back in ingest order; lineage updates, copies, links and copy flows follow', async (t) => {
      const store = await fresh(t);
      const s1 = await add(store, '4000000000000001', 'Origin', STORM, { outlet: 'Agency', published: '2026-01-01', url: 'https://agency.example/storm' });
      const s2 = await add(store, '4000000000000002', 'Copy one', STORM, { outlet: 'Paper A', published: '2026-01-03' });
      const s3 = await add(store, '4000000000000003', 'Copy two', STORM, { outlet: 'Paper B', published: '2026-01-02' });
      const s4 = await add(store, '4000000000000004', 'Unrelated', ELECTION, { outlet: 'Paper A' });
      await store.putFingerprint(fp('4000000000000003', s3));
      await store.putFingerprint(fp('4000000000000001', s1, { published: '2026-01-01' }));
      await store.putFingerprint(fp('4000000000000002', s2));
      await store.putFingerprint(fp('4000000000000004', s4, { similarity: 0.25 }));
      const all = await collect(store.allFingerprints());
      assert.deepEqual(
        all.map((f) => f.articleId),
        ['4000000000000001', '4000000000000002', '4000000000000003', '4000000000000004'],
      );
      assert.deepEqual(all[0], fp('4000000000000001', s1, { published: '2026-01-01' }));
      assert.ok(all[0]!.minhash instanceof Uint8Array);
      assert.equal(await store.getMeta('none'), null);

      await store.updateLineage([
        { id: '4000000000000002', copyOf: '4000000000000001', similarity: 0.93, group: '4000000000000001' },
        { id: '4000000000000003', copyOf: '4000000000000001', similarity: 0.5, group: '4000000000000001' },
        { id: '4000000000000003', copyOf: '4000000000000001', similarity: 0.88, group: '4000000000000001' },
      ]);
      await store.updateLineage([]);
      const after = await collect(store.allFingerprints());
      assert.deepEqual(
        after.map((f) => [f.copyOf, f.similarity, f.group]),
        [
          [null, 0, '4000000000000001'],
          ['4000000000000001', 0.93, '4000000000000001'],
          ['4000000000000001', 0.88, '4000000000000001'],
          [null, 0.25, '4000000000000004'],
        ],
      );
      assert.deepEqual(
        (await store.copiesOf('4000000000000001')).map((l) => l.id),
        ['4000000000000003', '4000000000000002'],
        'copies by date',
      );
      assert.deepEqual(await store.copiesOf('4000000000000004'), []);
      const links = await store.articleLinks(['4000000000000002', 'ffff000000000000', '4000000000000001', '4000000000000004']);
      assert.deepEqual(links, [
        { id: '4000000000000002', title: 'Copy one', outlet: 'Paper A', published: '2026-01-03', url: null, copyOf: '4000000000000001', similarity: 0.93 },
        {
          id: '4000000000000001',
          title: 'Origin',
          outlet: 'Agency',
          published: '2026-01-01',
          url: 'https://agency.example/storm',
          copyOf: null,
          similarity: null,
        },
        { id: '4000000000000004', title: 'Unrelated', outlet: 'Paper A', published: null, url: null, copyOf: null, similarity: null },
      ]);
      assert.deepEqual(await store.articleLinks([]), []);
      assert.deepEqual(
        (await store.listArticleLinks()).map((l) => l.id),
        ['4000000000000001', '4000000000000002', '4000000000000003', '4000000000000004'],
      );
      assert.deepEqual(
        (await store.listArticleLinks({ outlet: 'Paper A' })).map((l) => l.id),
        ['4000000000000002', '4000000000000004'],
      );
      assert.deepEqual(
        (await store.listArticleLinks({ limit: 1, offset: 1 })).map((l) => l.id),
        ['4000000000000002'],
      );
      const flows = await store.copyFlows();
      assert.deepEqual(flows.map((f) => `${f.copier}<-${f.origin}:${f.articles}`).sort(), ['Paper A<-Agency:1', 'Paper B<-Agency:1']);
      // a fingerprint put again replaces the stored one
      await store.putFingerprint(fp('4000000000000004', s4, { exact: 'changed', shingles: 7 }));
      const again = (await collect(store.allFingerprints())).find((f) => f.articleId === '4000000000000004')!;
      assert.deepEqual([again.exact, again.shingles], ['changed', 7]);
    });

    test('outlet stats: articles, first and last date and languages per outlet, busiest first', async (t) => {
      const store = await fresh(t);
      await add(store, '5000000000000001', 'a', FARM, { outlet: 'Daily Post', published: '2026-01-05', language: 'en' });
      await add(store, '5000000000000002', 'b', STORM, { outlet: 'Daily Post', published: '2026-01-02', language: 'es' });
      await add(store, '5000000000000003', 'c', ELECTION, { outlet: 'Daily Post', published: null, language: null });
      await add(store, '5000000000000004', 'd', CENTRAL_BANK, { outlet: 'Le Matin', published: '2026-01-03', language: 'fr' });
      await add(store, '5000000000000005', 'e', CENTRAL_BANK, { outlet: null });
      const stats = await store.outletStats();
      assert.deepEqual(
        stats.map((s) => ({ ...s, languages: [...s.languages].sort() })),
        [
          { outlet: 'Daily Post', articles: 3, firstDate: '2026-01-02', lastDate: '2026-01-05', languages: ['en', 'es'] },
          { outlet: 'Le Matin', articles: 1, firstDate: '2026-01-03', lastDate: '2026-01-03', languages: ['fr'] },
        ],
      );
    });

    test('assignments: put, replace (the article leaves its old event), by event in ingest order', async (t) => {
      const store = await fresh(t);
      await add(store, '6000000000000001', 'a', FARM);
      await add(store, '6000000000000002', 'b', STORM);
      await add(store, '6000000000000003', 'c', ELECTION);
      assert.equal(await store.getAssignment('6000000000000001'), null);
      await store.putAssignment('6000000000000003', assignment('ev-1', 'st-1', 0.8, false));
      await store.putAssignment('6000000000000001', { ...assignment('ev-1', 'st-1', 1, true), newStoryline: true });
      await store.putAssignment('6000000000000002', assignment('ev-2', 'st-1', 0.3));
      assert.deepEqual(await store.getAssignment('6000000000000001'), {
        articleId: '6000000000000001',
        ...assignment('ev-1', 'st-1', 1, true),
        newStoryline: true,
      });
      assert.deepEqual(
        (await store.assignmentsOf('ev-1')).map((a) => a.articleId),
        ['6000000000000001', '6000000000000003'],
      );
      await store.putAssignment('6000000000000003', assignment('ev-2', 'st-1', 0.61));
      assert.deepEqual(
        (await store.assignmentsOf('ev-1')).map((a) => a.articleId),
        ['6000000000000001'],
      );
      assert.deepEqual(
        (await store.assignmentsOf('ev-2')).map((a) => [a.articleId, a.score]),
        [
          ['6000000000000002', 0.3],
          ['6000000000000003', 0.61],
        ],
      );
      assert.deepEqual(await store.assignmentsOf('ev-none'), []);
    });

    test('outletsIn, firstTitleIn, datedMembers: the outlets of an event or storyline, its earliest title, its dated articles', async (t) => {
      const store = await fresh(t);
      await add(store, '6100000000000001', 'Late report', FARM, { outlet: 'Daily Post', published: '2026-03-05' });
      await add(store, '6100000000000002', 'First report', FARM, { outlet: 'Le Matin', published: '2026-03-01' });
      await add(store, '6100000000000003', 'Undated note', FARM, { outlet: null });
      await add(store, '6100000000000004', 'Other story', STORM, { outlet: 'Daily Post' });
      await add(store, '6100000000000005', 'Undated first', ELECTION, { outlet: 'Coast Radio' });
      await add(store, '6100000000000006', 'Undated second', ELECTION, { outlet: 'Coast Radio' });
      await store.putAssignment('6100000000000003', assignment('ev-farm', 'st-eu'));
      await store.putAssignment('6100000000000001', assignment('ev-farm', 'st-eu'));
      await store.putAssignment('6100000000000002', assignment('ev-farm', 'st-eu'));
      await store.putAssignment('6100000000000004', assignment('ev-storm', 'st-eu'));
      await store.putAssignment('6100000000000006', assignment('ev-vote', 'st-vote'));
      await store.putAssignment('6100000000000005', assignment('ev-vote', 'st-vote'));
      const sorted = (xs: (string | null)[]) => [...xs].sort((a, b) => String(a).localeCompare(String(b)));
      assert.deepEqual(sorted(await store.outletsIn({ event: 'ev-farm' })), sorted(['Daily Post', 'Le Matin', null]));
      assert.deepEqual(sorted(await store.outletsIn({ storyline: 'st-eu' })), sorted(['Daily Post', 'Le Matin', null]), 'each outlet once');
      assert.deepEqual(await store.outletsIn({ storyline: 'st-vote' }), ['Coast Radio']);
      assert.deepEqual(await store.outletsIn({ event: 'ev-none' }), []);
      assert.equal(await store.firstTitleIn('ev-farm'), 'First report', 'dated articles first, earliest first');
      assert.equal(await store.firstTitleIn('ev-vote'), 'Undated first', 'undated: in ingest order');
      assert.equal(await store.firstTitleIn('ev-none'), null);
      const dated = (await store.datedMembers()).map((m) => `${m.event} ${m.outlet} ${m.published}`).sort();
      assert.deepEqual(dated, ['ev-farm Daily Post 2026-03-05', 'ev-farm Le Matin 2026-03-01'], 'only woven articles with an outlet and a date');
      // an article moved to another event and storyline takes its outlet along; an article stored again with another outlet changes it
      await store.putAssignment('6100000000000002', assignment('ev-vote', 'st-vote'));
      assert.deepEqual(sorted(await store.outletsIn({ event: 'ev-farm' })), sorted(['Daily Post', null]));
      assert.deepEqual(sorted(await store.outletsIn({ storyline: 'st-vote' })), ['Coast Radio', 'Le Matin']);
      await add(store, '6100000000000005', 'Undated first', ELECTION, { outlet: 'Radio Sud' });
      assert.deepEqual(
        sorted(await store.outletsIn({ event: 'ev-vote' })),
        ['Coast Radio', 'Le Matin', 'Radio Sud'],
        'the other article is still from Coast Radio',
      );
      await add(store, '6100000000000006', 'Undated second', ELECTION, { outlet: 'Radio Sud' });
      assert.deepEqual(sorted(await store.outletsIn({ storyline: 'st-vote' })), ['Le Matin', 'Radio Sud']);
    });

    test('weave state and meta: absent, set, overwritten', async (t) => {
      const store = await fresh(t);
      assert.equal(await store.loadWeaveState(), null);
      const big = JSON.stringify({ events: Array.from({ length: 2000 }, (_, i) => ({ id: `ev-${i}`, terms: ['flood', 'Valencia', 'évacuation', '避難'] })) });
      await store.saveWeaveState(big);
      assert.equal(await store.loadWeaveState(), big);
      await store.saveWeaveState('{"v":2}');
      assert.equal(await store.loadWeaveState(), '{"v":2}');
      assert.equal(await store.getMeta('fingerprint.version'), null);
      await store.setMeta('fingerprint.version', 'minhash-128-k5');
      await store.setMeta('other', 'x');
      await store.setMeta('fingerprint.version', 'minhash-128-k7');
      assert.equal(await store.getMeta('fingerprint.version'), 'minhash-128-k7');
      assert.equal(await store.getMeta('other'), 'x');
    });

    test('weave rows: upserts by kind and key, deletes, replace, the weave version moves only when saved', async (t) => {
      const store = await fresh(t);
      assert.deepEqual(await store.loadWeaveRows(), []);
      const v0 = await store.weaveVersion();
      const row = (kind: string, key: string, data: string) => ({ kind, key, data });
      const upserts = Array.from({ length: 6001 }, (_, i) => row('terms', String(i), JSON.stringify({ id: i, key: `t${i}`, df: 1 })));
      await store.saveWeaveRows({ replace: false, upserts: [row('meta', '0', '{"v":2}'), ...upserts, row('recent', 'a1', '{"id":"a1"}')], deletes: [] }, false);
      assert.equal(await store.weaveVersion(), v0, 'rows written between saves do not move the version');
      assert.equal((await store.loadWeaveRows()).length, 6003);
      await store.saveWeaveRows(
        {
          replace: false,
          upserts: [row('terms', '7', '{"id":7,"key":"t7","df":5}'), row('recent', '避難', '{"id":"避難"}')],
          deletes: [{ kind: 'recent', key: 'a1' }],
        },
        true,
      );
      const v1 = await store.weaveVersion();
      assert.notEqual(v1, v0);
      const rows = await store.loadWeaveRows();
      assert.equal(rows.length, 6003);
      assert.equal(rows.find((r) => r.kind === 'terms' && r.key === '7')?.data, '{"id":7,"key":"t7","df":5}');
      assert.deepEqual(
        rows.filter((r) => r.kind === 'recent').map((r) => r.key),
        ['避難'],
      );
      await store.saveWeaveRows({ replace: true, upserts: [row('meta', '0', '{"v":3}')], deletes: [] }, true);
      assert.deepEqual(await store.loadWeaveRows(), [row('meta', '0', '{"v":3}')]);
      assert.ok(!(await store.loadWeaveState()), 'the one-blob snapshot is emptied once rows hold the state');
    });

    test('batches: nested begin/end, writes are readable inside and committed at the outermost end', async (t) => {
      const store = await fresh(t);
      await store.beginBatch();
      await add(store, '7000000000000001', 'In batch', FARM);
      await store.beginBatch();
      await add(store, '7000000000000002', 'Nested', STORM);
      await store.putAnalysis('7000000000000002', { entities: [{ name: 'Valencia', type: 'place', aliases: [], mentions: 1 }], mentions: [], quotes: [] });
      await store.updateLineage([]);
      await store.endBatch();
      assert.equal(await store.countArticles(), 2, 'writes are visible inside the batch');
      assert.deepEqual(
        (await store.search('Valencia')).map((h) => h.id),
        ['7000000000000002'],
      );
      await store.endBatch();
      await store.endBatch(); // an extra end is harmless
      assert.equal(await store.countArticles(), 2);
      assert.equal((await store.entities({})).length, 1);
      // a later batch keeps working after the first one committed
      await store.beginBatch();
      await store.setMeta('k', 'v');
      await store.endBatch();
      assert.equal(await store.getMeta('k'), 'v');
    });

    test('dataVersion changes when an article is added or the weave state is saved, and not on reads', async (t) => {
      const store = await fresh(t);
      const v0 = await store.dataVersion();
      assert.equal(typeof v0, 'string');
      assert.equal(await store.dataVersion(), v0);
      await add(store, '8000000000000001', 'Added', FARM);
      const v1 = await store.dataVersion();
      assert.notEqual(v1, v0);
      await store.search('farm');
      await store.listArticleLinks();
      assert.equal(await store.dataVersion(), v1);
      await store.saveWeaveState('{"at":1}');
      const v2 = await store.dataVersion();
      assert.notEqual(v2, v1);
      await new Promise((r) => setTimeout(r, 5)); // saved timestamps have millisecond resolution
      await store.saveWeaveState('{"at":2}');
      assert.notEqual(await store.dataVersion(), v2);
    });

    test('desk reads: filtered and sorted articles, groups with matching articles, coverage, what came after a seq', async (t) => {
      const store = await fresh(t);
      await add(store, '7100000000000001', 'Farm rules', FARM, { outlet: 'Daily Post', published: '2026-03-05T10:00:00Z', language: 'en' });
      await add(store, '7100000000000002', 'Flood', STORM, { outlet: 'Le Matin', published: '2026-02-28', language: 'fr' });
      await add(store, '7100000000000003', 'Bank', CENTRAL_BANK, { outlet: 'daily post', published: '2026-03-31T23:00:00Z' });
      await add(store, '7100000000000004', 'Vote', ELECTION, { outlet: 'Coast Radio', published: '--03-13' });
      await add(store, '7100000000000005', 'April vote', ELECTION, { outlet: 'Coast Radio', published: '2026-04-01' });
      await store.putAssignment('7100000000000001', assignment('ev-farm', 'st-eu'));
      await store.putAssignment('7100000000000003', assignment('ev-bank', 'st-eu'));
      await store.putAssignment('7100000000000004', assignment('ev-vote', 'st-vote'));
      await store.putAssignment('7100000000000005', assignment('ev-vote', 'st-vote'));
      await store.putAnalysis('7100000000000001', {
        entities: [{ name: 'Poland', type: 'place', aliases: [], mentions: 1 }],
        mentions: [],
        quotes: [quote('Farmers deserve better rules', 'a minister', null, 10)],
      });
      await store.putAnalysis('7100000000000005', { entities: [{ name: 'Poland', type: 'place', aliases: [], mentions: 2 }], mentions: [], quotes: [] });
      const ids = (r: { items: { id: string }[] }) => r.items.map((a) => a.id.slice(-1));
      const march = await store.filterArticles({ from: '2026-03-01', to: '2026-03-31' });
      assert.deepEqual(ids(march), ['1', '3'], 'the whole last day; a partial date is never in a range');
      assert.equal(march.total, 2);
      assert.deepEqual(ids(await store.filterArticles({ to: '2026-03' })), ['1', '2', '3']);
      assert.deepEqual(ids(await store.filterArticles({ outlet: 'DAILY POST' })), ['1', '3'], 'outlet in any case');
      assert.deepEqual(ids(await store.filterArticles({ language: 'fr' })), ['2']);
      assert.deepEqual(ids(await store.filterArticles({ q: 'inflation' })), ['3']);
      assert.deepEqual(ids(await store.filterArticles({ q: '!!' })), [], 'nothing searchable matches nothing');
      assert.deepEqual(ids(await store.filterArticles({ storyline: 'st-eu' })), ['1', '3']);
      assert.deepEqual(ids(await store.filterArticles({ event: 'ev-vote' })), ['4', '5']);
      assert.deepEqual(ids(await store.filterArticles({ entity: 'Poland' })), ['1', '5']);
      const newest = await store.filterArticles({}, { sort: 'newest', limit: 4 });
      assert.deepEqual(ids(newest), ['5', '3', '1', '2'], 'newest first; partial and undated dates last');
      assert.equal(newest.total, 5);
      assert.deepEqual(ids(await store.filterArticles({}, { sort: 'oldest', limit: 2, offset: 1 })), ['1', '3']);
      assert.deepEqual((await store.groupsWith('event', { outlet: 'daily post' })).sort(), ['ev-bank', 'ev-farm']);
      assert.deepEqual(await store.groupsWith('storyline', { q: 'parliament' }), ['st-vote']);
      const cov = await store.coverage({ storyline: 'st-vote' });
      assert.deepEqual(cov, [
        { day: null, outlet: 'Coast Radio', articles: 1 },
        { day: '2026-04-01', outlet: 'Coast Radio', articles: 1 },
      ]);
      assert.equal(
        (await store.coverage({})).reduce((n, r) => n + r.articles, 0),
        5,
      );
      const quotes = await store.quotes({ within: { outlet: 'Daily Post', from: '2026-03-01' }, text: 'FARMERS' });
      assert.deepEqual(
        quotes.map((q) => q.articleId),
        ['7100000000000001'],
      );
      assert.deepEqual(await store.quotes({ within: { language: 'fr' } }), []);
      assert.deepEqual(await store.entities({ within: { from: '2026-04-01' } }), [{ name: 'Poland', type: 'place', articles: 1 }]);
      await store.putAnalysis('7100000000000003', {
        entities: [],
        mentions: [],
        quotes: [quote('Rates stay where they are', 'von der Leyen', 'Ursula von der Leyen', 5)],
      });
      await store.putAnalysis('7100000000000002', {
        entities: [],
        mentions: [],
        quotes: [quote('The water rose fast', 'Von der Leyen', 'Ursula von der Leyen', 5)],
      });
      assert.equal(await store.countQuotes('ursula von der leyen'), 2);
      assert.equal(await store.countQuotes('Nobody'), 0);
      assert.deepEqual(
        (await store.quotes({ speaker: 'Ursula von der Leyen', newest: true })).map((q) => q.articleId.slice(-1)),
        ['3', '2'],
        'newest first',
      );
      const last = await store.lastArticleSeq();
      const after = await store.articlesAfter(last - 2, 10);
      assert.deepEqual(
        after.map((a) => [a.id.slice(-1), a.event, a.storyline]),
        [
          ['4', 'ev-vote', 'st-vote'],
          ['5', 'ev-vote', 'st-vote'],
        ],
      );
      assert.equal(after[1]!.seq, last);
      assert.deepEqual(await store.articlesAfter(last, 10), []);
    });

    test('an analysis keeps its language and note (a neutral one: no language, the note says why)', async (t) => {
      const store = await fresh(t);
      await add(store, '8000000000000001', 'Gipfel', FARM, { language: 'de' });
      await add(store, '8000000000000002', 'Szczyt', FARM, { language: 'pl' });
      const de: Analysis = { entities: [], mentions: [], quotes: [], language: 'de', note: 'de rules (language: declared)' };
      const pl: Analysis = { entities: [], mentions: [], quotes: [], language: null, note: "no language rules for 'pl': neutral processing" };
      await store.putAnalysis('8000000000000001', de);
      await store.putAnalysis('8000000000000002', pl);
      assert.deepEqual(await store.getAnalysis('8000000000000001'), de);
      assert.deepEqual(await store.getAnalysis('8000000000000002'), pl);
      await store.putAnalysis('8000000000000001', { ...de, note: 'de rules (language: detected)' });
      assert.equal((await store.getAnalysis('8000000000000001'))?.note, 'de rules (language: detected)', 'a new analysis replaces the note');
    });

    test('link candidates: articles of other languages in the window naming an entity by its cross-script key', async (t) => {
      const store = await fresh(t);
      const put = async (id: string, language: string, published: string, names: string[], event: string) => {
        await add(store, id, `t${id}`, FARM, { language, published });
        await store.putAnalysis(id, { entities: names.map((name) => ({ name, type: 'person' as const, aliases: [], mentions: 1 })), mentions: [], quotes: [] });
        await store.putAssignment(id, assignment(event, `st-${event}`));
      };
      await put('8100000000000001', 'en', '2026-03-05T10:00:00Z', ['Sergei Lavrov'], 'ev-en');
      await put('8100000000000002', 'ru', '2026-03-05T12:00:00Z', ['Сергей Лавров'], 'ev-ru');
      await put('8100000000000003', 'de', '2026-03-06', ['Sergej Lawrow', 'Olaf Scholz'], 'ev-de');
      await put('8100000000000004', 'fr', '2026-03-20', ['Sergueï Lavrov'], 'ev-fr-late');
      await put('8100000000000005', 'en', '2026-03-05', ['Sergey Lavrov'], 'ev-en-2');
      const found = await store.linkCandidates({ keys: ['lvrv'], from: '2026-03-02', to: '2026-03-09', notLanguage: 'en', limit: 100 });
      assert.deepEqual(
        found.map((c) => [c.event, c.language, c.name]).sort(),
        [
          ['ev-de', 'de', 'Sergej Lawrow'],
          ['ev-ru', 'ru', 'Сергей Лавров'],
        ],
        'the same name in Cyrillic and German spelling; not the same language, not outside the window',
      );
      assert.deepEqual(await store.linkCandidates({ keys: [], from: '2026-03-02', to: '2026-03-09', notLanguage: 'en', limit: 100 }), []);
    });

    test('location names where the data lives', async (t) => {
      const store = await fresh(t);
      assert.equal(typeof store.location, 'string');
      assert.ok(store.location.length > 0);
    });
  });
}
