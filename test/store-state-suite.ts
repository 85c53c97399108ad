// The watch and alert state conformance suite: every WatchState and AlertState method's behaviour, run unchanged on each store (SQLite, PostgreSQL).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AlertPayload, NewFiring } from '../src/store/alert-state.js';
import type { Store } from '../src/store/store.js';
import type { SeenItem, WatchSource } from '../src/store/watch-state.js';

const FEED = 'https://courier.example/rss.xml';
const PAGE = 'https://courier.example/opinion/';

function seen(itemId: string, status: SeenItem['status'], over: Partial<SeenItem> = {}): Omit<SeenItem, 'attempts'> {
  return {
    sourceUrl: FEED,
    itemId,
    itemUrl: `https://courier.example/news/${itemId}.html`,
    title: `Story ${itemId}`,
    status,
    articleId: status === 'added' ? `a-${itemId}` : null,
    lastError: null,
    seenAt: '2026-11-20T10:00:00.000Z',
    ...over,
  };
}

function payload(alertId: string, key: string): AlertPayload {
  return {
    alert: { id: alertId, kind: 'query', value: 'harbour strike' },
    key,
    event: key.startsWith('event:') ? key.slice(6) : null,
    storyline: null,
    article: {
      id: 'a1',
      title: 'Dockworkers extend harbour strike',
      url: 'https://courier.example/news/1.html',
      outlet: 'Daily Courier',
      published: '2026-11-20',
      language: 'en',
      excerpt: 'ROTTERDAM — Dockworkers…',
    },
    match: { via: 'text', detail: 'all of harbour, strike in title or text' },
    firedAt: '2026-11-20T10:00:00.000Z',
  };
}

function firing(alertId: string, key: string, nextAttemptAt: string | null, createdAt = '2026-11-20T10:00:00.000Z'): NewFiring {
  return { alertId, key, articleId: 'a1', eventId: key.startsWith('event:') ? key.slice(6) : null, payload: payload(alertId, key), createdAt, nextAttemptAt };
}

/** Run every watch and alert state test against stores made by `open` (each call must give a fresh, empty store). */
export function runStateConformance(name: string, open: () => Promise<Store>): void {
  async function fresh(t: { after: (fn: () => Promise<void>) => void }): Promise<Store> {
    const store = await open();
    t.after(() => store.close());
    return store;
  }

  describe(`Watch and alert state conformance: ${name}`, () => {
    test('sources: added with defaults, a second add changes only the interval and permission, saved state round-trips, oldest first', async (t) => {
      const ws = (await fresh(t)).watchState();
      assert.equal(await ws.source(FEED), null);
      const added = await ws.upsertSource(FEED, 900_000, false, '2026-11-20T09:00:00.000Z');
      const blank: WatchSource = {
        url: FEED,
        kind: null,
        feedUrl: null,
        etag: null,
        lastModified: null,
        everyMs: 900_000,
        allowPrivate: false,
        lastPolledAt: null,
        lastOkAt: null,
        nextPollAt: null,
        failures: 0,
        lastError: null,
        items: 0,
        addedAt: '2026-11-20T09:00:00.000Z',
      };
      assert.deepEqual(added, blank);
      await ws.upsertSource(PAGE, 60_000, true, '2026-11-20T09:05:00.000Z');
      const polled: WatchSource = {
        ...blank,
        kind: 'feed',
        feedUrl: FEED,
        etag: '"abc"',
        lastModified: 'Fri, 20 Nov 2026 09:00:00 GMT',
        lastPolledAt: '2026-11-20T09:10:00.000Z',
        lastOkAt: '2026-11-20T09:10:01.000Z',
        nextPollAt: '2026-11-20T09:25:00.000Z',
        failures: 2,
        lastError: 'HTTP 503',
        items: 41,
      };
      await ws.saveSource(polled);
      assert.deepEqual(await ws.source(FEED), polled);
      const again = await ws.upsertSource(FEED, 30 * 86_400_000, true, '2026-11-21T00:00:00.000Z');
      assert.deepEqual(again, { ...polled, everyMs: 30 * 86_400_000, allowPrivate: true }, 'a long interval fits; the first added time stays');
      assert.deepEqual(
        (await ws.sources()).map((s) => s.url),
        [FEED, PAGE],
      );
    });

    test('seen items: a second mark counts an attempt; stubs and failed items are not done until their attempts run out', async (t) => {
      const ws = (await fresh(t)).watchState();
      await ws.upsertSource(FEED, 900_000, false, '2026-11-20T09:00:00.000Z');
      await ws.markSeen(seen('1', 'added'));
      await ws.markSeen(seen('2', 'fallback', { articleId: 'a-2', lastError: 'HTTP 404' }));
      await ws.markSeen(seen('3', 'stub', { lastError: 'HTTP 403', seenAt: '2026-11-20T10:01:00.000Z' }));
      await ws.markSeen(seen('4', 'failed', { itemUrl: null, title: null, lastError: 'the feed item has no link' }));
      await ws.markSeen(seen('5', 'stub', { seenAt: '2026-11-20T10:02:00.000Z' }));
      assert.deepEqual(await ws.seenItem(FEED, '3'), { ...seen('3', 'stub', { lastError: 'HTTP 403', seenAt: '2026-11-20T10:01:00.000Z' }), attempts: 1 });
      assert.equal(await ws.seenItem(FEED, 'nope'), null);
      assert.deepEqual([...(await ws.doneItemIds(FEED, 2))].sort(), ['1', '2']);
      await ws.markSeen(seen('3', 'stub', { lastError: 'HTTP 403', seenAt: '2026-11-20T11:00:00.000Z' }));
      const twice = (await ws.seenItem(FEED, '3'))!;
      assert.equal(twice.attempts, 2);
      assert.equal(twice.seenAt, '2026-11-20T11:00:00.000Z');
      assert.deepEqual([...(await ws.doneItemIds(FEED, 2))].sort(), ['1', '2', '3'], 'a stub that used its attempts is done');
      assert.deepEqual(
        (await ws.seenItems(FEED, 'stub')).map((i) => [i.itemId, i.attempts]),
        [
          ['5', 1],
          ['3', 2],
        ],
        'in the order last seen',
      );
      await ws.markSeen(seen('5', 'added', { seenAt: '2026-11-20T12:00:00.000Z' }));
      assert.deepEqual(
        (await ws.seenItems(FEED, 'stub')).map((i) => i.itemId),
        ['3'],
        'a stub whose page came in is no longer a stub',
      );
      assert.deepEqual(await ws.seenItems(PAGE, 'stub'), []);
    });

    test('removing a source forgets its seen items; removing it again says it was not watched', async (t) => {
      const ws = (await fresh(t)).watchState();
      await ws.upsertSource(FEED, 900_000, false, '2026-11-20T09:00:00.000Z');
      await ws.upsertSource(PAGE, 900_000, false, '2026-11-20T09:00:00.000Z');
      await ws.markSeen(seen('1', 'added'));
      await ws.markSeen(seen('1', 'added', { sourceUrl: PAGE }));
      assert.equal(await ws.removeSource(FEED), true);
      assert.equal(await ws.removeSource(FEED), false);
      assert.equal(await ws.source(FEED), null);
      assert.equal(await ws.seenItem(FEED, '1'), null);
      assert.ok(await ws.seenItem(PAGE, '1'), "the other source's items stay");
      assert.deepEqual(
        (await ws.sources()).map((s) => s.url),
        [PAGE],
      );
    });

    test('watch log: newest entries oldest first, by source, trimmed to the newest', async (t) => {
      const ws = (await fresh(t)).watchState();
      for (let i = 0; i < 6; i++) {
        await ws.log({
          at: `2026-11-20T10:00:0${i}.000Z`,
          sourceUrl: i % 2 ? FEED : null,
          itemUrl: i === 3 ? 'https://courier.example/news/3.html' : null,
          level: i === 5 ? 'error' : 'info',
          code: i === 5 ? 'timeout' : null,
          message: `entry ${i}`,
        });
      }
      const all = await ws.logEntries();
      assert.deepEqual(
        all.map((e) => e.message),
        [0, 1, 2, 3, 4, 5].map((i) => `entry ${i}`),
      );
      assert.ok(all.every((e, i) => typeof e.id === 'number' && (i === 0 || e.id > all[i - 1]!.id!)));
      assert.deepEqual(all[3], {
        id: all[3]!.id,
        at: '2026-11-20T10:00:03.000Z',
        sourceUrl: FEED,
        itemUrl: 'https://courier.example/news/3.html',
        level: 'info',
        code: null,
        message: 'entry 3',
      });
      assert.deepEqual(
        (await ws.logEntries({ limit: 2 })).map((e) => e.message),
        ['entry 4', 'entry 5'],
      );
      assert.deepEqual(
        (await ws.logEntries({ sourceUrl: FEED, limit: 2 })).map((e) => [e.message, e.level, e.code]),
        [
          ['entry 3', 'info', null],
          ['entry 5', 'error', 'timeout'],
        ],
      );
      await ws.trimLog(3);
      assert.deepEqual(
        (await ws.logEntries()).map((e) => e.message),
        ['entry 3', 'entry 4', 'entry 5'],
      );
    });

    test('alerts: added active, listed oldest first (active ones only when asked), removed with their firings', async (t) => {
      const as = (await fresh(t)).alertState();
      const a = await as.addAlert(
        '0a0a0a0a',
        { kind: 'query', value: 'harbour strike', webhook: 'https://hooks.example/x', exec: null },
        '2026-11-20T09:00:00.000Z',
      );
      assert.deepEqual(a, {
        id: '0a0a0a0a',
        kind: 'query',
        value: 'harbour strike',
        webhook: 'https://hooks.example/x',
        exec: null,
        createdAt: '2026-11-20T09:00:00.000Z',
        active: true,
      });
      await as.addAlert('0b0b0b0b', { kind: 'speaker', value: 'Ineke de Vries', webhook: null, exec: 'notify-send' }, '2026-11-20T09:01:00.000Z');
      assert.deepEqual(await as.alert('0a0a0a0a'), a);
      assert.equal(await as.alert('ffffffff'), null);
      assert.deepEqual(
        (await as.alerts()).map((x) => x.id),
        ['0a0a0a0a', '0b0b0b0b'],
      );
      assert.deepEqual(
        (await as.alerts({ activeOnly: true })).map((x) => x.id),
        ['0a0a0a0a', '0b0b0b0b'],
      );
      await as.insertFiring(firing('0a0a0a0a', 'event:e1', '2026-11-20T10:00:00.000Z'));
      assert.equal(await as.removeAlert('0a0a0a0a'), true);
      assert.equal(await as.removeAlert('0a0a0a0a'), false);
      assert.equal(await as.firing('0a0a0a0a', 'event:e1'), null, 'its firings go with it');
      assert.equal(await as.pendingCount(), 0);
      assert.deepEqual(
        (await as.alerts()).map((x) => x.id),
        ['0b0b0b0b'],
      );
    });

    test('firings: one per (alert, key); due by time; failures push the next attempt; a delivery or giving up ends them', async (t) => {
      const as = (await fresh(t)).alertState();
      await as.addAlert('0a0a0a0a', { kind: 'query', value: 'harbour strike', webhook: 'https://hooks.example/x', exec: null }, '2026-11-20T09:00:00.000Z');
      assert.equal(await as.insertFiring(firing('0a0a0a0a', 'event:e1', '2026-11-20T10:00:00.000Z')), true);
      assert.equal(await as.insertFiring(firing('0a0a0a0a', 'event:e1', '2026-11-20T10:05:00.000Z')), false, 'the same key does not fire twice');
      await as.insertFiring(firing('0a0a0a0a', 'article:a2', '2026-11-20T10:02:00.000Z', '2026-11-20T10:02:00.000Z'));
      await as.insertFiring(firing('0a0a0a0a', 'article:a3', null, '2026-11-20T10:03:00.000Z'));
      const stored = (await as.firing('0a0a0a0a', 'event:e1'))!;
      assert.deepEqual(stored, { ...firing('0a0a0a0a', 'event:e1', '2026-11-20T10:00:00.000Z'), deliveredAt: null, attempts: 0, lastError: null });
      assert.equal(await as.firing('0a0a0a0a', 'event:none'), null);
      assert.deepEqual(
        (await as.dueFirings('2026-11-20T10:01:00.000Z')).map((f) => f.key),
        ['event:e1'],
      );
      assert.deepEqual(
        (await as.dueFirings('9999')).map((f) => f.key),
        ['event:e1', 'article:a2'],
        'earliest first; a firing with no next attempt is never due',
      );
      assert.equal(await as.pendingCount(), 2);
      await as.markFailed('0a0a0a0a', 'event:e1', 'webhook answered HTTP 503', '2026-11-20T10:30:00.000Z');
      const failed = (await as.firing('0a0a0a0a', 'event:e1'))!;
      assert.deepEqual(
        [failed.attempts, failed.lastError, failed.nextAttemptAt, failed.deliveredAt],
        [1, 'webhook answered HTTP 503', '2026-11-20T10:30:00.000Z', null],
      );
      assert.deepEqual(
        (await as.dueFirings('2026-11-20T10:10:00.000Z')).map((f) => f.key),
        ['article:a2'],
      );
      await as.markDelivered('0a0a0a0a', 'event:e1', '2026-11-20T10:31:00.000Z');
      const done = (await as.firing('0a0a0a0a', 'event:e1'))!;
      assert.deepEqual([done.attempts, done.lastError, done.nextAttemptAt, done.deliveredAt], [2, null, null, '2026-11-20T10:31:00.000Z']);
      await as.markFailed('0a0a0a0a', 'article:a2', 'cannot reach the webhook', null);
      assert.deepEqual(await as.dueFirings('9999'), [], 'delivered and given-up firings are not due');
      assert.equal(await as.pendingCount(), 0);
    });

    test('alert log: newest entries oldest first, by alert', async (t) => {
      const as = (await fresh(t)).alertState();
      await as.log({ at: '2026-11-20T10:00:00.000Z', alertId: '0a0a0a0a', key: null, level: 'info', message: 'added' });
      await as.log({ at: '2026-11-20T10:00:01.000Z', alertId: '0b0b0b0b', key: 'event:e1', level: 'warn', message: 'delivery attempt 1 failed' });
      await as.log({ at: '2026-11-20T10:00:02.000Z', alertId: null, key: null, level: 'error', message: 'checking alerts failed' });
      const all = await as.logEntries();
      assert.deepEqual(
        all.map((e) => e.message),
        ['added', 'delivery attempt 1 failed', 'checking alerts failed'],
      );
      assert.deepEqual(all[1], {
        id: all[1]!.id,
        at: '2026-11-20T10:00:01.000Z',
        alertId: '0b0b0b0b',
        key: 'event:e1',
        level: 'warn',
        message: 'delivery attempt 1 failed',
      });
      assert.ok(typeof all[0]!.id === 'number' && all[0]!.id < all[1]!.id!);
      assert.deepEqual(
        (await as.logEntries({ alertId: '0b0b0b0b' })).map((e) => e.message),
        ['delivery attempt 1 failed'],
      );
      assert.deepEqual(
        (await as.logEntries({ limit: 1 })).map((e) => e.message),
        ['checking alerts failed'],
      );
    });

    test('watch and alert writes inside a store batch are visible in it and kept when it ends', async (t) => {
      const store = await fresh(t);
      const ws = store.watchState();
      const as = store.alertState();
      await store.beginBatch();
      await ws.upsertSource(FEED, 900_000, false, '2026-11-20T09:00:00.000Z');
      await ws.markSeen(seen('1', 'added'));
      await as.addAlert('0a0a0a0a', { kind: 'entity', value: 'Rotterdam', webhook: null, exec: null }, '2026-11-20T09:00:00.000Z');
      assert.equal((await ws.seenItem(FEED, '1'))!.status, 'added');
      await store.endBatch();
      assert.ok(await ws.source(FEED));
      assert.ok(await as.alert('0a0a0a0a'));
    });
  });
}
