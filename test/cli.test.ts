// Integration tests through the newsloom command line, as a user runs it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  const rows = exp.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(rows.length, 5);
  for (const r of rows)
    for (const k of ['id', 'url', 'outlet', 'title', 'authors', 'published', 'dateline', 'language', 'text', 'removed', 'provenance'])
      assert.ok(k in r, `export lacks ${k}`);
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
  const list = rej.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(list.length, 2);
  assert.ok(list.every((x) => x.reason && x.origin.path));
  // the same bad inputs again: still two rejections, counted twice
  await cli(['--db', db, 'ingest', dir]);
  const again = (await cli(['--db', db, 'rejections', '--json'])).stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    again.map((x) => x.count),
    [2, 2],
  );
});

test('ingest reads JSONL from stdin', async (t) => {
  const db = join(tempDir(t), 'stdin.db');
  const r = await cli(['--db', db, 'ingest', '-', '--json'], { stdin: '{"id":"p1","title":"Piped","text":"Piped in from another program."}\n' });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).added.length, 1);
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
  const rows = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
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

test('storylines, events, show event/storyline, ledger, outlets and recluster through the CLI', async (t) => {
  const db = join(tempDir(t), 'weave.db');
  await cli(['--db', db, 'ingest', SEEDS]);
  const sl = JSON.parse((await cli(['--db', db, 'storylines', '--json'])).stdout);
  assert.equal(sl.total, 1);
  const story = await cli(['--db', db, 'show', sl.items[0].id]);
  assert.match(story.stdout, /Timeline:/);
  const ev = JSON.parse((await cli(['--db', db, 'events', '--json'])).stdout);
  assert.equal(ev.total, 5);
  const tass = ev.items.find((e: { outlets: string[] }) => e.outlets.includes('TASS'));
  const shown = await cli(['--db', db, 'show', tass.id]);
  assert.match(shown.stdout, /Vladimir Putin: “/);
  const ledger = await cli(['--db', db, 'ledger', '--speaker', 'Vladimir Putin', '--json']);
  const statements = JSON.parse(ledger.stdout);
  assert.ok(statements.total >= 20);
  assert.ok(statements.items.every((s: { speaker: string }) => s.speaker === 'Vladimir Putin'));
  const outlets = JSON.parse((await cli(['--db', db, 'outlets', '--json'])).stdout);
  assert.deepEqual(outlets.map((o: { outlet: string }) => o.outlet).sort(), ['TASS', 'Tasnim']);
  const re = await cli(['--db', db, 'recluster']);
  assert.match(re.stdout, /rewove 5 articles into 5 events and 1 storylines/);
  const after = JSON.parse((await cli(['--db', db, 'events', '--json'])).stdout);
  assert.deepEqual(after.items.map((e: { id: string }) => e.id).sort(), ev.items.map((e: { id: string }) => e.id).sort());
});

test('quotes, dedup and cluster keep the batch contract', async () => {
  const text = 'Russia is ready, the Kremlin said. "We are ready to meet at any time," Putin said, adding that "various tools may be used."';
  const q = await cli(['quotes', '-'], { stdin: `${JSON.stringify({ id: 'q1', text })}\n{bad\n` });
  const [row, bad] = q.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(row.id, 'q1');
  assert.ok(row.quotes.length >= 2);
  for (const x of row.quotes) assert.equal(text.slice(x.start, x.end), x.text);
  assert.equal(row.quotes.find((x: { text: string }) => x.text.includes('meet at any time')).speaker.name, 'Putin');
  assert.match(bad.error, /line 2/);
  const body = 'The port strike ended on Monday after unions and employers agreed a new wage deal covering ten thousand workers in all. '.repeat(4);
  const d = await cli(['dedup', '-'], {
    stdin: [
      JSON.stringify({ id: 'o', text: body, published: '2020-01-01' }),
      JSON.stringify({ id: 'c', text: `UPDATED: ${body}`, published: '2020-01-02' }),
      JSON.stringify({ id: 'x', text: 'A completely different story about a football match in Madrid that ended in a draw after extra time.' }),
    ].join('\n'),
  });
  const rows = d.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    rows.map((r) => [r.id, r.copyOf]),
    [
      ['o', null],
      ['c', 'o'],
      ['x', null],
    ],
  );
  const seedRows = readdirSync(SEEDS)
    .sort()
    .map((f) => JSON.stringify({ id: f.slice(0, 3), text: readFileSync(join(SEEDS, f), 'utf8') }));
  const c = await cli(['cluster', '-'], { stdin: seedRows.join('\n') });
  const out = c.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(c.code, 0, c.stderr);
  assert.equal(new Set(out.map((r) => r.storyline)).size, 1);
  assert.equal(new Set(out.map((r) => r.event)).size, 5);
});
