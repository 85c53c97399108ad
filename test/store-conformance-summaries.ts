// Store conformance: event and storyline summaries as rows (upserts, deletes, replace, reads of all and by id, inside a batch), run against each implementation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SummaryRecord, SummaryRowChanges } from '../src/store/store.js';
import type { FreshStore } from './store-conformance-derived.js';

const rec = (id: string, over: Partial<SummaryRecord> = {}): SummaryRecord => ({
  id,
  storyline: id.startsWith('e_') ? `s_${id.slice(2)}` : null,
  firstDate: '2026-01-02',
  lastDate: '2026-01-05',
  articles: 3,
  data: JSON.stringify({ id, label: `label of ${id}` }),
  savedAt: 'v1',
  ...over,
});
const changes = (over: Partial<SummaryRowChanges>): SummaryRowChanges => ({
  replace: false,
  events: [],
  storylines: [],
  eventsRemoved: [],
  storylinesRemoved: [],
  ...over,
});
const byId = (rows: SummaryRecord[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function summaryConformance(fresh: FreshStore): void {
  test('summary rows: upserts and deletes by id, read all at once and by id, with their columns as written', async (t) => {
    const store = await fresh(t);
    assert.deepEqual(await store.loadSummaries(), { events: [], storylines: [] });
    assert.deepEqual(await store.summariesOf('event', ['e_1']), []);
    assert.deepEqual(await store.summaryVersions(), { events: [], storylines: [] });
    const many = Array.from({ length: 2501 }, (_, i) => rec(`e_${String(i).padStart(5, '0')}`));
    const undated = rec('e_避難', { firstDate: null, lastDate: null, articles: 1, data: '{"id":"e_避難","label":"避難 — “quoted”"}' });
    await store.saveSummaries(changes({ events: [...many, undated], storylines: [rec('s_1'), rec('s_2', { articles: 7 })] }));
    let all = await store.loadSummaries();
    assert.equal(all.events.length, 2502);
    assert.deepEqual(byId(all.storylines), [rec('s_1'), rec('s_2', { articles: 7 })]);
    assert.deepEqual(await store.summariesOf('event', ['e_避難', 'e_never']), [undated]);
    assert.deepEqual(await store.summariesOf('storyline', ['s_2']), [rec('s_2', { articles: 7 })]);
    assert.deepEqual(await store.summariesOf('storyline', ['e_避難']), [], 'events and storylines are apart');
    // by many ids at once (past one statement's worth)
    const wanted = many.filter((_, i) => i % 2 === 0).map((r) => r.id);
    assert.deepEqual(byId(await store.summariesOf('event', wanted)), byId(many.filter((_, i) => i % 2 === 0)));

    // a later flush: one event rewritten (twice in the flush: the last one counts), one removed, a storyline removed
    const changed = rec('e_00007', { articles: 4, lastDate: '2026-01-09', savedAt: 'v2', data: '{"id":"e_00007","label":"grown"}' });
    await store.saveSummaries(
      changes({
        events: [rec('e_00007', { savedAt: 'v2' }), changed],
        eventsRemoved: ['e_00008', 'e_gone_never_stored'],
        storylinesRemoved: ['s_1'],
      }),
    );
    all = await store.loadSummaries();
    assert.equal(all.events.length, 2501);
    assert.deepEqual(await store.summariesOf('event', ['e_00007', 'e_00008']), [changed]);
    const versions = await store.summaryVersions();
    assert.deepEqual(
      byId(versions.events as SummaryRecord[]).map((v) => [v.id, v.savedAt]),
      byId(all.events).map((r) => [r.id, r.savedAt]),
    );
    assert.deepEqual(versions.storylines, [{ id: 's_2', savedAt: 'v1' }]);
    assert.deepEqual(
      all.events.filter((r) => r.savedAt === 'v2').map((r) => r.id),
      ['e_00007'],
      'only the rewritten row carries the new version',
    );
    assert.deepEqual(
      all.storylines.map((r) => r.id),
      ['s_2'],
    );
  });

  test('summary rows: replace drops every stored summary and the one-value summaries of an older version', async (t) => {
    const store = await fresh(t);
    await store.setMeta('weave.summaries', JSON.stringify({ events: [], storylines: [] }));
    await store.setMeta('kept', 'x');
    await store.saveSummaries(changes({ events: [rec('e_1'), rec('e_2')], storylines: [rec('s_1')] }));
    assert.ok(await store.getMeta('weave.summaries'), 'a flush that does not replace leaves it');
    await store.saveSummaries(changes({ replace: true, events: [rec('e_3', { savedAt: 'v9' })] }));
    assert.deepEqual(await store.loadSummaries(), { events: [rec('e_3', { savedAt: 'v9' })], storylines: [] });
    assert.equal(await store.getMeta('weave.summaries'), null);
    assert.equal(await store.getMeta('kept'), 'x');
  });

  test('summary rows: written inside a batch, they are read back inside it and after it commits', async (t) => {
    const store = await fresh(t);
    await store.beginBatch();
    await store.saveSummaries(changes({ events: [rec('e_1')], storylines: [rec('s_1')] }));
    await store.setMeta('stamp', 'with e_1');
    assert.deepEqual((await store.loadSummaries()).events, [rec('e_1')]);
    await store.endBatch();
    assert.deepEqual(await store.loadSummaries(), { events: [rec('e_1')], storylines: [rec('s_1')] });
    assert.equal(await store.getMeta('stamp'), 'with e_1');
  });
}
