// A description after a quotation (`— признался актёр`, `, kündigte der Jurist an`) stands for the one person the sentence
// just before names with no title, rather than for someone who spoke earlier; a person that sentence names by a title
// of their own is described by that title, not by another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf } from './helpers/lang-speaker.js';

test('Russian: the actor named alone in the sentence before, not the director who spoke (признался актёр)', () => {
  const text =
    'В театре прошла премьера. «Это история о правде», — объяснил режиссёр постановки Артём Кравцов. Роль Свифта исполнил Сергей Маковецкий. «Я ждал такой роли почти двадцать лет», — признался актёр после спектакля.';
  assert.equal(speakerOf(text, 'ru', 'Я ждал'), 'Сергей Маковецкий');
});

test('Italian: the coach named alone in the sentence before speaks, not the other coach who spoke (ha detto il tecnico croato)', () => {
  const text =
    'Antonio Conte non cerca alibi. "Abbiamo giocato un buon primo tempo", ha ammesso l\'allenatore. Di tutt\'altro umore Ivan Juric, che ha visto la sua squadra rimontare. "Questa squadra ha un cuore enorme", ha detto il tecnico croato.';
  assert.equal(speakerOf(text, 'it', 'Questa squadra'), 'Ivan Juric');
});

test('Russian: a player named with his own title in the sentence before is not "the coach" (добавил тренер)', () => {
  const text =
    'Главный тренер сборной Валерий Карпин назвал состав. «Мы хотим посмотреть молодых ребят», — заявил Карпин. По его словам, полузащитник Александр Головин пропустит сборы из-за травмы. «Жаль, но здоровье важнее», — добавил тренер.';
  assert.equal(speakerOf(text, 'ru', 'Жаль'), 'Валерий Карпин');
});
