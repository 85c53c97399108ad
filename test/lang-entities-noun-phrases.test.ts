// German words that look like names and are not: quantities, street-like compounds of common nouns, an adjective of a
// title, a known name used as the common noun it also is; and an abbreviation's plural in every language with rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';

const names = (text: string, language: string): string[] => analyze(text, { language }).entities.map((e) => e.name);

test('German: quantity words open no name (Mehrere Gigawatt, mehrere Tausend Euro, Hunderttausend Euro)', () => {
  const found = names(
    'Die Branche warnt. „Mehrere Gigawatt Erzeugungsleistung aus Biogas stehen zur Disposition“, sagte Sandra Rostek. Manche geben mehrere Tausend Euro aus, andere Hunderttausend Euro.',
    'de',
  );
  assert.ok(!found.some((n) => /Gigawatt|Euro/u.test(n)), found.join(', '));
  assert.ok(found.includes('Sandra Rostek'), found.join(', '));
});

test('German: a word ending as streets do is no place when it ends in a longer common noun or a noun heads it (Neukäufer, Liebesmarkt); Alexanderplatz is one', () => {
  const found = names('Neukäufer erhalten einen Rabatt. Der Liebesmarkt boomt seit Jahren. Die Demonstration endete am Alexanderplatz.', 'de');
  assert.ok(!found.includes('Neukäufer') && !found.includes('Liebesmarkt'), found.join(', '));
  assert.ok(found.includes('Alexanderplatz'), found.join(', '));
});

test('German: a capitalised adjective before a title is the title’s (des Geistlichen Leiters), not a name; before a body’s noun it opens one', () => {
  const found = names(
    'Derzeit ist das Amt des Geistlichen Leiters vakant. Der Entwurf des Demokratischen Gouverneurs scheiterte. Die Europäische Zentralbank hob die Zinsen.',
    'de',
  );
  assert.ok(!found.some((n) => /Leiters|Gouverneurs/u.test(n)), found.join(', '));
  assert.ok(found.includes('Europäische Zentralbank'), found.join(', '));
});

test('German: a known name that is a common noun is the noun after an indefinite article or an adjective (ein eigenes Bild), not after der (der Bild)', () => {
  assert.ok(!names('Ich wollte mir ein eigenes Bild machen. Wir malen ein Bild.', 'de').includes('Bild'));
  assert.ok(names('Das sagte der Minister der Bild am Mittwoch.', 'de').includes('Bild'));
  assert.ok(names('Nach heftigen Schneefällen sind in den bayerischen Alpen mehrere Straßen gesperrt.', 'de').includes('Alpen'));
});

test('an abbreviation with a plural s is a common noun’s (URLs, NDCs, PMs), in German and Portuguese; the abbreviation alone stays a name (NASA)', () => {
  const de = names('Die Liste enthält alle URLs der Seite. Die NDCs der Staaten reichen nicht, sagt die NASA.', 'de');
  assert.ok(!de.includes('URLs') && !de.includes('NDCs') && de.includes('NASA'), de.join(', '));
  assert.ok(!names('Os PMs foram chamados ao local pela vizinhança.', 'pt').includes('PMs'));
});

test('a Roman number alone is no name (Teil II, siglo XIX, XXIe siècle); after a name it is part of it (Felipe II)', () => {
  assert.ok(!names('Sie reichen eine Kopie der Zulassungsbescheinigung Teil II ein.', 'de').includes('II'));
  const es = names('La iglesia data del siglo XIX, según el historiador Pablo Ruiz. La construyó Felipe II.', 'es');
  assert.ok(!es.includes('XIX') && es.includes('Felipe II'), es.join(', '));
  const fr = names('Depuis le début du XXIe siècle, le centre de gravité se déplace, écrit Martine Bulard.', 'fr');
  assert.ok(!fr.includes('XXIe'), fr.join(', '));
});

test('Spanish: DT (director técnico) is a title before a coach’s name, no part of it (DT Jafet Soto)', () => {
  const found = analyze('Herediano: Jostin Daly (7), Jonathan McDonald (6). DT Jafet Soto. Cambios: Yendrick Ruiz.', { language: 'es' }).entities;
  assert.ok(
    found.some((e) => e.name === 'Jafet Soto' && e.type === 'person'),
    found.map((e) => e.name).join(', '),
  );
  assert.ok(!found.some((e) => e.name.startsWith('DT')), found.map((e) => e.name).join(', '));
});

test('German: a sentence’s first word before a common noun is a name’s only as a given name or where the text capitalises it inside a sentence too', () => {
  const found = names('Der Konzern legte Zahlen vor. Gestern Abend gab das Unternehmen neue Ziele bekannt. Unterm Strich bleibt ein Verlust.', 'de');
  assert.ok(!found.includes('Gestern Abend') && !found.includes('Unterm Strich'), found.join(', '));
  const named = names(
    'Die Sendung lief am Abend. Justina Schreiber unternimmt eine Bestandsaufnahme. Am Ende zieht Justina Schreiber Bilanz. Andreas Fischer singt.',
    'de',
  );
  assert.ok(named.includes('Justina Schreiber') && named.includes('Andreas Fischer'), named.join(', '));
});

test('German: units after a number or a quantity word and an abbreviation after them name no one (72 Millionen Tonnen CO2)', () => {
  const found = names('Der Sektor darf 2030 höchstens 72 Millionen Tonnen CO2 ausstoßen, die Anlage spart 500 Tonnen CO2.', 'de');
  assert.ok(!found.some((n) => n.includes('CO2')), found.join(', '));
});

test('German: Intendantin is a title before a name (Intendantin Iris Laufenberg)', () => {
  const a = analyze('Das Publikum applaudierte. Intendantin Iris Laufenberg zeigte sich zufrieden: „Genau für solche Abende machen wir Theater.“', {
    language: 'de',
  });
  assert.ok(
    a.entities.some((e) => e.name === 'Iris Laufenberg' && e.type === 'person'),
    a.entities.map((e) => e.name).join(', '),
  );
  assert.equal(a.quotes[0]?.speaker?.entity, 'Iris Laufenberg');
});

test('German: a known place’s genitive opening a run names the place, and the rest is read on its own (Dortmunds Coach Niko Kovač, Thüringens Ministerpräsident)', () => {
  const a = analyze(
    'Dortmunds Coach Niko Kovač sprach von einer »bitteren, aber verdienten Niederlage«. Thüringens Ministerpräsident Mario Voigt gratulierte.',
    {
      language: 'de',
    },
  );
  const texts = a.mentions.map((m) => `${m.text}:${m.type}`);
  for (const want of ['Dortmunds:place', 'Niko Kovač:person', 'Thüringens:place', 'Mario Voigt:person']) assert.ok(texts.includes(want), texts.join(', '));
  assert.equal(a.quotes[0]?.speaker?.entity, 'Niko Kovač');
  // a given name is no town's genitive (Jonas, not Jona's)
  assert.ok(names('Der Virologe sprach. Jonas Schmidt-Chanasit warnte vor der Welle.', 'de').includes('Jonas Schmidt-Chanasit'));
});
