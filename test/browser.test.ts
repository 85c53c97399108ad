// Browser tests of the web page with playwright-core and Debian's chromium: navigation, search, untrusted text, CSP, phone width, screenshots.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Engine } from '../src/engine/index.js';
import { createServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { ROOT, SEEDS, tempDir } from './helpers/tmp.js';
import { CHROMIUM, ensureBuilt, WEB } from './helpers/web-build.js';
import { SAME } from './link-pairs.js';

const DOCS = join(ROOT, 'docs');
const XSS_TITLE = '<img src=x onerror=window.__xss=1>';

const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing && process.env.CI === 'true') {
  throw new Error(`chromium is not installed at ${CHROMIUM}: the browser tests need it under CI (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

describe('web page in chromium', {
  skip: chromiumMissing ? `chromium not found at ${CHROMIUM}; install it (apt-get install -y chromium) or set CHROMIUM_PATH` : false,
}, () => {
  let app: FastifyInstance;
  let store: SqliteStore;
  let browser: Browser;
  let base: string;
  const problems: string[] = [];
  const linkEvents = { en: '', ru: '' };
  const cleanups: (() => void)[] = [];

  before(async () => {
    await ensureBuilt();
    const dir = tempDir({ after: (fn) => cleanups.push(fn) });
    store = SqliteStore.open(join(dir, 'web.db'));
    const engine = new Engine(store);
    const rep = await engine.ingest([SEEDS]);
    assert.equal(rep.added.length, 5);
    const probe = await engine.ingestRows([
      {
        id: 'xss-probe',
        title: XSS_TITLE,
        outlet: '<b onmouseover=window.__xss=4>Evil</b> Gazette',
        url: 'javascript:window.__xss=3',
        text:
          'Officials in the river town said on Monday that the old bridge will close for repairs next month. <script>window.__xss=2</script>\n\n' +
          'The council said the repairs would take about six weeks and that a ferry would run in the meantime. "We know this is a nuisance," the mayor said.',
      },
    ]);
    assert.equal(probe.added.length, 1, JSON.stringify(probe.rejected));
    // A later syndicated copy of a seed by another outlet, so an event shows who published first and who copied.
    const seed = readFileSync(join(SEEDS, '004_49691bd9d9a4ed65.txt'), 'utf8').split('\n').slice(3).join('\n');
    const copy = await engine.ingestRows([
      {
        id: 'echo-copy',
        outlet: 'Echo Wire',
        published: '2016-11-09T19:05:00',
        title: 'Putin: Russia ready to restore relations with US',
        text: `${seed}\n\nEcho Wire contributed to this report.`,
      },
    ]);
    assert.equal(copy.added.length, 1);
    // One happening reported in English and in Russian: the English event links to the Russian one.
    const pair = SAME.find((p) => p.b.language === 'ru')!;
    const linked = await engine.ingestRows([
      { id: 'link-en', ...pair.a },
      { id: 'link-ru', ...pair.b },
    ]);
    assert.equal(linked.added.length, 2);
    linkEvents.en = (await engine.articleDetail('link-en'))!.event!.id;
    linkEvents.ru = (await engine.articleDetail('link-ru'))!.event!.id;
    app = createServer(engine, { webDir: WEB });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    assert.ok(addr && typeof addr === 'object');
    base = `http://127.0.0.1:${addr.port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
    mkdirSync(DOCS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    for (const fn of cleanups) fn();
  });

  async function open(width = 1280, height = 900): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    return { ctx, page };
  }

  it('an event says where it was also reported in another language and links there; an article says which rules read it', async () => {
    const { ctx, page } = await open();
    await page.goto(`${base}/event/${linkEvents.en}`);
    const also = page.locator('.also-reported li').first();
    await also.waitFor();
    assert.match((await also.textContent()) ?? '', /^Also reported in Russian by ТАСС: Лавров и Фидан/);
    await page.screenshot({ path: join(DOCS, 'screenshot-event-also-reported.png'), fullPage: false });
    await also.locator('a').click();
    await page.waitForURL(new RegExp(`/event/${linkEvents.ru}$`));
    await page.locator('.also-reported li').first().waitFor();
    assert.match((await page.locator('.also-reported li').first().textContent()) ?? '', /^Also reported in English by Anadolu/);
    await page.goto(`${base}/article/link-ru`);
    await page.locator('.analysis-note').waitFor();
    assert.match((await page.locator('.analysis-note').textContent()) ?? '', /^Analysis: ru rules/);
    await ctx.close();
  });

  it('navigates storyline -> event -> article and saves desktop screenshots', async () => {
    const { ctx, page } = await open();
    const res = await page.goto(`${base}/`);
    assert.equal(res?.status(), 200);
    assert.match(String(res?.headers()['content-security-policy']), /script-src 'self'/);
    await page.locator('.card h2 a').first().waitFor();
    await page.screenshot({ path: join(DOCS, 'screenshot-storylines.png'), fullPage: false });
    await page.locator('.card h2 a').first().click();
    await page.waitForURL(/\/storyline\//);
    await page.locator('.timeline li').first().waitFor();
    assert.ok((await page.locator('.timeline li').count()) >= 2, 'the seed storyline has several events');
    await page.screenshot({ path: join(DOCS, 'screenshot-storyline.png'), fullPage: true });

    await page.locator('.timeline li').filter({ hasText: '2 articles' }).locator('h3 a').first().click();
    await page.waitForURL(/\/event\//);
    await page.getByRole('heading', { name: 'Coverage by outlet' }).waitFor();
    assert.equal(await page.locator('.outlet-groups > li').count(), 2, 'the copied event has two outlets');
    await page.locator('.badge.first').waitFor();
    assert.match((await page.locator('.outlet-groups > li').nth(1).textContent()) ?? '', /Echo Wire.*copy of/i);
    const articleLink = page.locator('.outlet-groups .articles a[href^="/article/"]').first();
    await articleLink.waitFor();
    await page.screenshot({ path: join(DOCS, 'screenshot-event.png'), fullPage: true });

    const linkText = (await articleLink.textContent())!.trim();
    await articleLink.click();
    await page.waitForURL(/\/article\//);
    await page.locator('article.reading h1').waitFor();
    assert.equal((await page.locator('article.reading h1').textContent())!.trim(), linkText);
    assert.ok((await page.locator('article.reading .body p').count()) >= 3, 'the clean text is shown as paragraphs');
    await page.getByRole('table').filter({ hasText: 'Where each value came from' }).waitFor();
    await page.screenshot({ path: join(DOCS, 'screenshot-article.png'), fullPage: false });

    await page.goBack();
    await page.waitForURL(/\/event\//);
    await page.getByRole('heading', { name: 'Coverage by outlet' }).waitFor();
    await ctx.close();
  });

  it('searches and opens a hit', async () => {
    const { ctx, page } = await open();
    await page.goto(`${base}/`);
    await page.locator('#q').fill('Putin Trump');
    await page.locator('#q').press('Enter');
    await page.waitForURL(/\/search\?q=Putin%20Trump/);
    await page.locator('.hits li').first().waitFor();
    assert.ok((await page.locator('.hits li').count()) >= 2);
    const first = page.locator('.hits h2 a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/article\//);
    assert.equal((await page.locator('article.reading h1').textContent())!.trim(), title);

    await page.goto(`${base}/search?q=zzyzxquokka`);
    await page.getByText('No article matches').waitFor();
    await ctx.close();
  });

  it('shows untrusted markup as literal text and never runs it', async () => {
    const { ctx, page } = await open();
    await page.goto(`${base}/article/xss-probe`);
    await page.locator('article.reading h1').waitFor();
    assert.equal(await page.locator('article.reading h1').textContent(), XSS_TITLE);
    assert.equal(await page.locator('article.reading .body p *').count(), 0, 'paragraphs hold text only, no elements');
    assert.equal(await page.locator('main img').count(), 0, 'no <img> element was created from the title');
    assert.equal(await page.locator('main script').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'a javascript: url is never a link');

    await page.goto(`${base}/search?q=bridge%20repairs`);
    await page.locator('.hits h2 a').first().waitFor();
    assert.equal(await page.locator('.hits h2 a').first().textContent(), XSS_TITLE);
    await page.goto(`${base}/outlets`);
    await page.locator('table').waitFor();
    assert.equal(await page.locator('main b').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await ctx.close();
  });

  it('fits a phone screen (390 px) and saves a phone screenshot', async () => {
    const { ctx, page } = await open(390, 844);
    await page.goto(`${base}/`);
    await page.locator('.card h2 a').first().click();
    await page.locator('.timeline h3 a').first().click();
    await page.waitForURL(/\/event\//);
    await page.locator('.outlet-groups').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the event page scrolls sideways by ${overflow}px at 390px`);
    await page.screenshot({ path: join(DOCS, 'screenshot-phone.png'), fullPage: false });
    await page.locator('.outlet-groups .articles a[href^="/article/"]').first().click();
    await page.locator('article.reading h1').waitFor();
    const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow2 <= 0, `the article page scrolls sideways by ${overflow2}px at 390px`);
    await page.screenshot({ path: join(DOCS, 'screenshot-phone-article.png'), fullPage: false });
    await ctx.close();
  });

  it('deep links, the other pages and not-found states render', async () => {
    const { ctx, page } = await open();
    for (const [path, text] of [
      ['/speakers', 'Vladimir Putin'],
      ['/speaker/Vladimir%20Putin', 'statements reported'],
      ['/outlets', 'TASS'],
      ['/outlet/TASS', 'Copies from'],
      ['/event/e_not_there', "no event with id 'e_not_there'"],
      ['/no/such/page', 'There is no page at /no/such/page'],
    ] as const) {
      const res = await page.goto(`${base}${path}`);
      assert.equal(res?.status(), 200, `${path} serves the page`);
      await page.getByText(text).first().waitFor({ timeout: 10_000 });
    }
    await ctx.close();
  });

  it('had no CSP violations, console errors or page errors', () => {
    const unexpected = problems.filter((p) => !/status of 404/.test(p));
    assert.deepEqual(unexpected, []);
  });
});
