// Words inside a name outside English that look like common words elsewhere: a capitalised month inside a sentence
// (`Plaza de Mayo`, `Instituto Português do Mar e da Atmosfera`: `Mar` folds to a month), a capitalised word of the
// stopword list after a connector (`Ministerio del Trabajo`), and such a word is no part of a person's name's shape
// (`Orçamento do Estado` is no person); where names inflect, a surname's nominative ending makes a person (`Искандер Ядгаров`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

const mentions = (text: string, language: string): string[] => analyze(text, { language }).mentions.map((m) => m.text);

test('a capitalised month or day inside a sentence is part of the name, at a sentence start or abbreviated it is none', () => {
  assert.ok(mentions('Miles de jubilados marcharon ayer hasta la Plaza de Mayo de Buenos Aires.', 'es').includes('Plaza de Mayo'));
  const pt = mentions('O aviso foi emitido pelo Instituto Português do Mar e da Atmosfera para toda a costa.', 'pt');
  assert.ok(pt.includes('Instituto Português do Mar e da Atmosfera'), pt.join(' | '));
  assert.ok(!mentions('Mayo fue un mes lluvioso en Sevilla.', 'es').some((m) => m.startsWith('Mayo')));
});

test('a capitalised word the stopword list holds, after a connector inside a name, stays in it; alone it names nothing', () => {
  const es = mentions('Los sindicatos se reunieron con el Ministerio del Trabajo y la Confederación General del Trabajo.', 'es');
  assert.ok(es.includes('Ministerio del Trabajo') && es.includes('Confederación General del Trabajo'), es.join(' | '));
  const pt = mentions('O Governo apresentou o Orçamento do Estado e o Estado pagará menos juros.', 'pt');
  assert.ok(pt.includes('Orçamento do Estado'), pt.join(' | '));
  assert.ok(!pt.includes('Estado'), pt.join(' | '));
});

test('a name holding a stopword is no person, and after an article it stands for no subject a dropped one could be (pt)', () => {
  const text =
    'O primeiro-ministro Luís Montenegro garantiu nesta quinta-feira que o Orçamento do Estado não trará aumento de impostos. "Os portugueses podem estar tranquilos", declarou aos jornalistas em Lisboa.';
  const next = analyze('O Governo não vai aumentar impostos no próximo Orçamento do Estado, disse o ministro.', { language: 'pt' });
  assert.equal(next.entities.find((e) => e.name === 'Orçamento do Estado')?.type, 'other');
  assert.equal(speakerOf(text, 'pt', 'Os portugueses'), 'Luís Montenegro');
});

test('where names inflect, a given name no list holds and a surname ending as one does in the nominative name a person (ru)', () => {
  const text = 'Победителем забега стал Искандер Ядгаров. «Я хотел выбежать из 2:12, но на последних километрах поднялся ветер», — признался спортсмен.';
  const a = analyze(text, { language: 'ru' });
  assert.equal(a.entities.find((e) => e.name === 'Искандер Ядгаров')?.type, 'person');
  assert.equal(speakerOf(text, 'ru', 'Я хотел'), 'Искандер Ядгаров');
  assert.notEqual(
    analyze('Туристы гуляли по набережной, где Западный Берлин встречается с рекой.', { language: 'ru' }).entities.find((e) => e.name.includes('Берлин'))?.type,
    'person',
  );
});

test('a known body’s one-word name that one more capitalised word continues is part of the longer name (pt), not before a person (ru)', () => {
  const pt = analyze('Ontem a Câmara Municipal de Almada aprovou o novo plano de mobilidade.', { language: 'pt' });
  assert.ok(
    pt.entities.some((e) => e.name === 'Câmara Municipal de Almada' && e.type === 'org'),
    pt.entities.map((e) => e.name).join(', '),
  );
  assert.ok(!pt.entities.some((e) => e.name === 'Câmara'), pt.entities.map((e) => e.name).join(', '));
  // an acronym and a person after it stay apart, and where names inflect the word after is the body's place (ru)
  const ru = analyze('Глава Минцифры Максут Шадаев заявил, что МИД России готов помочь.', { language: 'ru' });
  const names = ru.entities.map((e) => e.name);
  assert.ok(names.includes('Максут Шадаев'), names.join(', '));
});

test('a body’s name of more than six words joined by connectors is one name (es)', () => {
  const es = analyze('Ayer la Comisión Nacional de Áreas Naturales Protegidas cerró el parque por los incendios.', { language: 'es' });
  const names = es.entities.map((e) => e.name);
  assert.ok(names.includes('Comisión Nacional de Áreas Naturales Protegidas'), names.join(', '));
});
