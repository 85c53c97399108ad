// Reader tests: text, JSONL, JSON, directories and stdin become RawDocs; bad inputs become rejections naming the input.
import assert from 'node:assert/strict';
import { mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readSources, type ReadItem } from '../src/ingest/sources.js';
import { tempDir } from './helpers/tmp.js';

async function collect(inputs: string[], opts = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const it of readSources(inputs, opts)) out.push(it);
  return out;
}

test('a directory is read recursively in name order; hidden files are skipped', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'a.txt'), 'Title A\n\nBody A is here.');
  writeFileSync(join(dir, 'b', 'c.txt'), 'Title C\n\nBody C is here.');
  writeFileSync(join(dir, '.DS_Store'), 'junk');
  const items = await collect([dir]);
  assert.deepEqual(
    items.map((i) => i.raw?.origin.path),
    [join(dir, 'a.txt'), join(dir, 'b', 'c.txt')],
  );
  assert.equal(items[0]!.raw!.format, 'text');
  assert.equal(Buffer.from(items[0]!.raw!.bytes).toString(), 'Title A\n\nBody A is here.');
});

test('the same bytes give the same raw id; different bytes a different one', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'x.txt'), 'Same\n\nText.');
  writeFileSync(join(dir, 'y.txt'), 'Same\n\nText.');
  writeFileSync(join(dir, 'z.txt'), 'Other\n\nText.');
  const [x, y, z] = await collect([dir]);
  assert.equal(x!.raw!.id, y!.raw!.id);
  assert.notEqual(x!.raw!.id, z!.raw!.id);
});

test('JSONL rows become documents with hints; bad rows become rejections with their line and reason', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'dump.jsonl');
  writeFileSync(
    file,
    [
      JSON.stringify({ id: 'r1', url: 'https://tass.com/x', title: 'T1', text: 'Body one.', published: '2016-12-13' }),
      '{"id": "r2", "text": ',
      JSON.stringify({ id: 'r3' }),
      '',
      JSON.stringify({ id: 'r4', html: '<html><body><p>Para</p></body></html>' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 5, text: 'numeric id is fine' }),
    ].join('\n'),
  );
  const items = await collect([file]);
  assert.equal(items.length, 6);
  const [r1, r2, r3, r4, r6, r7] = items;
  assert.deepEqual(r1!.raw!.hints, { sourceId: 'r1', url: 'https://tass.com/x', title: 'T1', published: '2016-12-13' });
  assert.equal(r1!.raw!.origin.line, 1);
  assert.match(r2!.rejection!.reason, /dump\.jsonl:2: is not valid JSON/);
  assert.ok(r2!.rejection!.bytes, 'the bad line is kept');
  assert.match(r3!.rejection!.reason, /dump\.jsonl:3: has neither a non-empty "text" nor "html"/);
  assert.equal(r4!.raw!.format, 'html');
  assert.equal(r4!.raw!.origin.line, 5);
  assert.match(r6!.rejection!.reason, /:6: must be a JSON object/);
  assert.equal(r7!.raw!.hints.sourceId, '5');
});

test('a JSONL line with invalid UTF-8 is rejected alone; the next line is still read', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'mixed.jsonl');
  writeFileSync(file, Buffer.concat([Buffer.from('{"id":"a","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"b","text":"fine"}\n')]));
  const items = await collect([file]);
  assert.match(items[0]!.rejection!.reason, /mixed\.jsonl:1: not valid UTF-8/);
  assert.equal(items[1]!.raw!.hints.sourceId, 'b');
});

test('binary, empty, blank, invalid UTF-8, unsupported and missing inputs are rejected with a clear reason', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '   \n\n  ');
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'photo.png'), 'not really a png');
  const items = await collect([dir, join(dir, 'missing.txt')]);
  const reasons = items.map((i) => i.rejection?.reason ?? 'OK');
  assert.deepEqual(
    reasons.map((r) => r.replace(`${dir}/`, '')),
    [
      'bin.txt: looks like a binary file (contains NUL bytes), not text, HTML or JSONL',
      'blank.txt: has no text (only white space)',
      'empty.txt: is empty (0 bytes)',
      'latin1.txt: not valid UTF-8 text (first bad byte at offset 3); convert it to UTF-8 or give it as HTML with a <meta charset>',
      "photo.png: unsupported file type '.png' (newsloom reads .txt, .md, .html, .htm, .jsonl, .ndjson, .json, .warc, .warc.gz, a directory, or - for stdin)",
      'missing.txt: no such file or directory',
    ],
  );
});

test('an unreadable file is rejected, not fatal', { skip: process.getuid?.() === 0 ? 'root can read any file' : false }, async (t) => {
  const dir = tempDir(t);
  const f = join(dir, 'secret.txt');
  writeFileSync(f, 'T\n\nx');
  chmodSync(f, 0o000);
  const [it] = await collect([f]);
  assert.match(it!.rejection!.reason, /permission denied/);
});

test('a 50 MB file is rejected by size without being read into memory', async (t) => {
  const dir = tempDir(t);
  const f = join(dir, 'huge.txt');
  const fd = openSync(f, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  const [it] = await collect([f]);
  assert.match(it!.rejection!.reason, /huge\.txt: is 50\.0 MB, over the 20\.0 MB limit/);
});

test('stdin is read as JSONL when it starts with {, else as one text document', async () => {
  const rows = await collect(['-'], { stdin: Readable.from([Buffer.from('{"id":"s1","text":"From a pipe."}\n{"id":"s2","text":"Second."}\n')]) });
  assert.deepEqual(
    rows.map((r) => r.raw?.hints.sourceId),
    ['s1', 's2'],
  );
  assert.deepEqual(rows[0]!.raw!.origin, { kind: 'jsonl', path: '-', line: 1 });
  const text = await collect(['-'], { stdin: Readable.from([Buffer.from('A title\n\nA body.')]) });
  assert.equal(text[0]!.raw!.format, 'text');
  const html = await collect(['-'], { stdin: Readable.from([Buffer.from('<!doctype html><p>x</p>')]) });
  assert.equal(html[0]!.raw!.format, 'html');
});

test('a .json file may hold one row or an array of rows', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'one.json'), JSON.stringify({ id: 'o', text: 'One.' }));
  writeFileSync(join(dir, 'many.json'), JSON.stringify([{ id: 'm1', text: 'A.' }, { id: 'm2' }]));
  const items = await collect([join(dir, 'one.json'), join(dir, 'many.json')]);
  assert.equal(items[0]!.raw!.hints.sourceId, 'o');
  assert.equal(items[1]!.raw!.hints.sourceId, 'm1');
  assert.match(items[2]!.rejection!.reason, /many\.json item 2: has neither/);
});

test('an HTML file declaring windows-1251 is decoded from that charset', async (t) => {
  const dir = tempDir(t);
  const head = Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>', 'latin1');
  const word = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
  writeFileSync(join(dir, 'ru.html'), Buffer.concat([head, word, Buffer.from('</p></body></html>')]));
  const [it] = await collect([join(dir, 'ru.html')]);
  assert.ok(it!.raw!.body.includes('Привет'));
});
