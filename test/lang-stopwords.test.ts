// The analysis' stopwords: the package's lists less the content words they carry (news-corpus lists hold Italian
// `consiglio`, Arabic `لوكالة`), so a name or a title's domain with one of them is read as any other.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { langLex } from '../src/analyze/lang-lex.js';
import { profileFor } from '../src/lang/profile.js';
import { stopwords } from '../src/lang/terms.js';
import { speakerOf } from './helpers/lang-speaker.js';

test("a word the data names as a body's noun is no stopword in the analysis, though the package lists it; function words stay", () => {
  assert.ok(stopwords('it').has('consiglio'));
  const stop = langLex(profileFor('it')).stop;
  assert.equal(stop.has('consiglio'), false);
  assert.ok(stop.has('della'));
  const it = analyze('Il Consiglio dei ministri ha approvato ieri sera il decreto sulle bollette.', { language: 'it' });
  assert.deepEqual(
    it.entities.map((e) => e.name),
    ['Consiglio dei ministri'],
  );
});

test("a language's notStopwords leave the list: an Arabic title's domain `للوكالة` before the name (`الرئيس التنفيذي للوكالة شريف صدقي`)", () => {
  assert.equal(langLex(profileFor('ar')).stop.has('لوكالة'), false);
  const ar = 'وقال الرئيس التنفيذي للوكالة شريف صدقي في تصريح صحفي: «هذا الإنجاز ثمرة عمل فريق مصري بالكامل».';
  assert.equal(speakerOf(ar, 'ar', 'هذا الإنجاز'), 'شريف صدقي');
});
