// Hostile inputs to the readers: a huge stdin stops at the cap, UTF-16/32 text is decoded, big numeric ids stay exact, bad authors are refused.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readSources, type ReadItem } from '../src/ingest/sources.js';
import { topLevelNumberLiteral } from '../src/ingest/json-id.js';
import { tempDir } from './helpers/tmp.js';

async function collect(inputs: string[], opts = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const it of readSources(inputs, opts)) out.push(it);
  return out;
}

/** A stream of `total` bytes of `unit`, made on demand; `pulled()` says how many bytes were read from it. */
function lazyStream(unit: string, total: number, chunk = 1 << 20): { stream: Readable; pulled: () => number } {
  let sent = 0;
  const block = Buffer.from(unit.repeat(Math.ceil(chunk / unit.length)).slice(0, chunk));
  const stream = new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const n = Math.min(chunk, total - sent);
      sent += n;
      this.push(n === chunk ? block : block.subarray(0, n));
    },
  });
  return { stream, pulled: () => sent };
}

const ARTICLE = 'Budget vote\n\nThe council approved the new budget on Tuesday after a long debate.';
const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
};
const utf32le = (s: string): Buffer => {
  const cps = [0xfeff, ...[...s].map((c) => c.codePointAt(0)!)];
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => b.writeUInt32LE(cp, i * 4));
  return b;
};

test('a 200 MB document on stdin is refused at the per-document cap without reading the rest', async () => {
  const { stream, pulled } = lazyStream('All work and no play. ', 200 * 1024 * 1024);
  const before = process.memoryUsage().rss;
  const items = await collect(['-'], { stdin: stream, maxBytes: 20 * 1024 * 1024 });
  const grown = process.memoryUsage().rss - before;
  assert.equal(items.length, 1);
  assert.match(items[0]!.rejection!.reason, /^stdin: is over the 20\.0 MB limit for one document/);
  assert.ok(pulled() <= 22 * 1024 * 1024, `read ${pulled()} bytes`);
  console.log(`stdin 200 MB: read ${(pulled() / 2 ** 20).toFixed(0)} MB, rss grew ${(grown / 2 ** 20).toFixed(0)} MB`);
});

test('JSONL on stdin streams line by line; an endless line is refused without being held whole', async () => {
  const rows = `${JSON.stringify({ id: 'a', text: ARTICLE })}\n{"id": "b", "text": "${'x'.repeat(3 * 1024 * 1024)}"}\n${JSON.stringify({ id: 'c', text: ARTICLE })}\n`;
  const bytes = Buffer.from(rows);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 64 * 1024) chunks.push(bytes.subarray(i, i + 64 * 1024));
  const items = await collect(['-'], { stdin: Readable.from(chunks), maxBytes: 1024 * 1024 });
  assert.deepEqual(
    items.map((i) => i.raw?.hints.sourceId ?? 'rejected'),
    ['a', 'rejected', 'c'],
  );
  assert.match(items[1]!.rejection!.reason, /^stdin:2: line is over .* limit for one document/);
});

test('UTF-16 and UTF-32 text with a byte-order mark is decoded, not refused as binary', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'le.txt'), utf16le(ARTICLE));
  writeFileSync(join(dir, 'be.txt'), utf16be(ARTICLE));
  writeFileSync(join(dir, 'page.html'), utf16le(`<html><head><meta charset="windows-1252"><title>T</title></head><body><p>${ARTICLE}</p></body></html>`));
  writeFileSync(join(dir, 'rows.jsonl'), utf32le(`${JSON.stringify({ id: 'u32', text: ARTICLE })}\n`));
  const items = await collect([join(dir, 'le.txt'), join(dir, 'be.txt'), join(dir, 'page.html'), join(dir, 'rows.jsonl')]);
  assert.deepEqual(
    items.map((i) => i.rejection?.reason ?? null),
    [null, null, null, null],
  );
  assert.equal(items[0]!.raw!.body, ARTICLE);
  assert.equal(items[1]!.raw!.body, ARTICLE);
  assert.match(items[2]!.raw!.body, /council approved/);
  assert.equal(items[3]!.raw!.body, ARTICLE);
  assert.equal(items[3]!.raw!.hints.sourceId, 'u32');
  const stdin = await collect(['-'], { stdin: Readable.from([utf16le(`${JSON.stringify({ id: 's16', text: ARTICLE })}\n`)]) });
  assert.equal(stdin[0]!.raw?.hints.sourceId, 's16');
});

test('a broken UTF-16 file (odd length) is refused with a reason', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'odd.txt'), Buffer.concat([utf16le(ARTICLE), Buffer.from([0x41])]));
  const [item] = await collect([join(dir, 'odd.txt')]);
  assert.match(item!.rejection!.reason, /UTF-16LE byte-order mark but is not valid UTF-16LE/);
});

test('numeric JSONL ids are kept exactly as written', async (t) => {
  const dir = tempDir(t);
  const lines = [
    `{"id": 12345678901234567890, "text": ${JSON.stringify(ARTICLE)}}`,
    `{"text": ${JSON.stringify(ARTICLE)}, "meta": {"id": 1}, "id": -0.5e3}`,
    `{"id": 42, "text": ${JSON.stringify(ARTICLE)}}`,
  ];
  writeFileSync(join(dir, 'ids.jsonl'), `${lines.join('\n')}\n`);
  const items = await collect([join(dir, 'ids.jsonl')]);
  assert.deepEqual(
    items.map((i) => i.raw?.hints.sourceId),
    ['12345678901234567890', '-0.5e3', '42'],
  );
});

test('a numeric id that lost its digits before reaching us (a .json array) is refused, not rounded', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'rows.json'), `[{"id": 12345678901234567890, "text": ${JSON.stringify(ARTICLE)}}, {"id": 7, "text": ${JSON.stringify(ARTICLE)}}]`);
  const items = await collect([join(dir, 'rows.json')]);
  assert.match(items[0]!.rejection!.reason, /field "id" is the number .* not an exact integer .* give the id as a string/);
  assert.equal(items[1]!.raw!.hints.sourceId, '7');
});

test('authors that are not strings are refused naming the bad items, never silently emptied', async (t) => {
  const dir = tempDir(t);
  writeFileSync(
    join(dir, 'a.jsonl'),
    [
      JSON.stringify({ id: 'x', text: ARTICLE, authors: [1, {}, null] }),
      JSON.stringify({ id: 'y', text: ARTICLE, authors: { name: 'A' } }),
      JSON.stringify({ id: 'z', text: ARTICLE, authors: ['Ann Lee', 'Bo Chen'] }),
    ].join('\n'),
  );
  const items = await collect([join(dir, 'a.jsonl')]);
  assert.match(items[0]!.rejection!.reason, /field "authors" must be a list of strings: item 1 is a number, item 2 is an object, item 3 is null/);
  assert.match(items[1]!.rejection!.reason, /field "authors" must be a string or a list of strings, got an object/);
  assert.deepEqual(items[2]!.raw!.hints.authors, ['Ann Lee', 'Bo Chen']);
});

test('the id scanner reads only the top level and the last duplicate, as JSON.parse does', () => {
  assert.equal(topLevelNumberLiteral('{"a": {"id": 1}, "id": 2}', 'id'), '2');
  assert.equal(topLevelNumberLiteral('{"id": 1, "id": 99999999999999999999}', 'id'), '99999999999999999999');
  assert.equal(topLevelNumberLiteral('{"x": "\\"id\\": 5", "id": "s"}', 'id'), null);
  assert.equal(topLevelNumberLiteral('{"i\\u0064": 123456789012345678901}', 'id'), '123456789012345678901');
});
