// The furniture patterns' compiled alternations stay bounded over texts needing ever other subsets of them, and what they cut does not change when they are made again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rng } from '../lib/random.js';
import { compiledAlternations, stripFurniture } from '../src/weave/furniture.js';

const CUES = [
  'submitted by u/x',
  '[link]',
  'Continue reading',
  'read more',
  'appeared first on',
  'posted in',
  'Lire aussi',
  'weiterlesen',
  'читать далее',
  'Share this',
  'Photo: AP',
  'Getty Images',
  'newsletter',
  'Copyright 2024',
  'http://x.example/a',
];

test('texts needing 500 different subsets of the furniture patterns keep at most 64 alternations a flag set compiled, and cut the same after the alternations are made again', () => {
  const r = rng(26);
  const texts = Array.from({ length: 500 }, (_, i) => {
    const lines = CUES.filter(() => r() < 0.5);
    return [`Council votes on budget ${i}`, 'The council met on Tuesday and voted on the budget for the district.', ...lines].join('\n');
  });
  const first = texts.map(stripFurniture);
  assert.ok(compiledAlternations() <= 3 * 64, `${compiledAlternations()} alternations kept`);
  assert.ok(
    first.some((t, i) => t !== texts[i]),
    'some furniture was cut',
  );
  assert.deepEqual(texts.map(stripFurniture), first);
});
