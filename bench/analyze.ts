// Throughput of the whole analyze() stage (entities, quotes, speakers) on real article texts, per core.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { analyze } from '../src/analyze/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const POLNEAR = join(here, '..', '..', 'shared', 'data', 'polnear-dev.jsonl.gz');
const SEEDS = join(here, '..', '..', 'shared', 'seeds');

function corpus(): { name: string; texts: string[] } {
  if (existsSync(POLNEAR)) {
    const seen = new Set<string>();
    const texts: string[] = [];
    for (const line of gunzipSync(readFileSync(POLNEAR)).toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { article: string; text: string };
      if (seen.has(r.article)) continue;
      seen.add(r.article);
      texts.push(r.text);
    }
    return { name: 'PolNeAR articles', texts };
  }
  if (existsSync(SEEDS)) {
    return {
      name: 'seed articles',
      texts: readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(SEEDS, f), 'utf8')),
    };
  }
  return { name: 'none', texts: [] };
}

async function main(): Promise<void> {
  const { name, texts } = corpus();
  if (texts.length === 0) {
    console.log('bench/analyze: no texts found (../shared/data/polnear-dev.jsonl.gz or ../shared/seeds); skipping.');
    return;
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
  // warm-up
  for (const t of texts.slice(0, 50)) analyze(t);
  const rounds = Number(process.env.ROUNDS ?? 3);
  let quotes = 0;
  const times: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    quotes = 0;
    for (const t of texts) quotes += analyze(t).quotes.length;
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)]!;
  const cpuMs = cpus[Math.floor(cpus.length / 2)]!;
  console.log(`bench/analyze: ${texts.length} ${name}, ${(chars / texts.length).toFixed(0)} chars mean, ${quotes} quotes found`);
  console.log(
    `  median of ${rounds} rounds: ${ms.toFixed(0)} ms wall -> ${(texts.length / (ms / 1000)).toFixed(0)} articles/s on one core (${(words / (ms / 1000) / 1000).toFixed(1)}k words/s), ${(ms / texts.length).toFixed(2)} ms/article`,
  );
  console.log(
    `  CPU time (user+system of this process): ${cpuMs.toFixed(0)} ms -> ${(texts.length / (cpuMs / 1000)).toFixed(0)} articles per CPU-second (${(words / (cpuMs / 1000) / 1000).toFixed(1)}k words/s)`,
  );
  console.log(
    `  machine load average at end (2 cores shared): ${(await import('node:os'))
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
}

await main();
