// The weave features' scanner finds the tokens its regular expression did, and the word table finds entries by a range of a text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../src/weave/feature-tokens.js';
import { type WordEntry, WordTable, scanTokens } from '../src/weave/word-table.js';

/** The tokeniser's regular expression before the scanner: the reference. */
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[.!?;:,()[\]\n"“”`«»/|–—]/gu;

function scanned(text: string): string[] {
  const out: string[] = [];
  scanTokens(
    text,
    (s, e) => out.push(text.slice(s, e)),
    (c) => out.push(String.fromCharCode(c)),
  );
  return out;
}

/** Deterministic pseudo-random numbers (LCG), so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  ...'abcXYZ0189',
  ..."'’.-",
  ...'.!?;:,()[]\n"“”`«»/|–—',
  ' ',
  '\t',
  'é',
  'Ж',
  '中',
  'ß',
  '٣',
  'Ⅻ',
  '€',
  '\u2011',
  '\u00a0',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
  '-LRB-',
  'U.S.',
  "don't",
  'state-of-the-art',
];

test('scanTokens finds exactly the tokens of the regular expression it replaces, on random texts', () => {
  const next = rng(20261204);
  for (let round = 0; round < 3000; round++) {
    let text = '';
    const len = 1 + Math.floor(next() * 40);
    for (let i = 0; i < len; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    assert.deepEqual(scanned(text), text.match(TOKEN_RE) ?? [], JSON.stringify(text));
  }
});

test('scanTokens on edge cases: joiners at the ends, astral letters, lone surrogates', () => {
  for (const text of ["'a'", 'a-', '-a', 'a--b', "a.'b", 'x.y.z.', '𝐀𝐁-𝐂', '\ud800a\udc00b', 'a\ud800', '😀a😀', 'Ⅻ.٣', '']) {
    assert.deepEqual(scanned(text), text.match(TOKEN_RE) ?? [], JSON.stringify(text));
  }
});

test('tokenize marks sentence starts, breaks and lines as the marks between words say', () => {
  const t = tokenize('Hello World. The U.S. said\n"Yes", Mr Smith -LRB-really-RRB-');
  assert.deepEqual(
    t.map((x) => [x.raw, x.lower, x.sentenceStart, x.breakBefore, x.line]),
    [
      ['Hello', 'hello', true, false, 0],
      ['World', 'world', false, false, 0],
      ['The', 'the', true, true, 0],
      ['U.S', 'u.s', false, false, 0],
      ['said', 'said', true, true, 0],
      ['Yes', 'yes', true, true, 1],
      ['Mr', 'mr', true, true, 1],
      ['Smith', 'smith', false, false, 1],
      ['really', 'really', false, false, 1],
    ],
  );
});

test('WordTable finds an entry by a range of any string, after growing, and tells keys of other lengths apart', () => {
  const table = new WordTable();
  const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
  for (const w of words) {
    const text = `  ${w}!`;
    assert.equal(table.lookup(text, 2, 2 + w.length), undefined);
    table.add({ raw: w, lower: w, ids: [w.length], dateish: false });
  }
  assert.equal(table.size, words.length);
  for (const w of words) {
    const text = `x${w}y`;
    const e: WordEntry | undefined = table.lookup(text, 1, 1 + w.length);
    assert.equal(e?.raw, w);
  }
  assert.equal(table.lookup('w1', 0, 1), undefined, 'a prefix is another key');
  assert.equal(table.lookup('zzzz', 0, 4), undefined);
  assert.throws(() => {
    const t = new WordTable();
    t.add({ raw: 'a', lower: 'a', ids: [], dateish: false });
  }, /no missed lookup/);
});
