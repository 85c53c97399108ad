// Integration tests through the newsloom command line, as a user runs it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SEEDS, cli, tempDir } from './helpers/tmp.js';

test('ingest twice, export, show, search and report through the CLI', async (t) => {
  const db = join(tempDir(t), 'cli.db');
  const a = await cli(['--db', db, 'ingest', SEEDS]);
  assert.equal(a.code, 0, a.stderr);
  assert.match(a.stdout, /read 5, added 5, unchanged 0, rejected 0/);
  const b = await cli(['ingest', SEEDS, '--db', db]);
  assert.match(b.stdout, /added 0, unchanged 5/);
  const exp = await cli(['--db', db, 'export', '--json']);
  const rows = exp.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 5);
  for (const r of rows) for (const k of ['id', 'url', 'outlet', 'title', 'authors', 'published', 'dateline', 'language', 'text', 'removed', 'provenance']) assert.ok(k in r, `export lacks ${k}`);
  const tass = rows.find((r) => r.outlet === 'TASS');
  const show = await cli(['--db', db, 'show', tass.id.slice(0, 8)]);
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /Putin backs Trump’s intention/);
  assert.match(show.stdout, /partial --12-13/);
  const missing = await cli(['--db', db, 'show', 'nope']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no article 'nope'/);
  const search = await cli(['--db', db, 'search', 'Van der Bellen', '--json']);
  assert.equal(search.stdout.trim().split('\n').length, 1);
  const report = await cli(['--db', db, 'report']);
  assert.match(report.stdout, /5 articles, 5 events, 1 storylines/);
});

test('bad inputs are reported with file and line, stored as rejections, and set exit status 2 without stopping the run', async (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'bad.db');
  writeFileSync(join(dir, 'good.txt'), 'A good title\n\nA good body sentence about the port strike.');
  writeFileSync(join(dir, 'bin.html'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(join(dir, 'rows.jsonl'), '{"id":"x","text":"Fine row text about the election."}\nnot json\n');
  const r = await cli(['--db', db, 'ingest', dir]);
  assert.equal(r.code, 2);
  assert.match(r.stdout, /added 2, unchanged 0, rejected 2/);
  assert.match(r.stderr, /bin\.html: looks like a binary file/);
  assert.match(r.stderr, /rows\.jsonl:2: is not valid JSON/);
  const rej = await cli(['--db', db, 'rejections', '--json']);
  const list = rej.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(list.length, 2);
  assert.ok(list.every((x) => x.reason && x.origin.path));
  // the same bad inputs again: still two rejections, counted twice
  await cli(['--db', db, 'ingest', dir]);
  const again = (await cli(['--db', db, 'rejections', '--json'])).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(again.map((x) => x.count), [2, 2]);
});

test('ingest reads JSONL from stdin', async (t) => {
  const db = join(tempDir(t), 'stdin.db');
  const r = await cli(['--db', db, 'ingest', '-', '--json'], { stdin: '{"id":"p1","title":"Piped","text":"Piped in from another program."}\n' });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).added, 1);
  const show = await cli(['--db', db, 'show', 'p1', '--json']);
  assert.equal(JSON.parse(show.stdout).article.title, 'Piped');
});

test('extract keeps the batch contract: one row out per row in, in order, bad rows as {id, error}', async () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Quake hits coast\n\nTOKYO, December 13. /TASS/. A strong quake hit the coast.' }),
    '{oops',
    JSON.stringify({ id: 'c', text: '' }),
    JSON.stringify({ id: 'd', title: 'Given', text: 'MOSCOW, Nov 9, 2016 (Reuters) - Talks went on.', url: 'https://www.reuters.com/x' }),
  ].join('\n');
  const r = await cli(['extract', '-'], { stdin: input });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /4 rows, 2 errors/);
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 4);
  assert.equal(rows[0].id, 'a');
  assert.equal(rows[0].title, 'Quake hits coast');
  assert.equal(rows[0].outlet, 'TASS');
  assert.equal(rows[0].published, null);
  assert.equal(rows[0].provenance.published.partial, '--12-13');
  assert.match(rows[1].error, /line 2/);
  assert.equal(rows[2].id, 'c');
  assert.match(rows[2].error, /neither a non-empty "text" nor "html"/);
  assert.equal(rows[3].published, '2016-11-09');
  assert.equal(rows[3].outlet, 'Reuters');
  assert.equal(rows[3].dateline, 'Moscow');
});

test('a file that is not a newsloom database is refused with a clear message', async (t) => {
  const dir = tempDir(t);
  const notDb = join(dir, 'notes.txt');
  writeFileSync(notDb, 'these are my notes, not a database');
  const r = await cli(['--db', notDb, 'report']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /notes\.txt/);
  const bad = await cli(['--db', join(dir, 'x.db'), 'search', 'a', '--limit', 'zero']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--limit takes a whole number/);
});
