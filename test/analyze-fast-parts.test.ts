// The analyzer's cheaper parts give what the code they replaced gave: word counts of quotes, alias lists of entities.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rng } from '../lib/random.js';
import { AliasLists } from '../src/analyze/alias-list.js';
import { spaceSplitLength } from '../src/analyze/text-view.js';

const PIECES = [
  'a',
  'Bc',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u180e',
  '\u200b',
  'é',
  '’',
  '.',
  '!',
  '?',
  '…',
  '"',
  '”',
  ')',
  'U.S.',
  'Mr.',
  'J.',
  '1',
  'x\ud83d',
];

function randomText(next: () => number, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) s += PIECES[Math.floor(next() * PIECES.length)]!;
  return s;
}

test('spaceSplitLength counts the pieces of split(/\\s+/) on random texts and their sub-ranges', () => {
  const next = rng(16);
  for (let n = 0; n < 3000; n++) {
    const text = randomText(next, Math.floor(next() * 30));
    const a = Math.floor(next() * (text.length + 1));
    const b = a + Math.floor(next() * (text.length - a + 1));
    assert.equal(spaceSplitLength(text, a, b), text.slice(a, b).split(/\s+/).length, JSON.stringify(text.slice(a, b)));
  }
  assert.equal(spaceSplitLength('', 0, 0), 1);
  assert.equal(spaceSplitLength(' a  b ', 0, 6), 4);
});

test('AliasLists keeps each text once per list in first-seen order, as a set of (entity, text) keys did, past its scan limit too', () => {
  const next = rng(7);
  for (let n = 0; n < 300; n++) {
    const lists = new AliasLists();
    const seen = new Set<string>();
    const got = new Map<string, string[]>();
    const want = new Map<string, string[]>();
    const texts = 1 + Math.floor(next() * 40);
    for (let k = 0; k < 200; k++) {
      const entity = `e${Math.floor(next() * 3)}`;
      const text = `t${Math.floor(next() * texts)}`;
      const g = got.get(entity);
      if (g) lists.add(g, text);
      else got.set(entity, [text]);
      const key = `${entity}\u0000${text}`;
      const w = want.get(entity);
      if (w) {
        if (!seen.has(key)) w.push(text);
      } else want.set(entity, [text]);
      seen.add(key);
    }
    assert.deepEqual(got, want);
  }
});
