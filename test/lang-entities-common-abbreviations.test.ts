// Abbreviations of common nouns (data commonAbbreviations) and units after a number name no one, in every language with
// rules; names made with one stay (`TV Wattenscheid`), and so does an act's abbreviation after a citation's number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';

const names = (text: string, language: string): string[] => analyze(text, { language }).entities.map((e) => e.name);

test('German: abbreviations of common nouns are no names (TV, PC, KMU, GmbH, FAQ); a club named with one stays (TV Wattenscheid)', () => {
  const found = names(
    'Im TV lief am Abend nichts Neues. Ein neuer PC kostet rund 800 Euro. Rund 20 Prozent der KMU investieren in KI. Die Firma ist eine GmbH. Das FAQ hilft weiter. Der TV Wattenscheid gewann sein Heimspiel.',
    'de',
  );
  for (const junk of ['TV', 'PC', 'KMU', 'KI', 'GmbH', 'FAQ']) assert.ok(!found.includes(junk), junk);
  assert.ok(found.includes('TV Wattenscheid'), 'TV Wattenscheid');
});

test('German: an abbreviation right after a number is a unit (500 MW, 15 MWp, 16 GB RAM), not after a citation (§ 176 Abs. 1 GVG)', () => {
  const found = names('Der Windpark leistet 500 MW, die Solaranlage 15 MWp. Der Rechner hat 16 GB RAM. Der Richter berief sich auf § 176 Abs. 1 GVG.', 'de');
  for (const junk of ['MW', 'MWp', 'GB', 'GB RAM', 'RAM']) assert.ok(!found.includes(junk), junk);
  assert.ok(found.includes('GVG'), 'GVG');
});

test('French, Spanish and Russian: their own abbreviations of common nouns are no names (PME, TVA, PIB, СМИ, ДТП, ВВП)', () => {
  const fr = names('Les PME paient désormais la TVA à taux réduit, selon le ministère. Le PIB a reculé.', 'fr');
  for (const junk of ['PME', 'TVA', 'PIB']) assert.ok(!fr.includes(junk), junk);
  const es = names('El PIB creció un 2 %, según el Banco de España.', 'es');
  assert.ok(!es.includes('PIB') && es.includes('Banco de España'), es.join(', '));
  const ru = names('По данным СМИ, в ДТП под Тверью пострадали трое. Рост ВВП замедлился, сообщил Росстат.', 'ru');
  for (const junk of ['СМИ', 'ДТП', 'ВВП']) assert.ok(!ru.includes(junk), junk);
  assert.ok(ru.includes('Росстат'), 'Росстат');
});

test('Spanish: a party written with letters that are a common abbreviation elsewhere keeps its name (PC: Partido Comunista)', () => {
  assert.ok(names('La diputada Karol Cariola, del PC, votó en contra. El PS y el PC firmaron el acuerdo.', 'es').includes('PC'));
});

test('a year before an abbreviation dates it: the name stays (2023 IEA); a number before one makes it a unit (500 MW)', () => {
  const found = names('Die Zahlen stammen aus dem Bericht 2023 IEA und zeigen, dass der Park 500 MW liefert.', 'de');
  assert.ok(found.includes('IEA') && !found.includes('MW'), found.join(', '));
});
