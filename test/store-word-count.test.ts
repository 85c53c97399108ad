// The stored word count: runs of non-space characters, exactly as `text.split(/\s+/).filter(Boolean).length` counts them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordCount } from '../src/store/write-rules.js';

const byRegex = (text: string): number => text.split(/\s+/).filter(Boolean).length;

test('every UTF-16 code unit is a separator or a word character as \\s says', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [`a${ch}b`, ch, `${ch}${ch}x`]) assert.equal(wordCount(text), byRegex(text), `code unit ${c.toString(16)} in ${JSON.stringify(text)}`);
  }
});

test('texts of words, runs of mixed spaces, edges and surrogate pairs count as the regex does', () => {
  const parts = [' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'word', 'Zürich', '😀', 'a', '\u200b', '-'];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  for (let i = 0; i < 2000; i++) {
    const n = next() % 12;
    const text = Array.from({ length: n }, () => parts[next() % parts.length]).join('');
    assert.equal(wordCount(text), byRegex(text), JSON.stringify(text));
  }
  assert.equal(wordCount(''), 0);
  assert.equal(wordCount('  two   words  '), 2);
});
