// Benchmark: HTTP API latency and throughput on a large store (synthesised from PolNeAR texts), autocannon at a fixed request rate.
//   node --import tsx bench/api.ts [--articles 100000] [--budget-s 420] [--rate 200] [--duration 20] [--db PATH] [--keep] [--only SUBSTRING] [--search-threads N] [--generator open|autocannon]
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/engine/index.js';
import { serve } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { loadDataset } from './lib/datasets.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const has = (name: string) => process.argv.includes(`--${name}`);

interface PolRow {
  article: string;
  publisher: string;
  publication_date: string;
  author: string;
  title: string;
  text: string;
}

/** Child mode: serve a database and print the address for the parent. */
async function child(db: string): Promise<void> {
  const s = await serve({ db, port: 0, host: '127.0.0.1', webDir: false });
  process.stdout.write(`LISTENING ${s.url}\n`);
  process.on('SIGTERM', () => void s.close().then(() => process.exit(0)));
}

/** Row k of the synthetic corpus: one real article's text, a paragraph of another, its own outlet, date and id. */
function synth(rows: PolRow[], k: number, outlets: string[]): Record<string, unknown> {
  const a = rows[k % rows.length]!;
  const b = rows[(k * 7919 + 13) % rows.length]!;
  const paras = a.text.split(/\n\s*\n/).filter((p) => p.trim());
  const extra = b.text.split(/\n\s*\n/).filter((p) => p.trim());
  const cut = paras.length > 3 ? 1 + (k % (paras.length - 2)) : paras.length;
  const body = [...paras.slice(0, cut), extra[k % Math.max(1, extra.length)] ?? '', ...paras.slice(cut)].join('\n\n');
  const day = new Date(Date.parse(`${a.publication_date || '2016-01-01'}T00:00:00Z`) + (k % 720) * 36e5 * 6);
  return {
    id: `syn-${k}`,
    title: k < rows.length ? a.title : `${a.title} (${outlets[k % outlets.length]})`,
    text: body,
    outlet: outlets[k % outlets.length],
    published: day.toISOString(),
    authors: a.author && a.author !== 'None' ? [a.author] : undefined,
  };
}

async function build(db: string, target: number, budgetS: number): Promise<{ articles: number; secs: number }> {
  const rows = loadDataset<PolRow>('polnear-dev.jsonl.gz');
  if (!rows) process.exit(0);
  const seen = new Set<string>();
  const uniq = rows.filter((r) => !seen.has(r.article) && seen.add(r.article) && r.text.length > 400);
  const outlets = [...new Set(uniq.map((r) => r.publisher))].flatMap((p) => [p, `${p} wire`, `${p} regional`, `${p} daily`]);
  const store = SqliteStore.open(db);
  const engine = new Engine(store);
  const have = await store.countArticles();
  const t0 = Date.now();
  const BATCH = 2000;
  let k = have;
  while (k < target && (Date.now() - t0) / 1000 < budgetS) {
    const batch: Record<string, unknown>[] = [];
    for (let j = 0; j < BATCH && k < target; j++, k++) batch.push(synth(uniq, k, outlets));
    const rep = await engine.ingestRows(batch, 'bench');
    if (rep.rejected.length) process.stderr.write(`  ${rep.rejected.length} rejected, e.g. ${rep.rejected[0]!.reason}\n`);
    const secs = (Date.now() - t0) / 1000;
    process.stdout.write(`  ingested ${k} rows in ${secs.toFixed(0)} s (${((k - have) / secs).toFixed(0)} rows/s)\n`);
  }
  const articles = await store.countArticles();
  await store.close();
  return { articles, secs: (Date.now() - t0) / 1000 };
}

function startChild(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  return new Promise((res, rej) => {
    const threads = arg('search-threads', '');
    const env = threads ? { ...process.env, NEWSLOOM_SEARCH_THREADS: threads } : process.env;
    const p = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', db], { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    p.stdout.on('data', (d) => {
      out += d;
      const m = /LISTENING (\S+)/.exec(out);
      if (m) res({ url: m[1]!.replace(/\/$/, ''), stop: () => new Promise((done) => (p.once('exit', () => done()), p.kill('SIGTERM'))) });
    });
    p.once('exit', (code) => rej(new Error(`the server process exited (${code}) before listening`)));
  });
}

async function main(): Promise<void> {
  if (has('serve')) return child(arg('serve', ''));
  const target = Number(arg('articles', '100000'));
  const budget = Number(arg('budget-s', '420'));
  const rate = Number(arg('rate', '200'));
  const duration = Number(arg('duration', '20'));
  const dir = mkdtempSync(join(tmpdir(), 'newsloom-api-bench-'));
  const db = arg('db', join(dir, 'api.db'));
  if (has('keep')) console.log(`keeping ${db} afterwards (--keep)`);
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, node ${process.version}`);
  console.log(`building a store of up to ${target} articles (budget ${budget} s) in ${db}${existsSync(db) ? ' (reusing what is there)' : ''}`);
  const built = await build(db, target, budget);
  console.log(
    `store: ${built.articles} articles, built in ${built.secs.toFixed(0)} s${built.articles < target ? ` (the ${budget} s budget ran out before ${target})` : ''}`,
  );

  try {
    console.log('\nthe server keeps each serialised answer until the data changes (no time-based cache)');
    console.log(`search threads: ${arg('search-threads', '') || process.env.NEWSLOOM_SEARCH_THREADS || 'the default (2, or 1 on one core)'}`);
    await measure(db, rate, duration);
  } finally {
    if (!has('keep')) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `n` searches as a query log has them: a few queries asked often, most asked once or twice. Queries are one word, two
 * words or a quoted word from 40 words the other search cases do not use (1,640 possible), drawn by rank with
 * probability proportional to 1/rank (Zipf, s = 1) in a fixed pseudo-random order; a fixed seed keeps runs comparable.
 */
function zipfQueries(n: number): string[] {
  const words = [
    'budget',
    'energy',
    'military',
    'education',
    'voters',
    'supreme',
    'investigation',
    'protest',
    'oil',
    'workers',
    'union',
    'bank',
    'wages',
    'drug',
    'prison',
    'museum',
    'hospital',
    'storm',
    'flood',
    'airline',
    'strike',
    'farmers',
    'pipeline',
    'students',
    'veterans',
    'governor',
    'mayor',
    'treaty',
    'sanctions',
    'missile',
    'ceasefire',
    'embassy',
    'hackers',
    'privacy',
    'vaccine',
    'insurance',
    'housing',
    'rent',
    'tariffs',
    'bailout',
  ];
  let seed = 20261122;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const universe = [...words, ...words.map((w) => `"${w}"`), ...words.flatMap((a) => words.filter((b) => b !== a).map((b) => `${a} ${b}`))];
  for (let i = universe.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [universe[i], universe[j]] = [universe[j]!, universe[i]!];
  }
  const cdf: number[] = [];
  universe.reduce((sum, _, rank) => (cdf.push(sum + 1 / (rank + 1)), sum + 1 / (rank + 1)), 0);
  const total = cdf[cdf.length - 1]!;
  return Array.from({ length: n }, () => {
    const x = rand() * total;
    let lo = 0;
    for (let hi = cdf.length - 1; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return universe[lo]!;
  });
}

interface Measured {
  /** Each response's latency in ms, sorted. */
  times: number[];
  served: number;
  mbps: number;
  ok: number;
  failed: number;
  note: string;
}

/**
 * Requests sent at a constant rate whatever the server does (an open loop, as wrk2 does), each latency counted from the
 * moment the request was due (or sent, if earlier), so a server that falls behind is charged for the wait of every
 * request behind it.
 */
async function openLoop(base: string, next: () => string, rate: number, duration: number): Promise<Measured> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const times: number[] = [];
  let bytes = 0;
  let ok = 0;
  let failed = 0;
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < rate * duration; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // timers may fire a little early (the event loop's clock is cached): then the latency counts from the actual send
    const from = Math.min(due, performance.now());
    pending.push(
      new Promise<void>((done) => {
        const req = http.get(base + next(), { agent }, (res) => {
          res.on('data', (d: Buffer) => (bytes += d.length));
          res.on('end', () => {
            times.push(performance.now() - from);
            if ((res.statusCode ?? 0) < 300) ok++;
            else failed++;
            done();
          });
        });
        req.setTimeout(10_000, () => req.destroy(new Error('no answer in 10 s')));
        req.on('error', () => (failed++, done()));
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  const secs = (performance.now() - t0) / 1000;
  return { times: times.sort((a, b) => a - b), served: times.length / secs, mbps: bytes / secs / 1e6, ok, failed, note: '' };
}

/**
 * One autocannon run (`--generator autocannon`), with every response's own latency kept. autocannon's rate limit lets
 * each connection send its share of a second's requests back to back and then wait for the next second, and its
 * coordinated-omission correction records a response of t ms as t samples (its expected interval is 1 ms at any rate
 * below 1,000 per connection), so a few slow responses fill its upper percentiles: the measured percentiles are printed,
 * its corrected p99 beside them.
 */
function withAutocannon(base: string, path: string, next: (() => string) | null, rate: number, duration: number): Promise<Measured> {
  const times: number[] = [];
  const opts: autocannon.Options = {
    url: base + path,
    connections: 16,
    duration,
    overallRate: rate,
    ...(next ? { requests: [{ setupRequest: (req: { path?: string }) => ({ ...req, path: next() }) }] } : {}),
  };
  return new Promise((res, rej) => {
    const run = autocannon(opts, (err, r) =>
      err
        ? rej(err)
        : res({
            times: times.sort((a, b) => a - b),
            served: r.requests.average,
            mbps: r.throughput.average / 1e6,
            ok: r['2xx'],
            failed: r.non2xx + r.errors + r.timeouts,
            note: ` (autocannon's corrected p99 ${r.latency.p99} ms)`,
          }),
    );
    run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  });
}

/** Wait until the server answers a cheap request fast again (the previous run's backlog is drained). */
async function drained(url: string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const t = Date.now();
    await fetch(`${url}/api/health`).then((r) => r.arrayBuffer());
    if (Date.now() - t < 50) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function measure(db: string, rate: number, duration: number): Promise<void> {
  const server = await startChild(db);
  try {
    const probe = 'president';
    const lists = ['/api/storylines', '/api/events', '/api/articles', '/api/entities', '/api/speakers', '/api/outlets', '/api/ledger'];
    // The desk (issue 18): filtered and sorted lists, forgiving look-up, timelines, an entity, an export.
    const desk = [
      '/api/articles?from=2016-06-01&to=2016-06-30&sort=newest',
      '/api/events?q=trump&sort=size',
      '/api/storylines?sort=newest&from=2016-09-01',
      '/api/ledger?speaker=Trump&limit=20',
      '/api/entities?q=clinton',
      '/api/timeline?q=trump&bucket=week',
      '/api/timeline?entity=Donald%20Trump',
      '/api/entity/Donald%20Trump',
      '/api/export?view=articles&format=csv&from=2016-06-01&to=2016-06-02',
    ];
    const paths = ['/api/health', ...lists, `/api/search?q=${probe}`, ...desk];
    for (const p of paths) {
      const t = Date.now();
      const r = await fetch(server.url + p);
      await r.arrayBuffer();
      console.log(`warm-up GET ${p}: ${r.status} in ${Date.now() - t} ms`);
    }
    // Search is also measured with many different queries, so that it is not only the read cache answering.
    const words = [
      'election',
      'trump',
      'clinton',
      'putin',
      'russia',
      'senate',
      'court',
      'police',
      'tax',
      'health',
      'border',
      'iran',
      'syria',
      'debate',
      'poll',
      'emails',
      'campaign',
      'vote',
      'congress',
      'economy',
      'jobs',
      'climate',
      'china',
      'mexico',
      'wall',
      'refugees',
      'obama',
      'sanders',
      'ryan',
      'fbi',
      'comey',
      'pence',
      'kaine',
      'nato',
      'terror',
      'isis',
      'guns',
      'abortion',
      'immigration',
      'trade',
    ];
    const queries = words.flatMap((a, i) => [a, `${a} ${words[(i * 7 + 3) % words.length]}`, `"${a}"`]);
    const only = arg('only', '');
    const mix = zipfQueries(rate * duration + 100);
    const cases: { label: string; path: string; many?: string[] }[] = [
      ...paths.slice(1).map((p) => ({ label: p, path: p })),
      { label: `/api/search?q=<${new Set(mix).size} queries, Zipf-distributed, none asked before>`, path: '/api/search', many: mix },
      { label: `/api/search?q=<${queries.length} different queries>`, path: '/api/search', many: queries },
      { label: `/api/search?q=<the same ${queries.length} different queries, asked before>`, path: '/api/search', many: queries },
    ].filter((c) => !only || c.label.includes(only));
    const generator = arg('generator', 'open');
    console.log(
      generator === 'autocannon'
        ? 'load: autocannon, 16 connections, its per-second rate limit'
        : "load: open loop, one request every 1/rate s on up to 64 keep-alive connections, latency from each request's scheduled time",
    );
    for (const c of cases) {
      await drained(server.url);
      let n = 0;
      const next = c.many ? () => `/api/search?q=${encodeURIComponent(c.many![n++ % c.many!.length]!)}` : () => c.path;
      const m =
        generator === 'autocannon'
          ? await withAutocannon(server.url, c.path, c.many ? next : null, rate, duration)
          : await openLoop(server.url, next, rate, duration);
      const at = (q: number) => m.times[Math.min(m.times.length - 1, Math.floor(q * m.times.length))]!.toFixed(1);
      console.log(
        `GET ${c.label}: offered ${rate} req/s for ${duration} s -> ${m.served.toFixed(0)} req/s served, ` +
          `latency p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${m.times[m.times.length - 1]!.toFixed(0)} ms, ${m.times.filter((t) => t > 50).length} responses over 50 ms, ` +
          `${m.mbps.toFixed(2)} MB/s, ${m.ok} 2xx, ${m.failed} failed${m.note}`,
      );
    }
  } finally {
    await server.stop();
  }
}

await main();
