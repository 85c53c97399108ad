// Store conformance, second half: fingerprints, outlets, assignments, weave state and rows, batches, desk reads, links, run against each implementation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../src/model.js';
import type { Store } from '../src/store/store.js';
import { CENTRAL_BANK, ELECTION, FARM, STORM, add, assignment, collect, fp, quote } from './helpers/store-fixtures.js';

/** A fresh store, closed when the test ends. */
export type FreshStore = (t: { after: (fn: () => Promise<void>) => void }) => Promise<Store>;

export function derivedConformance(fresh: FreshStore): void {
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
}
