// German: a hyphenated compound is the common noun its last part is, by the lexicon or by a noun's ending after an acronym,
// a number or a noun (`CO2-Abscheidung`, `EU-Taxonomie`), and one whose last part is written small is an adjective
// (`DSGVO-konform`); names stay: places of name words, bodies and laws by their head, a Korean given name after its surname.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';

const names = (text: string): string[] => analyze(text, { language: 'de' }).entities.map((e) => e.name);

test('German: a compound ending in a noun by its ending after an acronym or a number is no name (CO2-Abscheidung, EU-Taxonomie, Covid-19-Pandemie)', () => {
  const found = names(
    'Das Institut erforscht die CO2-Abscheidung in alten Gasfeldern. Banken müssen die EU-Taxonomie beachten. Die Covid-19-Pandemie traf den Handel hart. Der Konzern setzt auf Ende-zu-Ende-Verschlüsselung.',
  );
  for (const junk of ['CO2-Abscheidung', 'EU-Taxonomie', 'Covid-19-Pandemie', 'Ende-zu-Ende-Verschlüsselung']) assert.ok(!found.includes(junk), junk);
});

test('German: a compound whose last part is written small is an adjective, no name (DSGVO-konform, TÜV-zertifizierte Geräte, Start-up)', () => {
  const found = names(
    'Die Software arbeitet DSGVO-konform. Im Handel gibt es TÜV-zertifizierte Geräte für wenig Geld. Das französische Start-up Mistral AI sammelte Geld ein.',
  );
  for (const junk of ['DSGVO-konform', 'TÜV-zertifizierte Geräte', 'TÜV-zertifizierte', 'Start-up Mistral AI']) assert.ok(!found.includes(junk), junk);
  assert.ok(found.includes('Mistral AI'), 'Mistral AI');
});

test('German: hyphenated names stay (a place of name words, a body and a law by their head, a Korean given name after its surname)', () => {
  const found = names(
    'Der Biathlon-Weltcup gastiert in Brezno-Osrblie. Das Robert-Koch-Institut meldete neue Zahlen. Das Erneuerbare-Energien-Gesetz wird reformiert. In Seoul traf er den Schriftsteller Hwang Sok-yong.',
  );
  for (const name of ['Brezno-Osrblie', 'Robert-Koch-Institut', 'Erneuerbare-Energien-Gesetz', 'Hwang Sok-yong']) assert.ok(found.includes(name), name);
});

test('German: a compound ending in a common English word after an acronym is no name (CD-Player, SCHUFA-Score); brands stay (T-Mobile, Coca-Cola)', () => {
  const found = names('Der alte CD-Player lief noch. Ihr SCHUFA-Score sank. Die Telekom-Tochter T-Mobile wächst. Coca-Cola wirbt im Sommer.');
  for (const junk of ['CD-Player', 'SCHUFA-Score']) assert.ok(!found.includes(junk), junk);
  for (const name of ['T-Mobile', 'Coca-Cola']) assert.ok(found.includes(name), name);
});

test('German: a compound written small at its end is an adjective, no noun describing the word after it (All-over Look)', () => {
  assert.ok(!names('Ob als Akzent oder All-over Look, die Farbe passt zu vielem.').includes('Look'));
});
