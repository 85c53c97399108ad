// Benchmark of WARC.gz input: builds a WARC.gz in /tmp from the WCXB dev pages, then reads it (and reads + extracts it) in a fresh process each.
//
//   npm run bench:warc [-- --repeat N] [--limit N] [--keep]
//
// Each page becomes a request, a response (HTTP 200, text/html) and a metadata record, each its own gzip member, as crawlers
// write them; --repeat writes the pages N times (a larger file: memory must stay flat). Prints read ms CPU/page, read+extract
// ms CPU/page, pages/s (wall-clock) and the peak RSS of the measuring process.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { argLimit, loadWcxb, WCXB_PATH } from '../lib/extract-data.js';
import { extract, isRejection } from '../src/extract/index.js';
import { readSources } from '../src/ingest/sources.js';

const argv = process.argv.slice(2);
const mi = argv.indexOf('--measure');
if (mi >= 0) await measure(argv[mi + 1]!, argv[mi + 2] === 'extract');
else await main();

async function main(): Promise<void> {
  const rows = loadWcxb(argLimit(argv));
  if (!rows) {
    console.log(`warc bench skipped: ${WCXB_PATH} is absent (public WCXB dev data, see ../shared/data/README.md).`);
    process.exit(0);
  }
  const ri = argv.indexOf('--repeat');
  const repeat = ri >= 0 ? Math.max(1, Number(argv[ri + 1]) || 1) : 1;
  const file = join(tmpdir(), `newsloom-bench-${process.pid}.warc.gz`);
  const fd = openSync(file, 'w');
  let pages = 0;
  let html = 0;
  try {
    for (let r = 0; r < repeat; r++) {
      for (const [i, row] of rows.entries()) {
        // A distinct URL per repeat, so every copy is its own capture.
        const url = repeat > 1 ? `${row.url}${row.url.includes('?') ? '&' : '?'}capture=${r}` : row.url;
        const date = new Date(Date.UTC(2024, 0, 1) + (r * rows.length + i) * 60_000).toISOString().replace(/\.000Z$/, 'Z');
        const body = Buffer.from(row.html, 'utf8');
        writeSync(fd, gzipSync(record('request', url, date, Buffer.from(`GET ${url} HTTP/1.1\r\nUser-Agent: newsloom-bench\r\n\r\n`))));
        const head = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1');
        writeSync(fd, gzipSync(record('response', url, date, Buffer.concat([head, body]))));
        writeSync(fd, gzipSync(record('metadata', url, date, Buffer.from('fetchTimeMs: 250\r\n'))));
        pages++;
        html += body.length;
      }
    }
  } finally {
    closeSync(fd);
  }
  const size = statSync(file).size;
  console.log(
    `WCXB dev as WARC.gz: ${pages} pages (${rows.length} x ${repeat}), ${(html / 1048576).toFixed(0)} MB of HTML, ${pages * 3} records, ${(size / 1048576).toFixed(0)} MB file at ${file}`,
  );
  try {
    for (const mode of ['read', 'extract'] as const) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', file, mode], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`the ${mode} run failed: ${child.stderr}`);
      const m = JSON.parse(child.stdout.trim().split('\n').pop()!) as Measured;
      const label = mode === 'read' ? 'read          ' : 'read + extract';
      console.log(
        `${label}: ${m.cpuMsPerPage.toFixed(2)} ms CPU/page, ${m.pagesPerSecond.toFixed(0)} pages/s wall-clock, peak RSS ${m.peakRssMb.toFixed(0)} MB` +
          ` (${m.pages} pages, ${m.rejected} rejected, skipped ${JSON.stringify(m.skipped)})`,
      );
    }
  } finally {
    if (!argv.includes('--keep')) rmSync(file, { force: true });
  }
}

interface Measured {
  pages: number;
  rejected: number;
  skipped: Record<string, number>;
  cpuMsPerPage: number;
  pagesPerSecond: number;
  peakRssMb: number;
}

/** In a fresh process: read the file (and extract each page), print the figures as one JSON line. */
async function measure(file: string, withExtract: boolean): Promise<void> {
  const skipped: Record<string, number> = {};
  let pages = 0;
  let rejected = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for await (const item of readSources([file], { onSkip: (kind) => (skipped[kind] = (skipped[kind] ?? 0) + 1) })) {
    if (!item.raw) {
      rejected++;
      continue;
    }
    pages++;
    if (withExtract && isRejection(extract(item.raw))) rejected++;
  }
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const m: Measured = {
    pages,
    rejected,
    skipped,
    cpuMsPerPage: (cpu.user + cpu.system) / 1000 / Math.max(1, pages),
    pagesPerSecond: pages / wall,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  console.log(JSON.stringify(m));
}

function record(type: string, url: string, date: string, content: Buffer): Buffer {
  const head = `WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${url}\r\nWARC-Date: ${date}\r\nContent-Length: ${content.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from('\r\n\r\n')]);
}
