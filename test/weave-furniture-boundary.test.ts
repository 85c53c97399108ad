// The furniture patterns that start at a word test the word's start with (?<!\w), which under the 'iu' flags cuts exactly what a leading \b cuts (and runs ~20x faster in V8).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import data from '../data/weave-furniture.json' with { type: 'json' };

const PATTERNS = data.patterns as { re: string; flags?: string; why: string }[];
const LOOKBEHIND = '(?<!\\w)';
/** Characters before a cue: none, spacing, punctuation, letters and digits (ASCII and not), and the two that only case folding makes word characters (ſ, the Kelvin sign). */
const BEFORE = ['', ' ', '\n', '.', '-', '/', '(', 'a', 'Z', '5', '_', 'é', 'ß', 'Ж', 'ſ', '\u212a', '😀'];
/** Texts in which each cue appears, in several cases, and one letter changed by case folding (s -> ſ, k -> K). */
const CUES = [
  'submitted by /u/someone',
  'Continue reading the main story …',
  'keep reading',
  'Read more here at the site',
  'read the full article:',
  'The post Big News appeared first on Example News.',
  'This article was originally published on example.com.',
  'Weiterlesen »',
  'leia mais',
  'más información',
  'Photo: Jane Doe / Getty Images',
  'Getty Images',
  'Shutterstock',
  'Sign up for our daily newsletter today.',
  'subscribe to the morning newsletter',
  'All rights reserved.',
  'Copyright © 2024 Example Media',
  'https://example.com/a?b=c',
];

test('no furniture pattern under the i and u flags starts with \\b (V8 cannot pre-check what follows it)', () => {
  for (const p of PATTERNS) {
    const flags = p.flags ?? 'gimu';
    if (flags.includes('i') && flags.includes('u')) assert.ok(!p.re.startsWith('\\b'), `"${p.why}": ${p.re.slice(0, 40)}`);
  }
});

test('each pattern starting with (?<!\\w) cuts what its \\b form cuts, whatever character comes before the cue', () => {
  let checked = 0;
  for (const p of PATTERNS.filter((x) => x.re.startsWith(LOOKBEHIND))) {
    const flags = p.flags ?? 'gimu';
    const stored = new RegExp(p.re, flags);
    const boundary = new RegExp(`\\b${p.re.slice(LOOKBEHIND.length)}`, flags);
    for (const cue of CUES)
      for (const variant of [cue, cue.toUpperCase(), cue.replace(/s/g, 'ſ'), cue.replace(/k/gi, '\u212a')])
        for (const b of BEFORE) {
          const text = `Intro words ${b}${variant} and after.`;
          assert.equal(text.replace(stored, ' '), text.replace(boundary, ' '), `"${p.why}" on ${JSON.stringify(text)}`);
          checked++;
        }
  }
  assert.ok(checked > 1000);
});

test('a cue glued to a word before it is not cut; after a space or a line break it is', () => {
  const re = new RegExp(PATTERNS.find((p) => p.re.startsWith(`${LOOKBEHIND}submitted`))!.re, 'gimu');
  assert.equal('xsubmitted by /u/a'.replace(re, ''), 'xsubmitted by /u/a');
  assert.equal('ſsubmitted by /u/a'.replace(re, ''), 'ſsubmitted by /u/a');
  assert.equal('end.\nsubmitted by /u/a'.replace(re, ''), 'end.\n');
});
