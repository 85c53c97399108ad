// Russian names read back to the nominative whatever case the text puts them in: one person, one entity.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { nominativeName } from '../src/lang/name-cases.js';
import { profileFor } from '../src/lang/profile.js';
import { speakerOf } from './helpers/lang-speaker.js';

const ru = profileFor('ru');
const back = (name: string): string | null => nominativeName(name.split(' '), ru.givenNames, ru.surnameEndings!);

test('a given name and surname in any case read back to the nominative, a woman’s and a man’s', () => {
  assert.equal(back('Романа Вильфанда'), 'Роман Вильфанд');
  assert.equal(back('Ирины Соколовой'), 'Ирина Соколова');
  assert.equal(back('Сергеем Лавровым'), 'Сергей Лавров');
  assert.equal(back('Андрею Белоусову'), 'Андрей Белоусов');
  assert.equal(back('Игоре Сечине'), 'Игорь Сечин');
  assert.equal(back('Владимира Владимировича Путина'), 'Владимир Владимирович Путин');
});

test('adjectival surnames take their own nominative, indeclinable ones stay as written', () => {
  assert.equal(back('Алексея Навального'), 'Алексей Навальный');
  assert.equal(back('Юлии Навальной'), 'Юлия Навальная');
  assert.equal(back('Анной Шевченко'), 'Анна Шевченко');
  assert.equal(back('Ивана Черных'), 'Иван Черных');
});

test('a name already in the nominative, or opening with no known given name, is left as it is', () => {
  assert.equal(back('Сергей Лавров'), null);
  assert.equal(back('Газпрома Нефти'), null);
});

test('a person named in the genitive and later in the nominative is one entity, and speaks under it', () => {
  const text =
    'По словам руководителя лаборатории Ирины Соколовой, разработка «может быть востребована в Арктике уже через два-три года». Ирина Соколова возглавляет лабораторию с 2019 года.';
  const a = analyze(text, { language: 'ru' });
  const people = a.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.deepEqual(people, ['Ирина Соколова']);
  assert.equal(speakerOf(text, 'ru', 'может быть'), 'Ирина Соколова');
});

test('a given name in the instrumental makes its run a person', () => {
  const a = analyze('Вчера министр встретился с Мариной Котовой в Казани.', { language: 'ru' });
  assert.ok(a.entities.some((e) => e.name === 'Марина Котова' && e.type === 'person'));
});

test('a known full name takes no capitalised word before it that is no given name: a genitive there is another name', () => {
  const a = analyze('Пресс-секретарь Путина Дмитрий Песков заявил журналистам, что встреча прошла хорошо.', { language: 'ru' });
  const names = a.entities.map((e) => e.name);
  assert.ok(names.includes('Dmitry Peskov'), names.join(', '));
  assert.ok(!names.some((n) => n.includes('Путина Дмитрий')), names.join(', '));
});

test('a capitalised adjective, adjectives in lower case and a body’s head word in any case name an organisation', () => {
  const a = analyze(
    'Учёные Новосибирского государственного университета получили грант. Проект поддержан Российским научным фондом, данные собраны на Баксанской нейтринной обсерватории.',
    { language: 'ru' },
  );
  const orgs = a.entities.filter((e) => e.type === 'org').map((e) => e.name);
  assert.deepEqual(orgs, ['Новосибирского государственного университета', 'Российским научным фондом', 'Баксанской нейтринной обсерватории']);
});
