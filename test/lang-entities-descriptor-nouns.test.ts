// German: a common noun opening a run of capitals describes the name after it (`der Firma AEG`, `die Region Dalarna`)
// and is no part of it, unless it heads the name (`Universität Warschau`, `Schloss Juval`) or the rest is English words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';

const names = (text: string): string[] => analyze(text, { language: 'de' }).entities.map((e) => e.name);

test('German: a describing noun before a name is left out of it (der Firma AEG, die Region Dalarna, die Provinz Hebei)', () => {
  const found = names(
    'Nach dem Krieg wurde das Gebäude von der Firma AEG gemietet. Die mittelschwedische Region Dalarna gilt als Wiege der roten Häuser. Das Werk steht in der Provinz Hebei.',
  );
  for (const name of ['AEG', 'Dalarna', 'Hebei']) assert.ok(found.includes(name), name);
  for (const span of ['Firma AEG', 'Region Dalarna', 'Provinz Hebei']) assert.ok(!found.includes(span), span);
});

test("German: a name's head word stays in it (Universität Warschau, Schloss Juval, Europäische Arzneimittel-Agentur)", () => {
  const found = names(
    'Eine Studie der Universität Warschau zeigt das. Reinhold Messner lebt auf Schloss Juval. Eine Zulassung durch die Europäische Arzneimittel-Agentur steht aus.',
  );
  for (const name of ['Universität Warschau', 'Schloss Juval', 'Europäische Arzneimittel-Agentur']) assert.ok(found.includes(name), name);
});

test('German: a title before a given name is no describing noun of the surname (Innensenatorin Iris Spranger)', () => {
  assert.ok(names('Der Täter floh. Innensenatorin Iris Spranger (SPD) kündigte Konsequenzen an.').includes('Iris Spranger'));
});

test('German: a noun before common English words opens a borrowed phrase, no name (Joint Ventures)', () => {
  const found = names('Zu den Partnerschaften zählen mehrere Joint Ventures mit Versicherern.');
  assert.ok(!found.includes('Ventures'));
  assert.ok(!found.includes('Joint Ventures'));
});
