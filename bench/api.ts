// Benchmark: HTTP API latency and throughput on a large store (synthesised from PolNeAR texts), autocannon at a fixed request rate.
//   node --import tsx bench/api.ts [--articles 100000] [--budget-s 420] [--rate 200] [--duration 20] [--db PATH] [--keep] [--only SUBSTRING] [--search-threads N]
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/engine.js';
import { serve } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite.js';
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
  console.log(`store: ${built.articles} articles, built in ${built.secs.toFixed(0)} s${built.articles < target ? ` (the ${budget} s budget ran out before ${target})` : ''}`);

  try {
    console.log('\nthe server keeps each serialised answer until the data changes (no time-based cache)');
    console.log(`search threads: ${arg('search-threads', '') || process.env.NEWSLOOM_SEARCH_THREADS || 'the default (2, or 1 on one core)'}`);
    await measure(db, rate, duration);
  } finally {
    if (!has('keep')) rmSync(dir, { recursive: true, force: true });
  }
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
    const paths = ['/api/health', ...lists, `/api/search?q=${probe}`];
    for (const p of paths) {
      const t = Date.now();
      const r = await fetch(server.url + p);
      await r.arrayBuffer();
      console.log(`warm-up GET ${p}: ${r.status} in ${Date.now() - t} ms`);
    }
    // Search is also measured with many different queries, so that it is not only the read cache answering.
    const words = ['election', 'trump', 'clinton', 'putin', 'russia', 'senate', 'court', 'police', 'tax', 'health', 'border', 'iran', 'syria', 'debate', 'poll', 'emails', 'campaign', 'vote', 'congress', 'economy', 'jobs', 'climate', 'china', 'mexico', 'wall', 'refugees', 'obama', 'sanders', 'ryan', 'fbi', 'comey', 'pence', 'kaine', 'nato', 'terror', 'isis', 'guns', 'abortion', 'immigration', 'trade'];
    const queries = words.flatMap((a, i) => [a, `${a} ${words[(i * 7 + 3) % words.length]}`, `"${a}"`]);
    const only = arg('only', '');
    const cases: { label: string; path: string; many?: string[] }[] = [...paths.slice(1).map((p) => ({ label: p, path: p })), { label: `/api/search?q=<${queries.length} different queries>`, path: '/api/search', many: queries }, { label: `/api/search?q=<the same ${queries.length} different queries, asked before>`, path: '/api/search', many: queries }].filter((c) => !only || c.label.includes(only));
    for (const c of cases) {
      await drained(server.url);
      let n = 0;
      const r = await autocannon({
        url: server.url + c.path,
        connections: 16,
        duration,
        overallRate: rate,
        ...(c.many ? { requests: [{ setupRequest: (req: { path?: string }) => ({ ...req, path: `/api/search?q=${encodeURIComponent(c.many![n++ % c.many!.length]!)}` }) }] } : {}),
      });
      const p = c.label;
      console.log(
        `GET ${p}: offered ${rate} req/s for ${duration} s -> ${r.requests.average.toFixed(0)} req/s served, ` +
          `latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, ` +
          `${(r.throughput.average / 1e6).toFixed(2)} MB/s, ${r['2xx']} 2xx, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`,
      );
    }
  } finally {
    await server.stop();
  }
}

await main();
