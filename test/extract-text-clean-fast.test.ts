// The plain-text cleaner's fast paths give what the expressions they replace gave: spacing, word counts, keys, the cookie pattern, non-space counts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rng as random } from '../lib/random.js';
import { hasNonSpace } from '../src/extract/language.js';
import { normKey, squashSpacing, wordCount } from '../src/extract/text-clean.js';
import { loadData } from '../src/util/data-files.js';

const PARTS = [
  ' ',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '\n',
  '\r',
  'a',
  'Word',
  'İ',
  'ſ',
  'K',
  '_',
  '7',
  '.',
  '!',
  '»',
  '|',
  '©',
  '…',
  '😀',
  '\ud800',
  'cookie',
  'COOKIES',
  'ſookie',
  'cooKie',
  'accept',
  'privacy policy',
  ' consent',
];

function randomLine(rnd: () => number, n = 30): string {
  let s = '';
  const len = Math.floor(rnd() * n);
  for (let i = 0; i < len; i++) s += PARTS[Math.floor(rnd() * PARTS.length)]!;
  return s;
}

/** normKey as it was before its spacing fast path. */
function normKeyBefore(line: string): string {
  const squashed = line
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+/u, '');
  let end = squashed.length;
  while (end > 0) {
    const low = squashed.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end > 1 ? 2 : 1;
    if (!/^[\s\p{P}\p{S}]$/u.test(squashed.slice(end - width, end))) break;
    end -= width;
  }
  return squashed.slice(0, end).trim();
}

test('spacing, word counts and keys are those of the expressions they replace, on 20,000 random lines', () => {
  const rnd = random(42);
  for (let i = 0; i < 20000; i++) {
    const line = randomLine(rnd);
    assert.equal(squashSpacing(line), line.replace(/[\t\u00a0 ]+/g, ' '), JSON.stringify(line));
    assert.equal(normKey(line), normKeyBefore(line), JSON.stringify(line));
    const squashed = squashSpacing(line).trim();
    const words = squashed.split(' ').length;
    for (const cap of [0, 1, 3, 25, 60]) {
      const n = wordCount(squashed, cap);
      for (let max = 0; max <= cap; max++) assert.equal(n <= max, words <= max, `${JSON.stringify(squashed)} cap ${cap} max ${max}`);
    }
  }
});

test('a non-space count says what removing \\s says, on every code unit and on random texts', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(hasNonSpace(ch, 1), ch.replace(/\s+/g, '').length >= 1, c.toString(16));
  }
  const rnd = random(3);
  for (let i = 0; i < 5000; i++) {
    const t = randomLine(rnd, 25);
    for (const n of [1, 5, 20]) assert.equal(hasNonSpace(t, n), t.replace(/\s+/g, '').length >= n, JSON.stringify(t));
  }
});

test('the cookie-banner pattern opening with (?<!\\w) matches exactly where \\b did, case folding included', () => {
  const rules = loadData<{ linePatterns: { re: string }[] }>('boilerplate.json');
  const now = rules.linePatterns.find((p) => p.re.includes('cookies?\\b.{0,120}'));
  assert.ok(now, 'the pattern is in data/boilerplate.json');
  const re = new RegExp(now.re, 'iu');
  const before = new RegExp(now.re.replace(/^\(\?<!\\w\)/, '\\b'), 'iu');
  assert.notEqual(re.source, before.source);
  const rnd = random(9);
  let matched = 0;
  for (let i = 0; i < 20000; i++) {
    const line = randomLine(rnd, 12);
    assert.equal(re.test(line), before.test(line), JSON.stringify(line));
    if (before.test(line)) matched++;
  }
  assert.ok(matched > 200, `${matched} random lines matched`);
  for (const line of [
    'We use cookies to accept',
    'xcookies accept',
    '_cookie accept',
    'ſcookie accept',
    'Kcookie accept',
    '7cookie accept',
    'é cookie policy',
    'écookie consent',
  ]) {
    assert.equal(re.test(line), before.test(line), line);
  }
});
