// Alerts end to end: rules via the CLI, firing once per new matching item during watch, webhook and exec delivery, retries.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine/index.js';
import { Alerts } from '../src/alerts/alerts.js';
import type { AlertPayload } from '../src/store/alert-state.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { Store } from '../src/store/store.js';
import { articlePage, feedRoute, harness, htmlRoute, rss, startServer, type FeedEntry, type TestServer } from './watch-fixtures.js';

const servers: TestServer[] = [];
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});
async function server(): Promise<TestServer> {
  const s = await startServer();
  servers.push(s);
  return s;
}

/** The event the weave put the article titled `title` in. */
async function eventOf(store: Store, title: string): Promise<string | undefined> {
  for await (const a of store.allArticles()) if (a.title === title) return (await store.getAssignment(a.id))?.event;
  return undefined;
}

/** A news server with a feed whose entries the test can extend, and pages from the shared article templates. */
async function newsServer(ids: number[]) {
  const s = await server();
  const entries: FeedEntry[] = [];
  const add = (n: number) =>
    entries.unshift({
      id: `urn:courier:${n}`,
      link: `${s.base}/news/${n}.html`,
      title: `Story ${n}`,
      pubDate: new Date(Date.UTC(2026, 10, 1, n)).toUTCString(),
    });
  ids.forEach(add);
  s.routes['/rss.xml'] = feedRoute(() => rss(entries));
  for (let n = 0; n < 24; n++) s.routes[`/news/${n}.html`] = htmlRoute(articlePage(n));
  return { s, feed: `${s.base}/rss.xml`, add };
}

function hookServer(s: TestServer, failFirst = 0): AlertPayload[] {
  const got: AlertPayload[] = [];
  s.routes['/hook'] = (req, res, hit, body) => {
    assert.equal(req.method, 'POST');
    assert.equal(req.headers['content-type'], 'application/json');
    if (hit <= failFirst) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('busy');
      return;
    }
    got.push(JSON.parse(body));
    res.writeHead(204);
    res.end();
  };
  return got;
}

test('an alert fires once per new matching event, and its webhook gets exactly one POST for each', async (t) => {
  const h = harness();
  t.after(() => h.cleanup());
  // Article templates cycle through six stories (n % 6): 0 harbour strike, 1 central bank, 2 wildfire, 3 chip plant, 4 storm, 5 tram.
  const { s, feed, add } = await newsServer([0, 1, 2]);
  const posts = hookServer(s);
  const added = await h.run(['alert', 'add', '--query', 'SAID', '--webhook', `${s.base}/hook`]);
  assert.equal(added.code, 0, added.stderr);
  const id = /added alert ([0-9a-f]{8})/.exec(added.stdout)![1]!;
  const bank = await h.run(['alert', 'add', '--speaker', 'Margit Oberholzer', '--webhook', `${s.base}/hook`]);
  assert.equal(bank.code, 0);
  const none = await h.run(['alert', 'add', '--query', 'volcano eruption', '--webhook', `${s.base}/hook`]);
  assert.equal(none.code, 0);

  const r1 = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(r1.code, 0, r1.stderr);
  const said = () => posts.filter((p) => p.alert.id === id);
  assert.deepEqual(
    said()
      .map((p) => p.article.title)
      .sort(),
    ['Story 0', 'Story 1', 'Story 2'],
  );
  const speaker = posts.filter((p) => p.alert.kind === 'speaker');
  assert.deepEqual(
    speaker.map((p) => p.article.title),
    ['Story 1'],
  );
  assert.equal(speaker[0]!.match.via, 'analysis');
  assert.ok(speaker[0]!.match.quotes!.length >= 1);
  const first = said()[0]!;
  assert.ok(first.event, 'the weave assigned an event');
  assert.equal(first.key, `event:${first.event}`);
  assert.match(posts.find((p) => p.article.title === 'Story 0')!.article.excerpt, /^ROTTERDAM — Dockworkers/);

  // Second round: two stories on new subjects, and a second report of the harbour strike (same event as story 0).
  add(3);
  add(4);
  add(6);
  const r2 = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(r2.code, 0, r2.stderr);
  assert.match(r2.stdout, /3 new: 3 added/);
  const sameEvent = await h.inspect(async ({ store }) => (await eventOf(store, 'Story 6')) === (await eventOf(store, 'Story 0')));
  assert.ok(sameEvent, 'precondition: the weave joins the two strike reports');
  assert.deepEqual(
    said()
      .map((p) => p.article.title)
      .sort(),
    ['Story 0', 'Story 1', 'Story 2', 'Story 3', 'Story 4'],
    'nothing for the known event',
  );
  assert.equal(posts.length, 6);
  assert.equal(new Set(posts.map((p) => `${p.alert.id} ${p.key}`)).size, posts.length, 'no (alert, key) twice');

  // A third round with nothing new sends nothing; the same article offered again does not fire again.
  await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(posts.length, 6);
  await h.inspect(async ({ store, as }) => {
    const alerts = new Alerts(as);
    const article = (await store.getArticle(first.article.id))!;
    assert.deepEqual(
      await alerts.consider({ article, assignment: { event: first.event!, storyline: 's', score: 1, newEvent: false, newStoryline: false, reasons: [] } }),
      [],
    );
    for (const p of said()) {
      const f = (await as.firing(id, p.key))!;
      assert.ok(f.deliveredAt && f.attempts === 1, `${p.key} delivered on the first attempt`);
      assert.deepEqual(f.payload, p, 'the stored payload is what was posted');
    }
    assert.equal(await as.pendingCount(), 0);
  });
  const log = await h.run(['alert', 'log', '--alert', id]);
  assert.equal(log.stdout.match(/fired on 'Story \d+'/g)?.length, 5);
  assert.equal(log.stdout.match(/delivered \(POST .*\/hook\) on attempt 1/g)?.length, 5);
});

test('a failing webhook is retried with backoff and then delivered, attempts recorded', async (t) => {
  let clock = Date.parse('2026-11-22T12:00:00Z');
  const h = harness({ alertsConfig: { retryBaseMs: 60_000, retryMaxMs: 600_000 } });
  t.after(() => h.cleanup());
  const { s, feed } = await newsServer([0]);
  const posts = hookServer(s, 2);
  assert.equal((await h.run(['alert', 'add', '--entity', 'Ineke de Vries', '--webhook', `${s.base}/hook`])).code, 0);

  const r = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(r.code, 0, 'a delivery failure does not fail the watch round');
  assert.match(r.stderr, /delivery attempt 1 failed: .*webhook answered HTTP 503; next try after/);
  assert.equal(posts.length, 0);

  // Not due yet: `alert deliver` leaves it; --all forces it (second failure), then a due retry succeeds.
  const early = await h.run(['alert', 'deliver']);
  assert.match(early.stdout, /delivered 0, failed 0, still pending 1/);
  const forced = await h.run(['alert', 'deliver', '--all']);
  assert.equal(forced.code, 2);
  assert.match(forced.stdout, /delivered 0, failed 1, still pending 1/);

  await h.inspect(async ({ as }) => {
    const [f, ...more] = await as.dueFirings('9999');
    assert.equal(more.length, 0);
    assert.equal(f!.attempts, 2);
    assert.equal(f!.deliveredAt, null);
    assert.match(f!.lastError!, /HTTP 503/);
    // The second failure waits twice as long as the first (60 s, then 120 s).
    const wait = Date.parse(f!.nextAttemptAt!) - Date.now();
    assert.ok(wait > 100_000 && wait <= 120_000, `backoff ${wait} ms`);
    clock = Date.parse(f!.nextAttemptAt!) + 1;
    const alerts = new Alerts(as, { config: { retryBaseMs: 60_000 }, now: () => new Date(clock) });
    const rep = await alerts.deliverDue();
    assert.deepEqual(rep, { delivered: 1, failed: 0, pending: 0 });
    const done = (await as.firing(f!.alertId, f!.key))!;
    assert.equal(done.attempts, 3);
    assert.ok(done.deliveredAt);
    assert.equal(done.nextAttemptAt, null);
  });
  assert.equal(posts.length, 1);
  assert.equal(s.hits.get('/hook'), 3);
  assert.match(posts[0]!.match.detail, /Ineke de Vries/);
  const log = await h.run(['alert', 'log']);
  assert.match(log.stdout, /delivery attempt 1 failed[\s\S]*delivery attempt 2 failed[\s\S]*delivered \(POST .*\) on attempt 3/);
  // Delivered firings are not sent again.
  await h.run(['alert', 'deliver', '--all']);
  assert.equal(s.hits.get('/hook'), 3);
});

test('exec delivery runs the command without a shell, the JSON on stdin; shell syntax is refused', async (t) => {
  const h = harness();
  t.after(() => h.cleanup());
  const dir = h.dir;
  const script = join(dir, 'receive alert.mjs');
  const outFile = join(dir, 'received.jsonl');
  writeFileSync(
    script,
    `import fs from 'node:fs';
let s = '';
process.stdin.on('data', (d) => (s += d)).on('end', () => {
  const row = { env: process.env.NEWSLOOM_ALERT_ID, argv: process.argv.slice(3), payload: JSON.parse(s) };
  fs.appendFileSync(process.argv[2], JSON.stringify(row) + '\\n');
});
`,
  );

  const refused = await h.run(['alert', 'add', '--query', 'wildfire', '--exec', `node notify.js > out.txt`]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /uses shell syntax \(">"\); newsloom runs the command directly, without a shell.*sh -c/);

  // $HOME and ; inside quotes are passed literally: no shell ever sees them.
  const cmd = `"${process.execPath}" "${script}" "${outFile}" '$HOME; rm -rf /'`;
  const added = await h.run(['alert', 'add', '--query', 'wildfire evacuation', '--exec', cmd]);
  assert.equal(added.code, 0, added.stderr);
  const { s, feed } = await newsServer([2, 3]);
  void s;
  const r = await h.run(['watch', feed, '--once', '--allow-private']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(outFile), r.stderr);
  const lines = readFileSync(outFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  assert.deepEqual(lines[0].argv, ['$HOME; rm -rf /']);
  assert.equal(lines[0].payload.article.title, 'Story 2');
  assert.equal(lines[0].env, lines[0].payload.alert.id);

  const failing = await h.run(['alert', 'add', '--query', 'tram line', '--exec', `"${process.execPath}" -e "process.exit(3)"`]);
  assert.equal(failing.code, 0);
  const { feed: feed2 } = await newsServer([5]);
  await h.run(['watch', feed2, '--once', '--allow-private']);
  const log = await h.run(['alert', 'log']);
  assert.match(log.stdout, /delivery attempt 1 failed: .* exited with status 3/);
});

test('alert add, list and remove through the CLI, with clear refusals', async (t) => {
  const h = harness();
  t.after(() => h.cleanup());
  const a = await h.run(['alert', 'add', '--speaker', 'Vladimir Putin']);
  assert.equal(a.code, 0);
  assert.match(a.stdout, /speaker "Vladimir Putin"\s+-> log only/);
  const id = /added alert (\w+)/.exec(a.stdout)![1]!;
  const none = await h.run(['alert', 'add', '--webhook', 'https://hooks.example/x']);
  assert.match(none.stderr, /needs one of --query TEXT, --speaker NAME or --entity NAME/);
  const both = await h.run(['alert', 'add', '--query', 'x', '--entity', 'y']);
  assert.equal(both.code, 1);
  const badHook = await h.run(['alert', 'add', '--query', 'grain deal', '--webhook', 'file:///etc/passwd']);
  assert.match(badHook.stderr, /must be an http:\/\/ or https:\/\/ URL/);
  assert.match((await h.run(['alert', 'list'])).stdout, new RegExp(`^${id}\\s+speaker`));
  assert.match((await h.run(['alert', 'remove', id.slice(0, 4)])).stdout, new RegExp(`removed alert ${id}`));
  assert.match((await h.run(['alert', 'list'])).stdout, /no alerts/);
  assert.match((await h.run(['alert', 'remove', id])).stderr, /no alert/);
});

test('alerts listening on the engine record firings for ingested files too (log-only alerts are delivered at once)', async (t) => {
  const h = harness();
  t.after(() => h.cleanup());
  const file = join(h.dir, 'storm.html');
  writeFileSync(file, articlePage(4));
  const store = SqliteStore.open(h.db);
  try {
    const as = store.alertState();
    const alerts = new Alerts(as);
    const phrase = await alerts.add({ kind: 'query', value: '"power lines"', webhook: null, exec: null });
    const words = await alerts.add({ kind: 'query', value: 'power storm coast', webhook: null, exec: null });
    const engine = new Engine(store);
    alerts.listen(engine);
    const rep = await engine.ingest([file]);
    assert.equal(rep.added.length, 1);
    const key = `event:${(await store.getAssignment(rep.added[0]!))!.event}`;
    assert.equal(await as.firing(phrase.id, key), null, 'the phrase "power lines" is not in the text ("downed lines" is)');
    const f = (await as.firing(words.id, key))!;
    assert.equal(f.payload.alert.value, 'power storm coast', 'the three words are');
    assert.ok(f.deliveredAt);
    assert.equal(await as.pendingCount(), 0);
    await engine.ingest([file]);
    assert.equal((await as.logEntries()).filter((e) => /^fired on/.test(e.message)).length, 1, 'fired once');
  } finally {
    await store.close();
  }
});
