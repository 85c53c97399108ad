// A short quotation whose speaker is not found is kept when a cue before it in its sentence reports it and it reads as
// words of a clause (`hieß es, eine Lösung sei „frühestens im kommenden Herbst realistisch“`); a name or a title after a
// cue is none (`„World of Warcraft“`); an 'according to' phrase reports as a cue does; a long cue may have an adverb after
// its auxiliary (`hanno poi fatto sapere`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';

const quotes = (text: string, language: string) => analyze(text, { language }).quotes;

test('German: a short partial quotation after "hieß es" is a quotation with no speaker named', () => {
  const found = quotes('Aus Verhandlungskreisen hieß es, eine Lösung sei „frühestens im kommenden Herbst realistisch“.', 'de');
  const q = found.find((x) => x.text.startsWith('frühestens'));
  assert.ok(q, 'the partial quotation is kept');
  assert.equal(q.speaker, null);
});

test('German: a title of capitalised words after a cue is no quotation', () => {
  const found = quotes('Der Schüler sagte, er spiele jeden Abend „World of Warcraft“ mit seinen Freunden.', 'de');
  assert.equal(found.filter((x) => x.text.startsWith('World')).length, 0);
});

test('Italian: an adverb after the auxiliary of a three-word cue (Fonti della maggioranza hanno poi fatto sapere)', () => {
  const found = quotes('Fonti della maggioranza hanno poi fatto sapere che il governo «non intende porre la fiducia» sul provvedimento.', 'it');
  const q = found.find((x) => x.text.startsWith('non intende'));
  assert.equal(q?.cue, 'hanno poi fatto sapere');
  assert.equal(q?.speaker, null);
});

test("Italian: a short partial quotation after an 'according to' phrase is kept (Secondo gli inquirenti, …)", () => {
  const found = quotes("Secondo gli inquirenti, il giro d'affari superava «i due milioni di euro».", 'it');
  assert.ok(found.some((x) => x.text.startsWith('i due milioni')));
});
