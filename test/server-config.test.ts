// The server's parts and configuration: the serial write queue, the read cache, writes without a token, serving the built page.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { serialQueue } from '../src/server/serial.js';
import { readCache } from '../src/engine/read-cache.js';
import { FRESH_ROWS, open } from './helpers/api-server.js';
import { tempDir } from './helpers/tmp.js';

describe('serial write queue', () => {
  it('runs tasks in call order even when an earlier one is slower or fails', async () => {
    const run = serialQueue();
    const order: string[] = [];
    const slow = run(async () => {
      await new Promise((r) => setTimeout(r, 30));
      order.push('slow');
      throw new Error('boom');
    });
    const fast = run(async () => {
      order.push('fast');
      return 7;
    });
    await assert.rejects(slow, /boom/);
    assert.equal(await fast, 7);
    assert.deepEqual(order, ['slow', 'fast']);
  });
});

describe('read cache', () => {
  const slowCount = (counter: { n: number }) => async () => {
    const mine = ++counter.n;
    await new Promise((r) => setTimeout(r, 15));
    return mine;
  };

  it('shares one computation per key and data version, keeps it until the version moves or a write clears it', async () => {
    const cache = readCache<number>();
    const c = { n: 0 };
    const [a, b, other] = await Promise.all([cache.get('k', 'v1', slowCount(c)), cache.get('k', 'v1', slowCount(c)), cache.get('other', 'v1', slowCount(c))]);
    assert.equal(a, b, 'same key shares the answer');
    assert.notEqual(other, a);
    assert.equal(c.n, 2, 'one computation per distinct key');
    assert.equal(await cache.get('k', 'v1', slowCount(c)), a, 'same data: kept');
    assert.equal(await cache.get('k', 'v2', slowCount(c)), 3, 'the data changed: recomputed');
    cache.clear();
    assert.equal(await cache.get('k', 'v2', slowCount(c)), 4, 'cleared by a write: recomputed');
  });

  it('never keeps failures, and keeps at most maxEntries answers, dropping the oldest', async () => {
    const cache = readCache<number>(2);
    await assert.rejects(
      cache.get('x', 'v', async () => Promise.reject(new Error('no'))),
      /no/,
    );
    assert.equal(await cache.get('x', 'v', async () => 5), 5);
    await cache.get('y', 'v', async () => 6);
    await cache.get('z', 'v', async () => 7);
    assert.equal(await cache.get('x', 'v', async () => 8), 8, 'the oldest was dropped');
    assert.equal(await cache.get('z', 'v', async () => 9), 7, 'a recent one is kept');
  });
});

describe('HTTP API configuration', () => {
  it('refuses writes with a hint to set NEWSLOOM_TOKEN when no token is configured', async (t) => {
    const ctx = await open(t, {});
    t.after(() => ctx.store.close());
    const res = await ctx.app.inject({ method: 'POST', url: '/api/ingest', payload: FRESH_ROWS, headers: { authorization: 'Bearer anything' } });
    assert.equal(res.statusCode, 403);
    assert.match(res.json().message, /NEWSLOOM_TOKEN/);
    await ctx.app.close();
  });

  it('serves the built page and falls back to index.html for client routes only', async (t) => {
    const web = join(tempDir(t), 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>newsloom</title><div id="app"></div><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log("hi")');
    const ctx = await open(t, { webDir: web });
    t.after(() => ctx.store.close());
    const home = await ctx.app.inject({ url: '/' });
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /<div id="app">/);
    assert.match(String(home.headers['content-security-policy']), /script-src 'self'/);
    const deep = await ctx.app.inject({ url: '/event/e_123?tab=quotes' });
    assert.equal(deep.statusCode, 200);
    assert.match(String(deep.headers['content-type']), /text\/html/);
    assert.match(deep.body, /<div id="app">/);
    const asset = await ctx.app.inject({ url: '/assets/app.js' });
    assert.equal(asset.statusCode, 200);
    assert.match(String(asset.headers['cache-control']), /immutable/);
    const missing = await ctx.app.inject({ url: '/assets/missing.js' });
    assert.equal(missing.statusCode, 404);
    const api = await ctx.app.inject({ url: '/api/nothing' });
    assert.equal(api.statusCode, 404);
    assert.match(String(api.headers['content-type']), /json/);
    await ctx.app.close();
  });

  it('says how to build the page when it is missing', async (t) => {
    const ctx = await open(t, { webDir: join(tempDir(t), 'not-built') });
    t.after(() => ctx.store.close());
    const res = await ctx.app.inject({ url: '/storyline/s_1' });
    assert.equal(res.statusCode, 503);
    assert.match(res.json().message, /npm run build:web/);
    await ctx.app.close();
  });
});
