// WARC and WARC.gz input: one article per HTML response with URL and fetch-date provenance, other records skipped and counted by
// kind, broken records rejected with the file and byte offset, and the records after a broken one still read.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Engine } from '../src/engine/index.js';
import { extract, isRejection } from '../src/extract/index.js';
import { readSources } from '../src/ingest/sources.js';
import { readWarcFile, type WarcSkipKind } from '../src/ingest/warc.js';
import type { Article, Origin, RawDoc, Rejection } from '../src/model.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { cli, tempDir } from './helpers/tmp.js';
import { type BuiltWarc, buildWarc, buildWarcGz, httpResponse, PAGES, warcRecord } from './helpers/warc-fixtures.js';

interface Read {
  raws: RawDoc[];
  rejections: Rejection[];
  skips: { kind: WarcSkipKind; origin: Origin }[];
}

async function read(path: string, opts: Parameters<typeof readSources>[1] = {}): Promise<Read> {
  const out: Read = { raws: [], rejections: [], skips: [] };
  for await (const item of readSources([path], { ...opts, onSkip: (kind, origin) => out.skips.push({ kind, origin }) })) {
    if (item.raw) out.raws.push(item.raw);
    else out.rejections.push(item.rejection);
  }
  return out;
}

function write(t: Parameters<typeof tempDir>[0], name: string, built: BuiltWarc | Buffer): string {
  const path = join(tempDir(t), name);
  writeFileSync(path, Buffer.isBuffer(built) ? built : built.bytes);
  return path;
}

function counts(skips: Read['skips']): Record<string, number> {
  const c: Record<string, number> = {};
  for (const s of skips) c[s.kind] = (c[s.kind] ?? 0) + 1;
  return c;
}

const SKIPPED = { warcinfo: 1, request: 1, metadata: 1, redirect: 1, 'non-html': 1, revisit: 1, 'http-error': 1 };

for (const [label, name, build] of [
  ['WARC', 'crawl.warc', buildWarc],
  ['WARC.gz', 'crawl.warc.gz', buildWarcGz],
] as const) {
  test(`a ${label} gives one article per HTML response, with its URL and its fetch date, through read and extract`, async (t) => {
    const built = build();
    const path = write(t, name, built);
    const { raws } = await read(path);
    const pages = built.marks.filter((m) => 'page' in m.expect);
    assert.deepEqual(
      raws.map((r) => r.origin),
      pages.map((m) => {
        const page = PAGES[(m.expect as { page: keyof typeof PAGES }).page];
        return { kind: 'warc', path, offset: m.offset, url: page.url };
      }),
    );
    const articles = raws.map((r) => extract(r));
    for (const [i, m] of pages.entries()) {
      const page = PAGES[(m.expect as { page: keyof typeof PAGES }).page];
      const raw = raws[i]!;
      assert.equal(raw.format, 'html');
      assert.equal(raw.fetchedAt, new Date(page.fetched).toISOString(), 'the fetch date is the WARC-Date');
      const a = articles[i]!;
      assert.ok(!isRejection(a), `${m.name} extracts`);
      assert.equal(a.url, page.url);
      assert.equal(a.provenance.url.value, page.url);
    }
    const [harbour, orchard, library] = articles as Article[];
    assert.equal(harbour!.title, 'Ferry terminal to close after a century');
    // A fetch date is not a publication date: a page that states none has none, with the reason in its provenance.
    assert.equal(harbour!.published, null);
    assert.equal(harbour!.provenance.published.source, 'none');
    // Dates from the URL as for any page (and not the later fetch date).
    assert.equal(orchard!.published?.slice(0, 10), '2024-03-01');
    // Latin-1 bytes declared only by the HTTP header, sent chunked; a gzip-encoded body.
    assert.match(orchard!.text, /cooperative café in the main square/);
    assert.match(library!.text, /children’s floor/);
  });

  test(`a ${label}: requests, metadata, warcinfo, revisits, redirects, errors and non-HTML responses are skipped and counted by kind`, async (t) => {
    const built = build();
    const path = write(t, name, built);
    const { skips } = await read(path);
    assert.deepEqual(counts(skips), SKIPPED);
    for (const s of skips) {
      const mark = built.marks.find((m) => m.offset === s.origin.offset);
      assert.deepEqual(mark?.expect, { skip: s.kind }, `the ${s.kind} skip names the offset of its record`);
      assert.equal(s.origin.path, path);
    }
  });

  test(`a ${label}: each broken record is one rejection naming the file and its byte offset, and reading goes on after it`, async (t) => {
    const built = build();
    const path = write(t, name, built);
    const { raws, rejections } = await read(path);
    const broken = built.marks.filter((m) => 'reject' in m.expect);
    assert.equal(rejections.length, broken.length, rejections.map((r) => r.reason).join('\n'));
    for (const [i, m] of broken.entries()) {
      const r = rejections[i]!;
      assert.equal(r.stage, 'ingest');
      assert.equal(r.origin.offset, m.offset, `${m.name}: ${r.reason}`);
      assert.ok(r.reason.startsWith(`${path} at byte ${m.offset}: `), r.reason);
      assert.ok(r.reason.includes((m.expect as { reject: string }).reject), `${m.name}: ${r.reason}`);
    }
    // Pages after each broken record were still read.
    const lastBroken = Math.max(...broken.filter((m) => m.name !== 'truncated').map((m) => m.offset));
    assert.ok(raws.some((r) => r.origin.offset! > lastBroken));
    assert.equal(raws.length, 3);
  });
}

test('a WARC.gz ingests through the engine into one article per HTML response; the store keeps the fetch date', async (t) => {
  const path = write(t, 'crawl.warc.gz', buildWarcGz());
  const store = SqliteStore.open(join(tempDir(t), 'warc.db'));
  t.after(() => store.close());
  const engine = new Engine(store);
  const skipped: string[] = [];
  const report = await engine.ingest([path], { onSkip: (kind) => skipped.push(kind) });
  assert.equal(report.added.length, 3);
  assert.equal(report.rejected.length, 4, 'bad length, non-numeric length, corrupt member, cut-off member');
  assert.equal(skipped.length, 7);
  const byUrl = new Map<string, { article: Article; raw: RawDoc }>();
  for await (const a of store.allArticles()) byUrl.set(a.url!, { article: a, raw: (await store.getRaw(a.rawId))! });
  for (const page of Object.values(PAGES)) {
    const got = byUrl.get(page.url);
    assert.ok(got, `${page.url} is stored`);
    assert.equal(got.raw.fetchedAt, new Date(page.fetched).toISOString());
    assert.equal(got.raw.origin.kind, 'warc');
  }
  const again = await engine.ingest([path]);
  assert.equal(again.added.length, 0, 'the same archive twice adds nothing');
  assert.equal(again.unchanged, 3);
});

test('a response with no Content-Type is read when its bytes are HTML and skipped as non-HTML when they are not', async (t) => {
  const date = { 'WARC-Date': '2024-01-01T00:00:00Z' };
  const html = httpResponse('200 OK', {}, '<!doctype html><html><body><p>Sniffed page with enough words to be a page.</p></body></html>');
  const json = httpResponse('200 OK', {}, '{"not": "html"}');
  const bytes = Buffer.concat([
    gzipSync(warcRecord('response', { 'WARC-Target-URI': 'https://a.example/x', ...date }, html)),
    gzipSync(warcRecord('response', { 'WARC-Target-URI': 'https://a.example/y', ...date }, json)),
  ]);
  const { raws, skips } = await read(write(t, 'sniff.warc.gz', bytes));
  assert.deepEqual(
    raws.map((r) => r.hints.url),
    ['https://a.example/x'],
  );
  assert.deepEqual(
    skips.map((s) => s.kind),
    ['non-html'],
  );
});

test('a page over the document limit is a rejection naming the limit; the next record is still read', async (t) => {
  const big = httpResponse('200 OK', { 'Content-Type': 'text/html' }, `<html><body><p>${'word '.repeat(2000)}</p></body></html>`);
  const small = httpResponse('200 OK', { 'Content-Type': 'text/html' }, '<html><body><p>Small page.</p></body></html>');
  const date = { 'WARC-Date': '2024-01-01T00:00:00Z' };
  const bytes = Buffer.concat([
    warcRecord('response', { 'WARC-Target-URI': 'https://a.example/big', ...date }, big),
    warcRecord('response', { 'WARC-Target-URI': 'https://a.example/small', ...date }, small),
  ]);
  const { raws, rejections } = await read(write(t, 'limits.warc', bytes), { maxBytes: 5000 });
  assert.equal(rejections.length, 1);
  assert.match(rejections[0]!.reason, / at byte 0: the page is .* over the .* limit for one document \(raise it with --max-bytes\)/);
  assert.deepEqual(
    raws.map((r) => r.hints.url),
    ['https://a.example/small'],
  );
});

test('a file named .warc that is not a WARC is one rejection saying so, not a crash', async (t) => {
  const { raws, rejections } = await read(write(t, 'notes.warc', Buffer.from('just some notes\nnothing else\n')));
  assert.equal(raws.length, 0);
  assert.equal(rejections.length, 1);
  assert.match(rejections[0]!.reason, /notes\.warc at byte 0: no WARC record starts here/);
  const short = await read(write(t, 'short.warc', Buffer.from('hello')));
  assert.match(short.rejections.map((r) => r.reason).join(), /short\.warc at byte 0: no WARC record starts here/);
  const empty = await read(write(t, 'empty.warc.gz', Buffer.alloc(0)));
  assert.match(empty.rejections.map((r) => r.reason).join(), /empty\.warc\.gz: is empty \(0 bytes\)/);
  assert.equal(short.raws.length + empty.raws.length, 0);
});

test('the records read are the same whatever the size of the read window (records and members across window ends)', async (t) => {
  for (const [name, build] of [
    ['w.warc', buildWarc],
    ['w.warc.gz', buildWarcGz],
  ] as const) {
    const path = write(t, name, build());
    const run = async (limits: { readChunkBytes: number; maxHeaderBytes: number } | undefined) => {
      const out: string[] = [];
      const opts = { maxBytes: 1 << 20, now: () => 'now', limits, onSkip: (kind: string, o: Origin) => out.push(`skip ${kind} ${o.offset}`) };
      for await (const item of readWarcFile(path, opts))
        out.push(item.raw ? `page ${item.raw.id} ${item.raw.origin.offset}` : `reject ${item.rejection.reason}`);
      return out;
    };
    const normal = await run(undefined);
    assert.equal(normal.filter((x) => x.startsWith('page')).length, 3);
    assert.deepEqual(await run({ readChunkBytes: 37, maxHeaderBytes: 600 }), normal, name);
  }
});

test('a WARC.gz record over the record limit is skipped when it is no page and rejected naming the limit when it is one', async (t) => {
  const date = { 'WARC-Date': '2024-01-01T00:00:00Z' };
  const page = (url: string, words: number) =>
    gzipSync(
      warcRecord(
        'response',
        { 'WARC-Target-URI': url, ...date },
        httpResponse('200 OK', { 'Content-Type': 'text/html' }, `<html><body><p>${'a page of words '.repeat(words)}</p></body></html>`),
      ),
    );
  const video = gzipSync(
    warcRecord(
      'response',
      { 'WARC-Target-URI': 'https://a.example/v.mp4', ...date },
      httpResponse('200 OK', { 'Content-Type': 'video/mp4' }, randomBytes(8000)),
    ),
  );
  const members = [video, page('https://a.example/1', 10), page('https://a.example/big', 400), page('https://a.example/2', 10)];
  const path = write(t, 'large.warc.gz', Buffer.concat(members));
  const offsets = members.map((_, i) => members.slice(0, i).reduce((n, m) => n + m.length, 0));
  const out: string[] = [];
  const opts = {
    maxBytes: 1 << 20,
    now: () => 'now',
    limits: { maxRecordBytes: 1000, maxHeaderBytes: 600, readChunkBytes: 512 },
    onSkip: (kind: string, o: Origin) => out.push(`skip ${kind} ${o.offset}`),
  };
  for await (const item of readWarcFile(path, opts)) out.push(item.raw ? `page ${item.raw.hints.url}` : `reject ${item.rejection.origin.offset}`);
  assert.deepEqual(out, [`skip non-html ${offsets[0]}`, 'page https://a.example/1', `reject ${offsets[2]}`, 'page https://a.example/2']);
});

test('the CLI ingests a WARC.gz, says which records it skipped by kind and names the broken ones', async (t) => {
  const dir = tempDir(t);
  const built = buildWarcGz();
  const path = join(dir, 'crawl.warc.gz');
  writeFileSync(path, built.bytes);
  const pages = built.marks.filter((m) => 'page' in m.expect).length;
  const run = await cli(['--db', join(dir, 'w.db'), 'ingest', path]);
  assert.match(run.stdout, new RegExp(`added ${pages}\\b`));
  assert.match(run.stdout, /skipped archive records \(not pages\): .*warcinfo 1/);
  assert.match(run.stderr, /crawl\.warc\.gz at byte \d+/);
});
