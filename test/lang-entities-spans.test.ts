// Name spans outside German: a capitalised article inside a sentence opens a name; slugs, capital headings and party acronyms are cut.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const names = (text: string, language: string): string[] => analyze(text, { language }).entities.map((e) => e.name);

test('a capitalised article or small word inside a sentence is the first word of a name (El Espectador, Le Monde, Nuevas Ideas)', () => {
  const es = names('Según documentos a los que tuvo acceso El Espectador, los diputados del partido Nuevas Ideas votaron en contra.', 'es');
  assert.ok(es.includes('El Espectador'), es.join(', '));
  assert.ok(es.includes('Nuevas Ideas'), es.join(', '));
  const fr = names('Selon une enquête publiée mardi par Le Monde, le gouvernement prépare une réforme.', 'fr');
  assert.ok(fr.includes('Le Monde'), fr.join(', '));
});

test('a sentence that opens with an article does not make the article part of the name after it', () => {
  const es = names('La Fiscalía abrió una investigación el lunes.', 'es');
  assert.ok(!es.some((n) => n.startsWith('La ')), es.join(', '));
});

test('a URL slug, a heading in capitals with its small words, and a party acronym before a full name are no names or no part of one', () => {
  const got = names(
    'DETALLE DE LA FECHA\nLea también Tras-una-semana-de-acoso-a-la-prensa en la web. Ayer habló la diputada PS Carmen Nuyado en el Congreso.',
    'es',
  );
  assert.ok(!got.includes('DETALLE DE LA FECHA'), got.join(', '));
  assert.ok(!got.some((n) => n.includes('semana')), got.join(', '));
  assert.ok(got.includes('Carmen Nuyado'), got.join(', '));
  assert.ok(!got.includes('PS Carmen Nuyado'), got.join(', '));
});

test('an elided article capitalised at a sentence’s start before a word in lower case is no part of the name after it', () => {
  const fr = names('Le club a gagné. L’entraîneur Roberto De Zerbi a salué ses joueurs.', 'fr');
  assert.ok(fr.includes('Roberto De Zerbi'), fr.join(', '));
  const it = names('La squadra ha vinto. L’allenatore dell’Inter Simone Inzaghi era soddisfatto.', 'it');
  assert.ok(!it.some((n) => n.startsWith('L’allenatore')), it.join(', '));
  // a capital after the apostrophe is a name's (`L’Oréal`)
  assert.ok(names('L’Oréal a publié ses résultats.', 'fr').some((n) => n.includes('Oréal')));
});

test('a known place after a connector names the body, street or event whose head word comes before it, an elided article on it or not', () => {
  const fr = names('Une étude de l’Institut Bergonié de Bordeaux a été publiée mardi.', 'fr');
  assert.ok(fr.includes('Institut Bergonié de Bordeaux'), fr.join(', '));
  const pt = names('O assalto aconteceu na Rua de Santa Catarina, no centro.', 'pt');
  assert.ok(pt.includes('Rua de Santa Catarina'), pt.join(', '));
  const it = names('I ricercatori dell’Università di Padova hanno pubblicato lo studio.', 'it');
  assert.ok(it.includes('Università di Padova'), it.join(', '));
});

test('an organisation’s name right before a place names the body there, outside German too (ru, fr)', () => {
  const ru = names('Следственный комитет России возбудил уголовное дело, сообщили в МЧС России.', 'ru');
  assert.ok(ru.includes('Следственный комитет России'), ru.join(', '));
  assert.ok(!ru.includes('России'), ru.join(', '));
  const fr = names('Selon Greenpeace France, la pollution a doublé.', 'fr');
  assert.ok(fr.includes('Greenpeace France'), fr.join(', '));
});
