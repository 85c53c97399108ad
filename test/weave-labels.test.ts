// Names, key terms and timelines of the weave: representative headlines, key terms free of dates/numbers/boilerplate, estimated dates for undated events.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { productionInput, readJsonl } from '../eval/lib/weave-data.js';
import { Weaver } from '../src/weave/index.js';
import { isJunkTerm } from '../src/weave/labels.js';
import { entityDisplayName } from '../src/weave/entity-case.js';
import { SEEDS } from './helpers/tmp.js';

const STREAM = fileURLToPath(new URL('../../shared/data/stream-dev.jsonl.gz', import.meta.url));

test('key-term filter rejects dates, bare numbers and boilerplate and keeps names and words', () => {
  for (const junk of ['Jan 31', '2018', 'Nov 10, 2011', '7.6', '856', 'Continue', 'continue reading', 'Us', 'Mar 16'])
    assert.equal(isJunkTerm(junk), true, junk);
  for (const ok of ['Sanjay Gupta', 'Harry Winston', 'rehab', 'Manokwari', 'earthquake']) assert.equal(isJunkTerm(ok), false, ok);
});

test('an event is named by its most representative headline, an untitled one by its first sentence', () => {
  const w = new Weaver();
  w.add({
    id: 'u1',
    title: null,
    text: 'A strong earthquake struck southern Peru near Arequipa on Tuesday, damaging churches. Four people were hurt in Chivay.',
    published: '2026-03-10',
  });
  const [e] = w.events();
  assert.equal(e.headline, 'A strong earthquake struck southern Peru near Arequipa on Tuesday, damaging churches.');
});

test('the seeds weave into one storyline of five events, each dated or estimated with a reason, in time order', () => {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  assert.equal(files.length, 5);
  const w = new Weaver();
  files.forEach((f, i) => {
    w.add(productionInput({ id: f.slice(0, 3), text: readFileSync(join(SEEDS, f), 'utf8') }, i + 1));
  });
  const lines = w.storylines();
  assert.equal(lines.length, 1);
  assert.equal(lines[0].events.length, 5);
  const byId = new Map(w.events().map((e) => [e.id, e]));
  const days = lines[0].events.map((id) => {
    const e = byId.get(id);
    assert.ok(e);
    if (e.firstDate) return e.firstDate;
    assert.ok(e.estimated, `event ${id} (${e.headline}) has neither a date nor an estimate`);
    assert.match(e.estimated.reason, /estimated/);
    return e.estimated.from;
  });
  assert.deepEqual(days, [...days].sort(), `timeline out of order: ${days.join(', ')}`);
  assert.ok(
    lines[0].events.some((id) => byId.get(id)?.estimated?.reason.includes('Dec 13')),
    'seed 002 is placed by its partial date "December 13"',
  );
});

test('no event or storyline of stream-dev has a date, bare number or boilerplate among its key terms', (t) => {
  if (!existsSync(STREAM)) {
    t.skip(`${STREAM} not found: place stream-dev.jsonl.gz in ../shared/data to run this check`);
    return;
  }
  const rows = readJsonl<{ id: string; title?: string; text: string; published: string | null; outlet: string | null }>(STREAM);
  const w = new Weaver();
  rows.forEach((r, i) => {
    w.add(productionInput({ id: r.id, title: r.title, text: r.text, published: r.published, outlet: r.outlet }, i + 1));
  });
  const bad: string[] = [];
  for (const x of [...w.events(), ...w.storylines()]) {
    for (const term of x.topTerms) if (isJunkTerm(term)) bad.push(`${x.id}: ${term}`);
    assert.ok(x.headline, `${x.id} has no name`);
  }
  assert.deepEqual(bad.slice(0, 20), []);
});

test('entity key terms are written as a reader writes them: acronyms in capitals, name particles in lower case', () => {
  assert.equal(entityDisplayName('van der bellen'), 'Van der Bellen');
  assert.equal(entityDisplayName('russian-us'), 'Russian-US');
  assert.equal(entityDisplayName('rt'), 'RT');
  assert.equal(entityDisplayName('nippon tv'), 'Nippon TV');
  assert.equal(entityDisplayName('eu'), 'EU');
  assert.equal(entityDisplayName('xi jinping'), 'Xi Jinping');
  assert.equal(entityDisplayName('rossiya-1’s saturday news'), 'Rossiya-1’s Saturday News');
  assert.equal(entityDisplayName('de gaulle'), 'De Gaulle');
});

test('key terms do not repeat a name: a term whose words another key term holds is left out', () => {
  const w = new Weaver();
  const text = (k: number) =>
    `Austrian President Alexander Van der Bellen met Vladimir Putin in Sochi on Wednesday. Van der Bellen said talks on gas deliveries went well, report ${k}. Bellen also met Sergei Lavrov.`;
  for (let k = 0; k < 3; k++)
    w.add(productionInput({ id: `b${k}`, title: 'Van der Bellen meets Putin in Sochi', text: text(k), published: '2017-05-17' }, k + 1));
  for (const e of w.events()) {
    const words = e.topTerms.map((t) => t.toLowerCase().split(/[\s-]+/));
    for (const [i, a] of words.entries())
      for (const [j, b] of words.entries()) assert.ok(i === j || !a.every((x) => b.includes(x)), `${e.topTerms[i]} repeats ${e.topTerms[j]}`);
  }
});
