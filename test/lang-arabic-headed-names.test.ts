// Arabic places and events led by a head noun (data placeKeywords, otherKeywords) as organisations are by theirs: the name
// after the head, its adjectives, a complement behind `لل`, a year; a titled person's name in a place's name; clubs whose
// names are words in a text about sport only (data contextOrgs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const named = (text: string): string[] =>
  analyze(text, { language: 'ar' })
    .entities.map((e) => `${e.name}/${e.type}`)
    .sort();

test('a place head takes the place after it and its adjectives (معبر رفح, استاد القاهرة الدولي)', () => {
  assert.ok(named('أعيد فتح معبر رفح أمام المسافرين صباح اليوم.').includes('معبر رفح/place'));
  assert.ok(named('تقام المباراة النهائية على استاد القاهرة الدولي مساء الجمعة.').includes('استاد القاهرة الدولي/place'));
});

test('an event head takes its words, a complement behind لل and a year (دوري أبطال آسيا للنخبة, كأس العالم 2030)', () => {
  const text = 'تأهل الفريق إلى ربع نهائي دوري أبطال آسيا للنخبة بعد فوزه الكبير. وتستعد المملكة لاستضافة كأس العالم 2030 بالشراكة مع إسبانيا.';
  const got = named(text);
  assert.ok(got.includes('دوري أبطال آسيا للنخبة/other'), got.join(' '));
  assert.ok(got.includes('كأس العالم 2030/other'), got.join(' '));
});

test('a place named after a titled person keeps the title and the name, not a title after the name (قصر بعبدا المبعوث)', () => {
  assert.ok(named('هبطت الطائرة في مطار الملك خالد الدولي بالرياض.').includes('مطار الملك خالد الدولي/place'));
  const got = named('استقبل الرئيس في قصر بعبدا المبعوث الأمريكي توم براك.');
  assert.ok(got.includes('قصر بعبدا/place'), got.join(' '));
});

test('a club whose name is a word is a name in a text about sport only (الهلال, النصر)', () => {
  const sport = 'فاز الهلال على النصر بهدفين مقابل هدف في مباراة مثيرة بالرياض.';
  const got = named(sport);
  assert.ok(got.includes('الهلال/org') && got.includes('النصر/org'), got.join(' '));
  // the crescent of a month and a victory are no clubs
  const other = 'أعلنت دار الإفتاء رؤية الهلال مساء الخميس، واحتفل الأهالي بالنصر في الساحات.';
  assert.ok(!named(other).some((n) => n.startsWith('الهلال') || n.startsWith('النصر')), named(other).join(' '));
});
