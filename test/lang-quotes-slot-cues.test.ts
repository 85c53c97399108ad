// Cues found by their place and their grammar rather than by a list: another auxiliary of a listed participle (`avait-elle
// insisté`), any verb between a quotation's comma and a name (`», soupire Jean-Marc Lafitte`), an adverb before a cue
// (`», — коротко ответил`), a cue inside an 'according to' phrase (`Как заверили в Дептрансе`), and Arabic names between
// a cue and an apposition with a title.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test('another auxiliary with a listed cue participle is a cue, inverted or not (fr, it)', () => {
  const fr =
    'La procureure, Claire Moulin, a requis deux ans de prison. « Ce sont des sommes qui manquent aux patients », avait-elle insisté devant le tribunal.';
  assert.equal(speakerOf(fr, 'fr', 'Ce sont des sommes'), 'Claire Moulin');
  const it = '«La ricostruzione partirà entro l’estate», aveva spiegato il commissario Guido Castelli ai sindaci della zona.';
  assert.equal(speakerOf(it, 'it', 'La ricostruzione partirà'), 'Guido Castelli');
});

test('a verb no list holds, between a quotation’s comma and a capitalised name, is the cue (fr)', () => {
  const text =
    'Dans les vergers, c’est l’inquiétude : « Une seule averse de grêle peut ruiner une saison entière », soupire Jean-Marc Lafitte, producteur de prunes.';
  assert.equal(speakerOf(text, 'fr', 'Une seule averse'), 'Jean-Marc Lafitte');
});

test('a title in quotation marks with a noun in apposition after it names no speaker (pt)', () => {
  const text = 'Estreia nesta quinta-feira nos cinemas “A Última Noite em Olinda”, longa de estreia da diretora pernambucana Clara Monteiro.';
  const speakers = analyze(text, { language: 'pt' }).quotes.map((q) => q.speaker?.entity ?? null);
  assert.ok(!speakers.includes('Clara Monteiro'), speakers.join(', '));
});

test('an adverb between the dash and the cue keeps the cue and its subject (ru)', () => {
  const text = '«Неважно, с кем играть, я готов», — коротко ответил Рублёв на вопрос журналистов о следующем сопернике.';
  assert.equal(speakerOf(text, 'ru', 'Неважно, с кем'), 'Рублёв');
});

test('the cue of an opening “as they said at” phrase gives the organisation there, not the person named before (ru)', () => {
  const text =
    '«Мне не нравится, что моё лицо хранится где-то в базе», — признался студент Артём Гусев. Как заверили в Дептрансе, данные «надёжно защищены и не передаются третьим лицам».';
  assert.equal(speakerOf(text, 'ru', 'надёжно защищены'), 'Дептрансе');
});

test('“quotes the words of” a title and a name gives that person (ru)', () => {
  const text = '«Мы не имеем права расслабляться перед плей-офф», — приводит слова главного тренера Олега Бражникова пресс-служба клуба.';
  assert.equal(speakerOf(text, 'ru', 'Мы не имеем'), 'Олег Бражников');
});

test('two words between a cue and an apposition with a title name a person the gazetteer does not know (ar)', () => {
  const text =
    'وقال الحسين يوعابد، المسؤول عن التواصل في المديرية: «ننصح المواطنين بتجنب التعرض لأشعة الشمس». وأوضح أن هذه الموجة «ليست استثنائية في توقيتها».';
  const a = analyze(text, { language: 'ar' });
  assert.ok(
    a.entities.some((e) => e.name === 'الحسين يوعابد' && e.type === 'person'),
    a.entities.map((e) => e.name).join(', '),
  );
  assert.equal(speakerOf(text, 'ar', 'ننصح المواطنين'), 'الحسين يوعابد');
  assert.equal(speakerOf(text, 'ar', 'ليست استثنائية'), 'الحسين يوعابد');
});

test('a name after an elided article and a common word is a name; after `d’` it is a complement (it, fr)', () => {
  const it = analyze('Il fiume cresce ancora e lo dice l’Arpat in una nota diffusa ieri sera.', { language: 'it' });
  assert.ok(
    it.entities.some((e) => e.name === 'Arpat'),
    it.entities.map((e) => e.name).join(', '),
  );
  // after a title a long word is the title's domain, and the title's holder speaks (it)
  const domain =
    'Il ministro dell’Istruzione e del Merito, Giuseppe Valditara, ha firmato la circolare. «La scuola deve tornare a essere un luogo di concentrazione», ha spiegato il ministro.';
  assert.ok(!analyze(domain, { language: 'it' }).entities.some((e) => e.name === 'Istruzione'));
  assert.equal(speakerOf(domain, 'it', 'La scuola deve'), 'Giuseppe Valditara');
  const fr = analyze('Le coup d’État a échoué dans la nuit, selon des sources militaires.', { language: 'fr' });
  assert.ok(!fr.entities.some((e) => /État/u.test(e.name)), fr.entities.map((e) => e.name).join(', '));
});

test('an indefinite person after a cue and a short phrase names no one, a spokesperson’s noun speaks for the body (es, de)', () => {
  const es =
    '"Es un resultado muy prometedor", advirtió la investigadora principal, Elena Márquez. "Ojalá esto hubiera existido cuando diagnosticaron a mi padre", escribió en redes una usuaria.';
  assert.equal(speakerOf(es, 'es', 'Ojalá esto'), null);
  const de =
    'Die Deutsche Bahn richtet einen Ersatzverkehr mit Bussen ein. »Uns ist bewusst, dass das für Pendler eine echte Zumutung ist«, so eine Bahnsprecherin.';
  assert.equal(speakerOf(de, 'de', 'Uns ist bewusst'), 'Deutsche Bahn');
});

test('any French verb with its pronoun inverted right after a quotation’s comma says it, reflexive too (», se souvient-il; », s’emporte-t-elle)', () => {
  const fr = "Karim Benali habite l'immeuble depuis vingt ans. « On a pris les enfants et on est descendus en pyjama », se souvient-il.";
  assert.equal(speakerOf(fr, 'fr', 'On a pris'), 'Karim Benali');
  const fr2 = "Claire Roussel préside l'association des locataires. « Personne ne nous a prévenus de ces travaux », s’emporte-t-elle.";
  assert.equal(speakerOf(fr2, 'fr', 'Personne ne'), 'Claire Roussel');
});
