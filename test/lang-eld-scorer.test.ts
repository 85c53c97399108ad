// The n-gram scorer over eld's data as flat arrays gives eld/medium's language, score and reliability on random and real texts.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { rng as random } from '../lib/random.js';
import { eld } from 'eld/medium';
import { prepareCorpora } from '../bench/lib/prepare-corpora.js';
import { detectEld } from '../src/lang/eld-detector.js';
import { type EldAnswer, type EldPieces, EldScorer } from '../src/lang/eld-scorer.js';
import { decodeTable, encodeTable, type NgramsData, tableOf } from '../src/lang/eld-table.js';

const folder = dirname(dirname(dirname(new URL(import.meta.resolve('eld')).pathname))); // .../eld from .../eld/src/entries/dynamic.js
const load = async (file: string) => (await import(pathToFileURL(join(folder, 'src', file)).href)) as Record<string, unknown>;
const { ngramsData } = (await load('ngrams/medium.js')) as { ngramsData: NgramsData };
const pieces = { ...(await load('regexPatterns.js')), ...(await load('dictionary.js')), ...(await load('avgScore.js')) } as unknown as EldPieces;

/** eld/medium's answer read as the scorer gives it. */
function reference(text: string): EldAnswer {
  const r = eld.detect(text);
  return { language: r.language, score: r.language ? ((r.getScores() as Record<string, number>)[r.language] ?? 0) : 0, reliable: r.isReliable() };
}

/** Pieces of text that exercise eld's cuts: scripts of 1-4 UTF-8 bytes, apostrophes, final sigma, İ and ß, lone surrogates, digits and runs of separators. */
const PIECES = [
  'the ',
  'and ',
  'Hello ',
  'world',
  'Straße ',
  'İstanbul ',
  'ĞÜŞ ',
  'élection ',
  'déjà ',
  'don’t ',
  "l'homme ",
  'rock`n ',
  "'quoted' ",
  'Москва ',
  'ПРЕЗИДЕНТ ',
  'ОΣ ',
  'ΟΔΟΣ ',
  'λόγος ',
  'Σ',
  '東京 ',
  '会議が開かれました。',
  'القاهرة ',
  'שלום ',
  'नमस्ते ',
  'ภาษาไทย ',
  '😀 ',
  '𝐀𝐁𝐂 ',
  '\ud800',
  '\udc00x',
  '123 ',
  '4,5 ',
  ' ',
  '  ',
  '\n\n',
  '\t',
  '—',
  '...',
  '!?',
  '«»',
  '_',
  'a',
  'ab',
  'abc',
  'abcd',
  'abcde',
  'x'.repeat(75),
  'ж'.repeat(40),
  ' ',
];

function randomText(rnd: () => number): string {
  const n = Math.floor(rnd() * 400);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rnd() * PIECES.length)]!;
  return s;
}

test('the scorer answers as eld/medium on 3,000 random texts of many scripts, cuts and separators', () => {
  const table = tableOf(ngramsData);
  assert.ok(table);
  const scorer = new EldScorer(table, pieces);
  const rnd = random(20261204);
  let answered = 0;
  for (let i = 0; i < 3000; i++) {
    const t = randomText(rnd);
    const want = reference(t);
    assert.deepEqual(scorer.detect(t), want, JSON.stringify(t.slice(0, 80)));
    if (want.language) answered++;
  }
  assert.ok(answered > 2000, `${answered} texts with a language`);
});

test('a head cut anywhere from 300 to 700 characters gives the words of the whole text, a final sigma at the byte cut included', () => {
  const scorer = new EldScorer(tableOf(ngramsData)!, pieces);
  const rnd = random(11);
  const tricky = ["' ", ", '", "'", 'ΟΔΟΣ', 'Σ ', 'Σ.', 'aΣ', '😀', ' ', 'word ', 'x', 'é'];
  const texts: string[] = [];
  for (let n = 0; n < 12; n++) {
    let t = '';
    while (t.length < 900) t += rnd() < 0.5 ? tricky[Math.floor(rnd() * tricky.length)]! : PIECES[Math.floor(rnd() * PIECES.length)]!;
    texts.push(t);
  }
  // eld cuts a long word past its 380th byte: here at a capital sigma, final (ς) at a head's end but not in the whole text (σ)
  for (const run of [18, 19]) texts.push(`${'a '.repeat(170)}${'Λ'.repeat(run)}ΟΣΑ λόγος ${'c '.repeat(300)}`);
  for (const t of texts) {
    const want = reference(t);
    for (let head = 300; head <= 700; head++) assert.deepEqual(scorer.detect(t, head), want, `head ${head}: ${JSON.stringify(t.slice(0, 60))}`);
  }
});

test('the scorer answers as eld/medium on edge cases', () => {
  const scorer = new EldScorer(tableOf(ngramsData)!, pieces);
  for (const t of ['', ' ', 'a', 'ab c', '12345 67890 !!!', 'ΟΔΟΣ', 'x'.repeat(2000), `${'word '.repeat(300)}end`, '\ud83d', 'é'.repeat(500)]) {
    assert.deepEqual(scorer.detect(t), reference(t), JSON.stringify(t.slice(0, 40)));
  }
});

test('detectEld answers as eld/medium on the public corpora, whole and cut at random places', () => {
  const corpora = prepareCorpora(150);
  if (!corpora.length) return; // ../shared/data absent: the random texts above still ran
  const rnd = random(7);
  let n = 0;
  for (const c of corpora) {
    for (const d of c.docs) {
      const from = Math.floor(rnd() * Math.max(1, d.body.length - 50));
      for (const t of [d.body, d.body.slice(from, from + 40 + Math.floor(rnd() * 1500))]) {
        assert.deepEqual(detectEld(t), reference(t), `${c.name} ${JSON.stringify(t.slice(0, 60))}`);
        n++;
      }
    }
  }
  assert.ok(n >= 600, `${n} texts`);
});

test('the table file holds the table made from eld/medium data, and a cut or foreign file reads as none', () => {
  const table = tableOf(ngramsData)!;
  const bytes = encodeTable(table);
  assert.deepEqual(decodeTable(bytes), table);
  assert.equal(decodeTable(bytes.subarray(0, bytes.length - 1)), null);
  assert.equal(decodeTable(Buffer.from('{"type":"M60"}')), null);
  assert.equal(decodeTable(Buffer.alloc(2)), null);
});
