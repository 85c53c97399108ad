// Tests who-said-what on the five seed articles: Putin's quotes, the experts in seed 001, agencies as reporters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const DIRS = [join(here, '..', '..', 'shared', 'seeds'), join(here, '..', 'examples', 'seeds'), join(here, '..', 'examples')];
const dir = DIRS.find((d) => existsSync(d) && readdirSync(d).some((f) => /^00\d_.*\.txt$/.test(f)));

function seed(n: string): string {
  const f = readdirSync(dir!).find((x) => x.startsWith(`${n}_`) && x.endsWith('.txt'))!;
  return readFileSync(join(dir!, f), 'utf8');
}

const skip = dir ? false : 'seed articles not found';

for (const n of ['000', '002', '003']) {
  test(`seed ${n}: at least 90% of direct quotes are Vladimir Putin's`, { skip }, () => {
    const text = seed(n);
    const direct = analyze(text).quotes.filter((q) => q.kind !== 'indirect');
    assert.ok(direct.length >= 5, `expected several direct quotes, got ${direct.length}`);
    const putin = direct.filter((q) => q.speaker?.entity === 'Vladimir Putin').length;
    assert.ok(putin / direct.length >= 0.9, `${putin}/${direct.length} attributed to Putin`);
    for (const q of direct) assert.equal(text.slice(q.start, q.end), q.text);
  });
}

test('seed 001: Suzdaltsev and Olenchenko are credited with their own words', { skip }, () => {
  const text = seed('001');
  const qs = analyze(text).quotes;
  const find = (words: string) => qs.find((q) => q.text.includes(words));
  assert.equal(find('I mean those very tough hints')?.speaker?.entity, 'Andrei Suzdaltsev');
  assert.equal(find('Trump offers to solve the problem')?.speaker?.entity, 'Andrei Suzdaltsev');
  assert.equal(find("while listening to Putin's remarks")?.speaker?.entity, 'Vladimir Olenchenko');
  assert.equal(find('Russia is prepared to meet the partner halfway')?.speaker?.entity, 'Vladimir Putin');
});

test('seeds: TASS, RT and RIA Novosti are reporters, never speakers', { skip }, () => {
  const agencies = new Set(['TASS', 'RT', 'RIA Novosti', 'RIA']);
  const reporters = new Set<string>();
  for (const n of ['000', '001', '002', '003', '004']) {
    for (const q of analyze(seed(n)).quotes) {
      assert.ok(!agencies.has(q.speaker?.entity ?? ''), `agency as speaker: ${JSON.stringify(q)}`);
      assert.ok(!agencies.has(q.speaker?.name ?? ''), `agency as speaker: ${JSON.stringify(q)}`);
      if (q.reporter) reporters.add(q.reporter);
    }
  }
  assert.ok(reporters.has('TASS'), 'TASS recorded as reporter');
  assert.ok(reporters.has('RT'), 'RT recorded as reporter');
});

test('seed 001: "TASS cited Putin as saying" gives speaker Putin and reporter TASS', { skip }, () => {
  const q = analyze(seed('001')).quotes.find((x) => x.text.includes('the election campaign in the United States is over'));
  assert.equal(q?.speaker?.entity, 'Vladimir Putin');
  assert.equal(q?.reporter, 'TASS');
});

test('seed 000: Putin, President Putin and the Russian president are one entity', { skip }, () => {
  const a = analyze(seed('000'));
  const putin = a.entities.filter((e) => e.name.includes('Putin'));
  assert.equal(putin.length, 1);
  assert.equal(putin[0]!.name, 'Vladimir Putin');
  assert.equal(putin[0]!.type, 'person');
  assert.ok(a.mentions.filter((m) => m.entity === 'Vladimir Putin').length >= 5);
});
