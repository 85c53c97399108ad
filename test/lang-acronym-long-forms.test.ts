// A long name with words in lower case is read back from the acronym in parentheses after it (`Centre national d'études
// spatiales (CNES)`); a town's river, a person's party or a word in parentheses is no such short form.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { longFormStart } from '../src/analyze/acronym-long-forms.js';
import { tokenise } from '../src/analyze/tokens.js';

const names = (text: string, language: string): string[] => analyze(text, { language }).entities.map((e) => e.name);
const typeOf = (text: string, language: string, name: string): string | undefined => analyze(text, { language }).entities.find((e) => e.name === name)?.type;

test('the acronym’s letters, last to first, the first at a word’s start, give where the long form starts', () => {
  const t = tokenise('Selon le Centre national d’études spatiales (CNES), le lancement est reporté.').tokens;
  const paren = t.findIndex((x) => x.text === '(');
  assert.equal(t[longFormStart(t, paren, 'CNES')]!.text, 'Centre');
  assert.equal(longFormStart(t, paren, 'XYZ'), -1);
});

test('a long name before its acronym is one organisation, its acronym the same one (fr, es, it, pt, de)', () => {
  const fr = 'Le Centre national d’études spatiales (CNES) a confirmé jeudi le report du lancement. Le CNES précise que le satellite est intact.';
  assert.ok(names(fr, 'fr').includes('Centre national d’études spatiales'));
  assert.ok(!names(fr, 'fr').includes('CNES'), 'the acronym names the same entity');
  const es = 'La Confederación Nacional del Transporte de Cargas (CNTC) convocó un paro para el lunes en todo el país.';
  assert.equal(typeOf(es, 'es', 'Confederación Nacional del Transporte de Cargas'), 'org');
  const it = 'La Direzione distrettuale antimafia (Dda) di Napoli ha chiuso le indagini sul clan.';
  assert.ok(names(it, 'it').includes('Direzione distrettuale antimafia'));
  const pt = 'A Associação do Alojamento Local em Portugal (ALEP) contesta as novas regras do Governo.';
  assert.ok(names(pt, 'pt').includes('Associação do Alojamento Local em Portugal'));
  const de = 'Das Gebäudeenergiegesetz (GEG) soll im Herbst geändert werden, kündigte die Bundesregierung an.';
  assert.ok(names(de, 'de').includes('Gebäudeenergiegesetz'));
});

test('a town’s river, a person’s party, a word in parentheses stay as they are (de, fr)', () => {
  const town = 'Das Hochwasser der Oder hat am Wochenende Frankfurt (Oder) erreicht.';
  assert.ok(!names(town, 'de').some((n) => n.startsWith('Oder hat')));
  const party = 'Bundeskanzler Olaf Scholz (SPD) hat am Montag die Ministerpräsidenten getroffen.';
  assert.ok(names(party, 'de').includes('Olaf Scholz'));
  const fr = 'Le maire de Lyon, Grégory Doucet (EELV), a inauguré la ligne de tramway.';
  assert.equal(typeOf(fr, 'fr', 'Grégory Doucet'), 'person');
});
