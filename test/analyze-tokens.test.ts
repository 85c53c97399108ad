// The analyzer's hand-written token scanner gives exactly the tokens of the regex tokeniser it replaced.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { rng } from '../lib/random.js';
import { LEX, normWord } from '../src/analyze/lexicon.js';
import { sentences } from '../src/analyze/sentences.js';
import { type Token, type Tokenised, tokenise } from '../src/analyze/tokens.js';

/** The regex tokeniser before the scanner, kept as the reference. */
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'\-\u2010\u2011.&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?|\S/gu;
const POSSESSIVE_RE = /^(.+?)(['’]s?)$/u;

function refPush(tokens: Token[], p: string, start: number, sent: number, sentStart: boolean, para: number): number {
  const word = /[\p{L}\p{N}]/u.test(p[0]!);
  const cap = /\p{Lu}/u.test(p[0]!);
  tokens.push({ text: p, norm: normWord(p), start, end: start + p.length, cap, word, sent, sentStart: word && sentStart, para });
  return start + p.length;
}

function reference(text: string): Tokenised {
  const tokens: Token[] = [];
  const sentOut: Tokenised['sentences'] = [];
  let para = 0;
  let lastEnd = 0;
  const sents = sentences(text);
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    if (text.slice(lastEnd, s.start).includes('\n')) para++;
    lastEnd = s.end;
    const firstTok = tokens.length;
    const slice = text.slice(s.start, s.end);
    let seenWord = false;
    for (const m of slice.matchAll(TOKEN_RE)) {
      let t = m[0];
      let start = s.start + m.index;
      const abbr = /^\p{Lu}\p{Ll}{0,4}\.$/u.test(t) && (LEX.abbreviations.has(t.slice(0, -1).toLowerCase()) || LEX.titleWords.has(normWord(t)));
      if (t.length > 1 && t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !abbr) t = t.slice(0, -1);
      const pm = t.length > 2 && /['’]/u.test(t) ? POSSESSIVE_RE.exec(t) : null;
      const parts = pm && /\p{L}$/u.test(pm[1]!) && (pm[2]!.length === 2 || /s$/u.test(pm[1]!)) ? [pm[1]!, pm[2]!] : [t];
      for (const p of parts) {
        start = refPush(tokens, p, start, si, !seenWord, para);
        if (tokens[tokens.length - 1]!.word) seenWord = true;
      }
      if (t.length < m[0].length) tokens.push({ text: '.', norm: '.', start, end: start + 1, cap: false, word: false, sent: si, sentStart: false, para });
    }
    sentOut.push({ start: s.start, end: s.end, firstTok, endTok: tokens.length });
  }
  return { tokens, sentences: sentOut };
}

/** The tokens as plain objects (the tokeniser makes them with a class), to compare with the reference's. */
function plain(tk: Tokenised): Tokenised {
  return { tokens: tk.tokens.map((t) => ({ ...t })), sentences: tk.sentences };
}

const PIECES = [
  ...'abcsXYZUS0189',
  // combining marks: inside a word after a letter, alone elsewhere (an acute accent, an Arabic shadda)
  '\u0301',
  '\u0651',
  ..."’'-\u2010\u2011.&",
  ...'.!?;:,()"“”«»…',
  'Mr.',
  'Gov.',
  'U.S.',
  "'s",
  '’s',
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '\u2028',
  'é',
  'É',
  'Ж',
  'ж',
  '中',
  'ß',
  '٣',
  'Ⅻ',
  '\u0301',
  '𝐀', // astral upper-case letter
  '𐐷', // astral lower-case letter
  '😀',
  '\ud800', // lone surrogates
  '\udc00',
];

function randomText(r: () => number): string {
  const n = 1 + Math.floor(r() * 60);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

test('tokenise matches the regex tokeniser on random texts', () => {
  const r = rng(16);
  for (let i = 0; i < 4000; i++) {
    const text = randomText(r);
    assert.deepEqual(plain(tokenise(text)), reference(text), JSON.stringify(text));
  }
});

test('tokenise matches the regex tokeniser on edge cases', () => {
  const cases = [
    '',
    'U.S.A. officials said. U.S.Army too.',
    'T‑Mobile and Hewlett-Packard’s chief, Mr. Smith, said "no". The Joneses\' dog.',
    'a.b. c.-d e&f. g&. 𝐀.𝐁. x𝐀y',
    'Gov. Brown met Sen. Smith in St. Louis at 3.30 p.m.',
    '\ud83d',
    'ab\ud83d',
    '\u00a0\u00a0Word\u00a0word.',
  ];
  for (const text of cases) assert.deepEqual(plain(tokenise(text)), reference(text), JSON.stringify(text));
  const tk = tokenise('U.S.A. officials');
  assert.deepEqual(
    tk.tokens.map((t) => t.text),
    ['U.S.A.', 'officials'],
  );
});

const here = dirname(fileURLToPath(import.meta.url));
const polnear = join(here, '..', '..', 'shared', 'data', 'polnear-dev.jsonl.gz');

test('tokenise matches the regex tokeniser on PolNeAR articles', { skip: existsSync(polnear) ? false : 'polnear-dev.jsonl.gz not found' }, () => {
  const rows = gunzipSync(readFileSync(polnear)).toString('utf8').split('\n').filter(Boolean).slice(0, 150);
  for (const line of rows) {
    const text = (JSON.parse(line) as { text: string }).text;
    assert.deepEqual(plain(tokenise(text)), reference(text));
  }
});
