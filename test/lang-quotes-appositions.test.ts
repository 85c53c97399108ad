// Speakers outside English named in appositions and domains: a second title after the comma, any noun before the comma, domains before names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test('an apposition after a role phrase may hold a second title, or follow any noun phrase with its article', () => {
  const it = "Il processo a Giulio Ferri si è aperto a Torino. «Il mio cliente è innocente», ha detto il suo legale, l'avvocato Marco Villa.";
  assert.equal(speakerOf(it, 'it', 'Il mio cliente'), 'Marco Villa');
  const es = '«No sabía nada de esas cuentas», aseguró el principal investigado, Luis Romero, ante el juez.';
  assert.equal(speakerOf(es, 'es', 'No sabía nada'), 'Luis Romero');
});

test('a name after a preposition is not the subject an apposition describes; a capitalised short word is no acronym (Un habitant)', () => {
  const fr = 'Un habitant de Saint-Tropez, réveillé par les sirènes, raconte : « Nous avons vu les flammes depuis la fenêtre ».';
  assert.equal(speakerOf(fr, 'fr', 'Nous avons vu'), null);
  assert.ok(!analyze(fr, { language: 'fr' }).entities.some((e) => e.name === 'United Nations'));
});

test('a German compound ending in -chef is a title a role phrase refers back with (der Rathauschef)', () => {
  const de = 'Oberbürgermeister Dieter Reiter eröffnete den Markt. „Wir haben lange auf diesen Tag gewartet“, sagte der Rathauschef.';
  assert.equal(speakerOf(de, 'de', 'Wir haben lange'), 'Dieter Reiter');
});

test("a title's domain before a name is no name of a person, and no holder of the title (ministro della Salute, Губернатор ... области)", () => {
  const it = "Secondo il ministro della Salute Orazio Schillaci, «le liste d'attesa si ridurranno entro l'anno».";
  assert.equal(speakerOf(it, 'it', "le liste d'attesa"), 'Orazio Schillaci');
  const ru =
    'Губернатор Курской области Роман Старовойт провёл совещание. «Мы восстановим все дома», — заявил он. «Сроки жёсткие, но выполнимые», — добавил губернатор.';
  assert.equal(speakerOf(ru, 'ru', 'Сроки жёсткие'), 'Роман Старовойт');
});

test('an indefinite phrase after the cue with a name in apposition is that person (una de las afectadas, Carmen Ruiz)', () => {
  const es =
    'Los vecinos protestaron ante el ayuntamiento. «Llevamos meses sin agua caliente», explicó una de las afectadas, Carmen Ruiz. El alcalde no respondió.';
  assert.equal(speakerOf(es, 'es', 'Llevamos meses'), 'Carmen Ruiz');
  const it = 'I residenti hanno protestato in piazza. «Non possiamo vivere così», ha detto uno dei residenti, Mario Bianchi. Il sindaco tace.';
  assert.equal(speakerOf(it, 'it', 'Non possiamo'), 'Mario Bianchi');
});

test('a Russian phrase opening with "one of" names no one, whoever was named before (— рассказал один из водителей)', () => {
  const ru =
    '«Снегопад продлится до выходных», — сообщил научный руководитель Гидрометцентра Роман Вильфанд. «Мы простояли в пробке почти три часа», — рассказал один из водителей.';
  assert.equal(speakerOf(ru, 'ru', 'Мы простояли'), null);
});
