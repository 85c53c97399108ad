// Browser tests of the analyst's desk (playwright-core + Debian chromium): charts, the entity page, filters kept in the
// address, export links, live updates and "new since the last visit"; screenshots at 1280 and 390 px in docs/screenshots.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Engine } from '../src/engine/index.js';
import { createServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { DATED } from './helpers/desk-rows.js';
import { ROOT, SEEDS, tempDir } from './helpers/tmp.js';
import { CHROMIUM, ensureBuilt, WEB } from './helpers/web-build.js';

const SHOTS = join(ROOT, 'docs', 'screenshots');
const TOKEN = 'desk-browser-token-0123456789';
const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing && process.env.CI === 'true') throw new Error(`chromium is not installed at ${CHROMIUM}: the browser tests need it under CI`);

describe('the desk in chromium', { skip: chromiumMissing ? `chromium not found at ${CHROMIUM}` : false }, () => {
  let app: FastifyInstance;
  let store: SqliteStore;
  let browser: Browser;
  let base: string;
  let storylineId: string;
  const problems: string[] = [];
  const cleanups: (() => void)[] = [];

  before(async () => {
    await ensureBuilt();
    const dir = tempDir({ after: (fn) => cleanups.push(fn) });
    store = SqliteStore.open(join(dir, 'desk-web.db'));
    const engine = new Engine(store);
    assert.equal((await engine.ingest([SEEDS])).added.length, 5);
    assert.equal((await engine.ingestRows(DATED)).added.length, DATED.length);
    // a month of coverage for the seeds' storyline, so its chart has several days
    const days = ['2016-11-10', '2016-11-10', '2016-11-12', '2016-11-15', '2016-11-21'];
    const rep = await engine.ingestRows(
      days.map((d, i) => ({
        id: `putin-follow-${i}`,
        outlet: ['TASS', 'Tasnim', 'Echo Wire'][i % 3],
        published: `${d}T0${i}:00:00`,
        title: `Putin says Russia ready to restore relations with US (${i + 1})`,
        text: `MOSCOW, November ${d.slice(8)} (TASS). Russian President Vladimir Putin said Russia is ready to restore full relations with the United States and Donald Trump. "We are ready to do our part," Vladimir Putin said in Moscow. Report ${i + 1} on the dialogue between Moscow and Washington.`,
      })),
    );
    assert.equal(rep.added.length, days.length);
    storylineId = (await engine.storylines({ limit: 1 })).items[0]!.id;
    app = createServer(engine, { webDir: WEB, token: TOKEN });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    assert.ok(addr && typeof addr === 'object');
    base = `http://127.0.0.1:${addr.port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    for (const fn of cleanups) fn();
  });

  async function open(width = 1280, height = 900): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, acceptDownloads: true });
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    return { ctx, page };
  }

  /** How many canvas pixels hold ink (bars, axes): a blank canvas has none. */
  async function inkedPixels(page: Page, selector: string): Promise<number> {
    return page
      .locator(`${selector} canvas`)
      .first()
      .evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n;
      });
  }

  /** The page is no wider than the screen (nothing to scroll sideways). */
  async function fitsWidth(page: Page): Promise<void> {
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll <= inner, `page is ${scroll}px wide on a ${inner}px screen`);
  }

  it('the storyline page draws a chart of its articles over time, beside the timeline on a desktop', async () => {
    for (const [width, name] of [
      [1280, 'storyline-desktop'],
      [390, 'storyline-phone'],
    ] as const) {
      const { ctx, page } = await open(width, width > 500 ? 900 : 844);
      await page.goto(`${base}/storyline/${storylineId}`);
      await page.locator('.chart-box canvas').first().waitFor();
      assert.ok((await inkedPixels(page, '.chart-box')) > 200, 'bars and axes are drawn');
      assert.match(await page.locator('.chart figcaption').innerText(), /dated articles? by (day|week|month)/);
      const main = await page.locator('.main-col').boundingBox();
      const side = await page.locator('.side-col').boundingBox();
      assert.ok(main && side);
      if (width > 1000) assert.ok(side.x > main.x + main.width - 1, 'the chart sits beside the list');
      else assert.ok(side.y + side.height <= main.y + 1, 'on a phone the chart comes first, above the list');
      assert.ok(side.width <= width, 'the chart fits the screen');
      await fitsWidth(page);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: width < 500 });
      await ctx.close();
    }
  });

  it('events without a full date show their estimated date and why', async () => {
    const { ctx, page } = await open();
    await page.goto(`${base}/storyline/${storylineId}`);
    await page.locator('.timeline li').first().waitFor();
    // a day or a range (`9 Nov 2016 – 10 Nov 2016`), then the reason in brackets
    const day = String.raw`\d{1,2} \w{3} 20\d\d`;
    const shown = await page.locator('.timeline .estimated').allInnerTexts();
    assert.ok(shown.length > 0, 'no estimated event on the storyline page');
    for (const text of shown) assert.match(text, new RegExp(`^estimated: ${day}(?: – ${day})? \\(.+\\)$`));
    await ctx.close();
  });

  it('an entity chip leads to the entity page: coverage chart, quotes with outlet and date, names seen with it', async () => {
    for (const [width, name] of [
      [1280, 'entity-desktop'],
      [390, 'entity-phone'],
    ] as const) {
      const { ctx, page } = await open(width, width > 500 ? 900 : 844);
      await page.goto(`${base}/storyline/${storylineId}`);
      await page.locator('.timeline h3 a').first().click();
      await page.locator('.entities a', { hasText: 'Vladimir Putin' }).first().click();
      await page.waitForURL(/\/entity\/Vladimir%20Putin$/);
      await page.locator('h1', { hasText: 'Vladimir Putin' }).waitFor();
      await page.locator('.chart-box canvas').waitFor();
      assert.ok((await inkedPixels(page, '.chart-box')) > 200);
      const quotes = page.locator('.ledger > li');
      assert.ok((await quotes.count()) > 5);
      assert.ok((await page.locator('.ledger .outlet', { hasText: 'TASS' }).count()) > 0, 'quotes name their outlet');
      assert.ok((await page.locator('.ledger time').count()) > 0, 'quotes carry their date');
      assert.ok((await page.locator('.side-col .entities a', { hasText: 'Donald Trump' }).count()) === 1);
      await fitsWidth(page);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
      await ctx.close();
    }
  });

  it('a surname finds the entity; a speaker link from the speakers page goes to the profile', async () => {
    const { ctx, page } = await open();
    await page.goto(`${base}/entity/putin`);
    await page.locator('h1', { hasText: 'Vladimir Putin' }).waitFor();
    await page.goto(`${base}/speaker/Putin`);
    await page.locator('h1', { hasText: 'Vladimir Putin' }).waitFor();
    assert.ok((await page.locator('.ledger > li').count()) > 0);
    await ctx.close();
  });

  it('filters live in the address: the filtered list survives a reload and can be shared; exports follow the filters', async () => {
    for (const [width, name] of [
      [1280, 'articles-filtered-desktop'],
      [390, 'articles-filtered-phone'],
    ] as const) {
      const { ctx, page } = await open(width, width > 500 ? 900 : 844);
      await page.goto(`${base}/articles`);
      await page.locator('.refs li').first().waitFor();
      await page.fill('.filters input[name=from]', '2016-11-01');
      await page.fill('.filters input[name=to]', '2016-11-30');
      await page.selectOption('.filters select[name=sort]', 'newest');
      await page.click('.filters button[type=submit]');
      await page.waitForURL(/from=2016-11-01&to=2016-11-30&sort=newest/);
      await page.reload();
      await page.locator('.refs li').first().waitFor();
      const dates = await page.locator('.refs li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
      assert.ok(dates.length >= 5, String(dates));
      for (const d of dates) assert.match(d, /^2016-11/);
      assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
      assert.equal(await page.inputValue('.filters input[name=from]'), '2016-11-01', 'the form shows the filters of the address');
      const csv = await page.locator('.export a', { hasText: 'CSV' }).getAttribute('href');
      assert.match(String(csv), /^\/api\/export\?view=articles&format=csv&from=2016-11-01&to=2016-11-30&sort=newest/);
      const res = await page.request.get(`${base}${csv}`);
      assert.match(res.headers()['content-type']!, /^text\/csv/);
      assert.equal((await res.text()).trimEnd().split('\r\n').length - 1, dates.length, 'the export holds the rows of the list');
      await page.locator('.chart-box canvas').waitFor();
      await fitsWidth(page);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: width < 500 });
      await ctx.close();
    }
  });

  it('new articles appear without a reload, marked new; a later visit marks what came since the last one', async () => {
    const { ctx, page } = await open();
    await page.goto(`${base}/articles?sort=newest`);
    await page.locator('.refs li').first().waitFor();
    await page.waitForTimeout(500); // the live stream is open
    const post = (row: Record<string, unknown>) =>
      fetch(`${base}/api/ingest`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify([row]),
      });
    const r1 = await post({
      id: 'live-web-1',
      outlet: 'Valley Post',
      published: '2016-12-05',
      title: 'Hail aid reaches the last farms',
      text: 'The last farms hit by the hail storm received emergency aid on Monday, the regional council said, closing the relief programme in the valley.',
    });
    assert.equal(r1.status, 200);
    const item = page.locator('.refs li', { hasText: 'Hail aid reaches the last farms' });
    await item.waitFor({ timeout: 5000 });
    assert.equal(await item.locator('.new-mark').count(), 1, 'marked new');
    assert.match(await page.locator('.live-note').innerText(), /1 new article arrived/);
    await ctx.close();

    // The same browser profile later: what was added in between is marked new on the next visit.
    const again = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p2 = await again.newPage();
    await p2.goto(`${base}/articles?sort=newest`);
    await p2.locator('.refs li').first().waitFor();
    await p2.waitForTimeout(500);
    await p2.close();
    assert.equal(
      (
        await post({
          id: 'live-web-2',
          outlet: 'Valley Post',
          published: '2016-12-06',
          title: 'Vineyards plan hail nets',
          text: 'Growers in the valley said on Tuesday they would put up hail nets over the vines before next summer, with help from the regional council.',
        })
      ).status,
      200,
    );
    const p3 = await again.newPage();
    await p3.goto(`${base}/articles?sort=newest`);
    const fresh = p3.locator('.refs li', { hasText: 'Vineyards plan hail nets' });
    await fresh.locator('.new-mark').waitFor({ timeout: 5000 });
    assert.equal(await p3.locator('.refs li', { hasText: 'Hail aid reaches the last farms' }).locator('.new-mark').count(), 0, 'seen before: not new');
    await again.close();
  });

  it('the names list filters from the address and links each name to its page; the header fits a phone', async () => {
    const { ctx, page } = await open(390, 844);
    await page.goto(`${base}/entities?q=trump&sort=name`);
    await page.locator('.entities li').first().waitFor();
    const names = await page.locator('.entities li a').allInnerTexts();
    assert.ok(names.includes('Donald Trump'), String(names));
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b)),
    );
    await fitsWidth(page);
    await page.locator('.entities a', { hasText: 'Donald Trump' }).first().click();
    await page.waitForURL(/\/entity\/Donald%20Trump$/);
    await page.locator('h1', { hasText: 'Donald Trump' }).waitFor();
    await ctx.close();
  });

  it('no console errors or CSP violations on any desk page', () => {
    assert.deepEqual(problems, []);
  });
});
