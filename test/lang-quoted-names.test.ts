// Names written in quotation marks (Russian `«Зенит»`, `на «Газпром Арене»`), told apart from short speech in the same
// marks; a title's organisation in marks before the person's name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

const mentions = (text: string): string[] => analyze(text, { language: 'ru' }).entities.flatMap((e) => [e.name, ...e.aliases]);

test('a capitalised word or phrase filling a pair of guillemets is one name (ru)', () => {
  const got = mentions('Петербургский «Зенит» обыграл «Крылья Советов» на «Газпром Арене» со счётом 2:0.');
  assert.ok(got.includes('Зенит'), got.join(', '));
  assert.ok(got.includes('Газпром Арене'), got.join(', '));
  assert.ok(!got.includes('Арене'), got.join(', '));
});

test('an organisation’s noun before the marks types the name an organisation (ru)', () => {
  const e = analyze('Компания «Ахмат» опровергла сообщения о продаже.', { language: 'ru' }).entities.find((x) => x.name === 'Ахмат');
  assert.equal(e?.type, 'org');
});

test('short speech in guillemets stays a quotation, not a name (ru)', () => {
  const ru = 'Губернатор Вячеслав Гладков обратился к жителям. «Ситуация остаётся сложной», — написал он в своём канале.';
  assert.equal(speakerOf(ru, 'ru', 'Ситуация остаётся'), 'Вячеслав Гладков');
  assert.ok(!mentions(ru).includes('Ситуация остаётся сложной'));
});

test('a club in guillemets after a title does not hide the person named after it (ru)', () => {
  const ru = '«Мы провели хороший матч, но не забили свои моменты», — заявил после игры главный тренер «Факела» Сергей Оборин.';
  assert.equal(speakerOf(ru, 'ru', 'Мы провели'), 'Сергей Оборин');
});

test('a person named after a title whose complement is a quoted name speaks, after a phrase of place or time too', () => {
  const ru = '«Мы хорошо подготовились и реализовали свои моменты», — сказал на пресс-конференции главный тренер «Зенита» Сергей Семак.';
  const q = analyze(ru, { language: 'ru' }).quotes.find((x) => x.text.startsWith('Мы хорошо'));
  assert.equal(q?.speaker?.entity, 'Сергей Семак');
});
