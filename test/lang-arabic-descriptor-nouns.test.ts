// Arabic: a descriptor noun (agency, newspaper, movement, organisation) before a known body's name of one word, or a
// place's name, is no part of the name; a body whose full name holds it keeps it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';

const names = (text: string): string[] => analyze(text, { language: 'ar' }).entities.map((e) => e.name);

test('the agency, the newspaper and the organisation before a one-word name are left out (رويترز, الأهرام, أوبك)', () => {
  assert.deepEqual(names('وقالت وكالة رويترز إن المحادثات توقفت.'), ['رويترز']);
  assert.deepEqual(names('وذكرت صحيفة الأهرام أن الحكومة وافقت على الخطة.'), ['الأهرام']);
  assert.deepEqual(names('وقررت منظمة أوبك خفض الإنتاج.'), ['أوبك']);
});

test('a newspaper named after a place is its title alone (صحيفة الشرق الأوسط)', () => {
  assert.ok(names('ونقلت صحيفة الشرق الأوسط عن مصادر أن الاجتماع تأجل.').includes('الشرق الأوسط'));
});

test('a full name that holds the noun keeps it (منظمة الصحة العالمية, منظمة الأمم المتحدة, قناة السويس)', () => {
  assert.deepEqual(names('وقالت منظمة الصحة العالمية إن الوباء انتهى.'), ['منظمة الصحة العالمية']);
  assert.ok(names('وأكدت منظمة الأمم المتحدة أن المساعدات وصلت.').includes('منظمة الأمم المتحدة'));
  assert.ok(names('وعبرت السفينة قناة السويس صباح الخميس.').includes('قناة السويس'));
});
