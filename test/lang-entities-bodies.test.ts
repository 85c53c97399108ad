// Bodies' names outside English and what they are not: fields listed by commas in one official name, a body that a place
// opens in English word order, a name after an elided article at a sentence's start, a nationality's adjective after a
// head word, German clubs by their prefix, a German street after an unknown town's adjective, an agency's credit written
// small; a German compound of common nouns ending as streets do, and a common word written in capitals, are none; a
// body's head word opening a longer name is that name when it speaks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const entities = (text: string, language: string): { name: string; type: string }[] =>
  analyze(text, { language }).entities.map((e) => ({ name: e.name, type: e.type }));
const names = (text: string, language: string): string[] => entities(text, language).map((e) => e.name);

test('fields listed by commas before the last after a conjunction are one body’s name (es, pt, fr); a list of bodies stays several', () => {
  const es = names('Ayer el Ministerio de Ganadería, Agricultura y Pesca prohibió el producto.', 'es');
  assert.ok(es.includes('Ministerio de Ganadería, Agricultura y Pesca'), es.join(', '));
  const pt = names('O Ministério da Ciência, Tecnologia e Inovação anunciou o edital.', 'pt');
  assert.ok(pt.includes('Ministério da Ciência, Tecnologia e Inovação'), pt.join(', '));
  const fr = names('Hier, le ministère du Travail, de la Santé, des Solidarités et des Familles a publié un décret.', 'fr');
  assert.ok(fr.includes('ministère du Travail, de la Santé, des Solidarités et des Familles'), fr.join(', '));
  const two = names('El Banco de España, Iberdrola y Repsol firmaron un acuerdo.', 'es');
  assert.ok(two.includes('Banco de España') && two.includes('Iberdrola') && two.includes('Repsol'), two.join(', '));
});

test('a field after a conjunction and a plural connector, and a body’s head written small (French ministère de l’Économie et des Finances)', () => {
  const fr = names("Hier, le ministère de l'Économie et des Finances a annoncé la mesure.", 'fr');
  assert.ok(fr.includes("ministère de l'Économie et des Finances"), fr.join(', '));
  const es = names('La Facultad de Ciencias Económicas y de Administración abrió la inscripción.', 'es');
  assert.ok(es.includes('Facultad de Ciencias Económicas y de Administración'), es.join(', '));
});

test('a known place opening a body’s name in English word order is that body (Florida International University), not a place and a stub', () => {
  const found = entities('Se graduó de la Universidad de La Habana y de Florida International University en 2010.', 'es');
  assert.ok(
    found.some((e) => e.name === 'Florida International University' && e.type === 'org'),
    JSON.stringify(found),
  );
  assert.ok(!found.some((e) => e.name === 'International University' || e.name === 'Florida'), JSON.stringify(found));
  const press = names('Le livre est paru chez Chicago University Press en 2019.', 'fr');
  assert.ok(press.includes('Chicago University Press'), press.join(', '));
  const place = names('Viajó a Florida International en mayo.', 'es');
  assert.ok(place.includes('Florida'), place.join(', '));
});

test('a name after an elided article at a sentence’s start is a name (L’Organisation mondiale de la santé); an article before a small word is none', () => {
  const found = entities("L'Organisation mondiale de la santé a publié un rapport. L'agence du médicament l'a commenté.", 'fr');
  assert.ok(
    found.some((e) => e.name === 'Organisation mondiale de la santé' && e.type === 'org'),
    JSON.stringify(found),
  );
  assert.equal(found.length, 1, JSON.stringify(found));
});

test('French: a nationality’s adjective after a body’s head word belongs to its name (Société suisse de l’industrie du gaz)', () => {
  const found = names("Hier, la Société suisse de l'industrie du gaz a publié un rapport. Les Suisses ont voté.", 'fr');
  assert.ok(
    found.some((n) => n.startsWith('Société suisse de')),
    found.join(', '),
  );
  assert.ok(!found.includes('Société') && !found.includes('Suisses'), found.join(', '));
});

test('German: a club named by its prefix is an organisation (TSV Boll, DJK Ellwangen)', () => {
  const found = entities('Der TSV Boll gewann gegen die DJK Ellwangen mit 3:1.', 'de');
  for (const n of ['TSV Boll', 'DJK Ellwangen'])
    assert.ok(
      found.some((e) => e.name === n && e.type === 'org'),
      JSON.stringify(found),
    );
});

test('German: a compound of common nouns ending as streets do is no place (Kinderspielplatz, Eisenbahnbrücke); a street’s own name is one', () => {
  const found = names(
    'Es gibt einen Garten mit Terrasse und Kinderspielplatz. Dort befand sich eine Eisenbahnbrücke. Wir trafen uns am Alexanderplatz, an der Köhlbrandbrücke und in der Saarlandstraße.',
    'de',
  );
  assert.ok(!found.includes('Kinderspielplatz') && !found.includes('Eisenbahnbrücke'), found.join(', '));
  for (const n of ['Alexanderplatz', 'Köhlbrandbrücke', 'Saarlandstraße']) assert.ok(found.includes(n), found.join(', '));
});

test('a common word written in capitals that the text also writes small is no organisation (GOLES, REFERENTES); acronyms stay', () => {
  const found = names(
    "El equipo marcó tres goles. GOLES: Juan Pérez 3', Luis Mora 47'. Estos son los REFERENTES, dijo. Los referentes callaron. La UNESCO y la NASA opinaron.",
    'es',
  );
  assert.ok(!found.includes('GOLES') && !found.includes('REFERENTES'), found.join(', '));
  assert.ok(found.includes('NASA') && found.includes('Juan Pérez'), found.join(', '));
});

test('a body’s head word opening a longer name speaks as that name, not as a noun for the body named before (la Società italiana di pediatria)', () => {
  const a = analyze(
    'Ieri l\'Istituto superiore di sanità ha registrato un aumento dei casi. Secondo la Società italiana di pediatria, i pronto soccorso sono "sotto forte pressione" in Lombardia.',
    { language: 'it' },
  );
  const q = a.quotes.find((x) => x.text.startsWith('sotto forte'));
  assert.equal(q?.speaker?.entity, 'Società italiana di pediatria', JSON.stringify(q?.speaker));
});

test('German: a town’s adjective before a street’s word names the street though the town is unknown (Venloer Straße); a credit `(dpa)` is an organisation', () => {
  const found = entities('Köln (dpa) - Die Baustelle an der Venloer Straße sorgt für Staus, auch die Subbelrather Straße ist betroffen.', 'de');
  for (const n of ['Venloer Straße', 'Subbelrather Straße'])
    assert.ok(
      found.some((e) => e.name === n && e.type === 'place'),
      JSON.stringify(found),
    );
  assert.ok(
    found.some((e) => e.name === 'dpa' && e.type === 'org'),
    JSON.stringify(found),
  );
});

test('German: a body’s head word after a person’s name ends one body’s name (Dietmar Hopp Stiftung); a person before `von der Universität` stays a person', () => {
  const found = entities('Geld kommt von der Dietmar Hopp Stiftung. Das schreiben Forscher um Aneta Afelt von der Universität Warschau.', 'de');
  assert.ok(
    found.some((e) => e.name === 'Dietmar Hopp Stiftung' && e.type === 'org'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some((e) => e.name === 'Aneta Afelt' && e.type === 'person'),
    JSON.stringify(found),
  );
});

test('a street’s word written small opens the street’s name (rue Jean-Jaurès, calle de Aribau, via del Tritone); a district or river is named bare', () => {
  const fr = entities('Les manifestants ont défilé boulevard de la Liberté puis rue Jean-Jaurès jusqu’au quartier de la Part-Dieu.', 'fr');
  for (const n of ['boulevard de la Liberté', 'rue Jean-Jaurès'])
    assert.ok(
      fr.some((e) => e.name === n && e.type === 'place'),
      JSON.stringify(fr),
    );
  assert.ok(!fr.some((e) => e.name === 'Jean-Jaurès' || e.name.startsWith('quartier')), JSON.stringify(fr));
  const es = names('El bar está en la calle de Aribau, cerca del río Ebro.', 'es');
  assert.ok(es.includes('calle de Aribau') && es.includes('Ebro'), es.join(', '));
  const it = names('Il negozio è in via del Tritone. Lo ha scritto via Twitter.', 'it');
  assert.ok(it.includes('via del Tritone') && it.includes('Twitter'), it.join(', '));
});
