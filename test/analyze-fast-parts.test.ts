// The analyzer's cheaper parts give what the code they replaced gave: word counts, alias lists, sentence spans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rng } from '../lib/random.js';
import { AliasLists } from '../src/analyze/alias-list.js';
import { LEX } from '../src/analyze/lexicon.js';
import { sentences, type Span } from '../src/analyze/sentences.js';
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

/** The sentence splitter before it read code units, kept as the reference. */
function referenceSentences(text: string): Span[] {
  const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
  const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';
  const wordBefore = (i: number): string => {
    let j = i;
    while (j > 0 && /[\p{L}\p{N}.]/u.test(text[j - 1]!)) j--;
    return text.slice(j, i);
  };
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && CLOSERS.has(text[j]!)) j++;
    if (j < n && !isSpace(text[j]) && text[j] !== '\n') {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    if (k < n && text[k] !== '\n' && !/[\p{Lu}\p{Lo}\p{N}"“„‚‘'([«»「—–-]/u.test(text[k]!)) {
      i = j - 1;
      continue;
    }
    if (c === '.') {
      const bare = wordBefore(i).replace(/\.+$/, '');
      if (LEX.abbreviations.has(bare.toLowerCase())) continue;
      if (/^\p{Lu}$/u.test(bare)) continue;
      if (/^(?:\p{L}\.)+\p{L}$/u.test(bare) && k < n && /\p{Ll}/u.test(text[k + 1] ?? '') && !/^\p{Lu}\p{Ll}/u.test(text.slice(k, k + 2))) continue;
    }
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}

test('sentences splits random texts as the splitter reading one-character strings did', () => {
  const next = rng(3);
  for (let n = 0; n < 3000; n++) {
    const text = randomText(next, Math.floor(next() * 40));
    assert.deepEqual(sentences(text), referenceSentences(text), JSON.stringify(text));
  }
});
