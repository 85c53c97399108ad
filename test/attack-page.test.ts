// Attack suite, page side: XSS payloads in every field the page renders and javascript:/data: URLs, checked in the real page in chromium.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { Engine } from '../src/engine/index.js';
import { createServer } from '../src/server/index.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { SEEDS } from './helpers/tmp.js';
import { CHROMIUM, ensureBuilt, WEB } from './helpers/web-build.js';

/** Each payload, if it ever runs, sets window.__xss or opens a dialog. */
const XSS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror=window.__xss=2>',
  '<svg onload=window.__xss=3>',
  '"><script>alert(4)</script>',
  "'><img src=x onerror=alert(5)>",
  '<iframe src="javascript:window.parent.__xss=6"></iframe>',
  '<a href="javascript:window.__xss=7">click</a>',
  '<body onload=window.__xss=8>',
  '<details open ontoggle=window.__xss=9>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=10>',
  '{{constructor.constructor("window.__xss=11")()}}',
  '<scr<script>ipt>window.__xss=12</scr</script>ipt>',
];

const BAD_URLS = [
  'javascript:window.__xss=20',
  'JaVaScRiPt:window.__xss=21',
  ' javascript:window.__xss=22',
  'java\tscript:window.__xss=23',
  'javascript&colon;window.__xss=24',
  '&#106;avascript:window.__xss=25',
  'data:text/html,<script>window.__xss=26</script>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9Mjc8L3NjcmlwdD4=',
  'vbscript:msgbox(28)',
  '\u0001javascript:window.__xss=29',
];

const missing = !existsSync(CHROMIUM);

describe('XSS and dangerous URLs in the page', { skip: missing ? `chromium not found at ${CHROMIUM}; install it or set CHROMIUM_PATH` : false }, () => {
  let app: FastifyInstance;
  let store: Store;
  let browser: Browser;
  let base: string;
  const ids: string[] = [];
  let pagesVisited = 0;

  before(async () => {
    await ensureBuilt();
    store = await openStore(':memory:');
    const engine = new Engine(store);
    await engine.ingest([SEEDS]);
    const rows = XSS.map((p, i) => ({
      id: `xss-${i}`,
      title: `${p} bridge repairs ${i}`,
      outlet: `${p} Gazette`,
      authors: [`${p} Reporter`],
      url: BAD_URLS[i % BAD_URLS.length],
      published: `2024-03-${String(1 + i).padStart(2, '0')}T10:00:00Z`,
      text:
        `Officials in the river town of Lindqvist said on Monday that the old bridge ${p} will close for repairs next month.\n\n` +
        `"${p} We know this is a nuisance for everyone," Maria ${p} Lindqvist said. The council said the repairs would take about six weeks.\n\n` +
        `Reporters from ${p} Capital Report and the mayor Tomas Novak said a ferry would run in the meantime ${p}.`,
    }));
    const urlRows = BAD_URLS.map((url, i) => ({
      id: `url-${i}`,
      title: `Ferry timetable ${i}`,
      outlet: 'Harbour Times',
      url,
      text: `The harbour office published a new ferry timetable ${i} on Tuesday, with extra crossings during the bridge repairs.\n\nSee ${url} for details, the office said.`,
    }));
    const rep = await engine.ingestRows([...rows, ...urlRows]);
    for (const a of rep.added) ids.push(typeof a === 'string' ? a : (a as { id: string }).id);
    assert.ok(rep.added.length >= XSS.length, JSON.stringify(rep.rejected).slice(0, 1000));
    app = createServer(engine, { webDir: WEB });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
  });

  after(async () => {
    console.log(
      `# attack-page cases: ${XSS.length} XSS payloads x 6 fields (title, authors, outlet, text, quotes/speakers, entities) + ${BAD_URLS.length} link URLs, ${pagesVisited} page views`,
    );
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  /** Every page address that can show the payloads: lists, each article, event, storyline, outlet and speaker, searches. */
  async function addresses(): Promise<string[]> {
    const get = async (u: string) => (await app.inject({ url: u })).json() as Record<string, unknown>;
    const list = (x: Record<string, unknown>) => (Array.isArray(x) ? x : ((x.items as unknown[]) ?? [])) as Record<string, unknown>[];
    const out = ['/', '/speakers', '/outlets', '/search?q=bridge%20repairs', '/search?q=ferry%20timetable'];
    for (const p of XSS.slice(0, 4)) out.push(`/search?q=${encodeURIComponent(p)}`);
    const arts = list(await get('/api/articles?limit=100'));
    for (const a of arts) out.push(`/article/${encodeURIComponent(String(a.id))}`);
    for (const e of list(await get('/api/events?limit=100'))) out.push(`/event/${encodeURIComponent(String(e.id))}`);
    for (const s of list(await get('/api/storylines?limit=100'))) out.push(`/storyline/${encodeURIComponent(String(s.id))}`);
    for (const o of list(await get('/api/outlets'))) out.push(`/outlet/${encodeURIComponent(String(o.name ?? o.outlet))}`);
    for (const s of list(await get('/api/speakers'))) out.push(`/speaker/${encodeURIComponent(String(s.name ?? s.speaker))}`);
    return out;
  }

  it('no payload runs on any page, and no link has a javascript:, data: or vbscript: address', async () => {
    const ctx = await browser.newContext();
    const dialogs: string[] = [];
    const page = await ctx.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const all = await addresses();
    assert.ok(all.length > 30, `${all.length} addresses`);
    for (const path of all) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      await page.locator('main').waitFor();
      const flag = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
      assert.equal(flag, undefined, `${path}: a payload ran (window.__xss=${String(flag)})`);
      assert.deepEqual(dialogs, [], `${path}: a dialog opened`);
      const hrefs = await page.$$eval('a[href], iframe[src], [src]', (els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
      for (const h of hrefs)
        assert.doesNotMatch([...h].filter((ch) => ch.charCodeAt(0) > 32).join(''), /^(javascript|data|vbscript):/i, `${path}: dangerous link ${h}`);
      assert.equal(
        await page.locator('main script, main iframe, main svg[onload], main img[onerror]').count(),
        0,
        `${path}: markup from a payload became elements`,
      );
      pagesVisited++;
    }
    await ctx.close();
  });

  it('each payload shows as literal text in the article title, and the outlet and author show as text', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    for (let i = 0; i < XSS.length; i++) {
      const p = XSS[i] as string;
      const detail = (await app.inject({ url: `/api/articles?limit=100` })).json() as { items: { id: string; title: string }[] };
      const art = detail.items.find((a) => a.title.includes(`bridge repairs ${i}`) && a.title.startsWith(p.slice(0, 8)));
      assert.ok(art, `article for payload ${i}`);
      await page.goto(`${base}/article/${encodeURIComponent(art.id)}`);
      await page.locator('article.reading h1').waitFor();
      assert.equal(((await page.locator('article.reading h1').textContent()) ?? '').trim(), `${p} bridge repairs ${i}`);
      const body = (await page.locator('main').textContent()) ?? '';
      assert.ok(body.includes(`${p} Gazette`), `payload ${i}: the outlet shows as text`);
      assert.ok(body.includes('will close for repairs'), `payload ${i}: the text shows`);
      assert.equal(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), undefined);
      pagesVisited++;
    }
    await ctx.close();
  });
});
