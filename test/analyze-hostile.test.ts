// Quote analysis stays linear on hostile texts: the issue-17 reproductions and 1 MB adversarial texts finish fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';

const MB = 1 << 20;
/** `unit` repeated to exactly `size` characters. */
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** Generous hang guard: the figures are printed; only a hang (the old quadratic scans took minutes) fails. */
const HANG_MS = 10_000;

function timed(name: string, text: string, language?: string): ReturnType<typeof analyze> {
  const t0 = performance.now();
  const out = analyze(text, { language });
  const ms = performance.now() - t0;
  console.log(`analyze ${name}: ${text.length} chars in ${ms.toFixed(0)} ms, ${out.quotes.length} quotes`);
  assert.ok(ms < HANG_MS, `${name} took ${ms.toFixed(0)} ms`);
  return out;
}

test('30,000 quotes in one sentence, each "said Putin", are all attributed without a quadratic scan', () => {
  // the text is too artificial for language detection to call English: the English rules are asked for
  const out = timed('said-putin-30k', `T\n\n${Array(30000).fill('"x"').join(', said Putin, ')}`, 'en');
  assert.equal(out.quotes.length, 30000);
  assert.equal(out.quotes[0]!.speaker?.entity, 'Putin');
  assert.equal(out.quotes[29999]!.speaker?.entity, 'Putin');
});

test('50,000 unbalanced straight quotes finish fast and find no quote', () => {
  const out = timed('straight-50k', '"a '.repeat(50000));
  assert.equal(out.quotes.length, 0);
});

test('50,000 curly quote pairs in one paragraph finish fast', () => {
  const out = timed('curly-50k', '“a” '.repeat(50000));
  assert.equal(out.quotes.length, 0);
});

const ADVERSARIAL: Record<string, string> = {
  'pronoun attributions': fill('"We will go on," he said, '),
  'mixed quotes in one endless sentence': fill('Putin said “it is good” every time he thinks, '),
  'guillemets with role speakers': fill('«a» said the spokesman '),
  'agency reports': fill('“x,” TASS reported, '),
  'title-case name runs': fill('Bank of America of '),
  'one endless name': fill('Vladimir Putin '),
  'according to, no full stop': fill('according to TASS, '),
  'open quotes only': fill('“'),
  'quote per line': fill('"a\n'),
  'colon speakers': fill('She said: “Yes.” '),
  initials: fill('A. '),
  'spaces inside a short quote': `“a${' '.repeat(MB)}b”`,
  'one endless run of dots': `Title\n\nIt began${'.'.repeat(MB)}and went on.`,
  'dots before lower case': fill('so....... then '),
};

for (const [name, text] of Object.entries(ADVERSARIAL)) {
  test(`a 1 MB adversarial text (${name}) is analysed within the hang guard`, () => {
    const out = timed(name, text);
    for (const q of out.quotes) assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
  });
}

test("the other languages' rules stay linear too: 30,000 „x“, sagte Putin and «x», — сказал Путин; 1 MB of Arabic cues", () => {
  const de = timed('sagte-putin-30k', `T\n\n${Array(30000).fill('„x“').join(', sagte Putin, ')}`, 'de');
  assert.equal(de.quotes.length, 30000);
  assert.equal(de.quotes[29999]!.speaker?.entity, 'Vladimir Putin');
  const ru = timed('skazal-putin-30k', `T\n\n${Array(30000).fill('«x»').join(', — сказал Путин, ')}`, 'ru');
  assert.equal(ru.quotes.length, 30000);
  const ar = timed('qal-1mb', fill('قال بوتين إن روسيا مستعدة ', MB), 'ar');
  assert.ok(ar.quotes.length >= 1);
});
