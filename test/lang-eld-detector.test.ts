// eld's detector built from its evaluated n-gram file answers exactly as `eld/medium` does; the cached table is eld's own data.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { eld } from 'eld/medium';
import { detectEld, languageDetector, ngramsCachePath } from '../src/lang/eld-detector.js';
import { decodeTable, type NgramsData, tableOf } from '../src/lang/eld-table.js';
import * as articles from './lang-articles.js';
import { SEEDS } from './helpers/tmp.js';

const seedTexts = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const texts = [
  ...(Object.values(articles) as unknown[]).filter((v): v is string => typeof v === 'string'),
  ...seedTexts,
  ...seedTexts.map((t) => t.slice(0, 60)),
  'Hola, cómo te llamas?',
  'ok',
  '12345 67890 !!!',
  'Dit is een korte Nederlandse zin over het weer in Amsterdam.',
  'Tämä on lyhyt suomenkielinen lause.',
  '今日は東京で大きな会議が開かれました。',
  'Το κοινοβούλιο ψήφισε τον νέο νόμο χθες.',
];

test('the detector loaded from the evaluated file gives the language, scores and reliability of eld/medium on every text', () => {
  const ours = languageDetector();
  assert.notEqual(ours, eld, 'a detector of its own, not the one eld/medium built');
  assert.ok(texts.length > 20);
  for (const t of texts) {
    const a = ours.detect(t);
    const b = eld.detect(t);
    assert.equal(a.language, b.language, t.slice(0, 40));
    assert.deepEqual(a.getScores(), b.getScores(), t.slice(0, 40));
    assert.equal(a.isReliable(), b.isReliable(), t.slice(0, 40));
  }
});

test('the table file under node_modules/.cache holds exactly eld/medium n-gram data', async () => {
  detectEld('The file is written on the first detection of a text long enough.');
  const eldMain = import.meta.resolve('eld'); // .../eld/src/entries/dynamic.js
  const folder = dirname(dirname(dirname(new URL(eldMain).pathname)));
  const file = join(folder, 'src', 'ngrams', 'medium.js');
  const cache = ngramsCachePath(folder, file);
  assert.ok(cache.includes(join('node_modules', '.cache', 'newsloom-eld')), cache);
  assert.ok(existsSync(cache), cache);
  const { ngramsData } = (await import(pathToFileURL(file).href)) as { ngramsData: NgramsData };
  assert.deepEqual(decodeTable(readFileSync(cache)), tableOf(ngramsData));
});
