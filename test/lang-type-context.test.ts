// Types from a name's context where no rule typed it: a place after a preposition of place (data locatives), in every
// mention of its entity (an event's or a law's head word keeps its own type); in a parenthesis after a name, that name's
// type, or a party after a person; and a body's name of a head word and adjectives in lower case.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

/** the type of the entity a name is written for (its name, or one of its written forms) */
const typeOf = (text: string, language: string, name: string): string | undefined =>
  analyze(text, { language }).entities.find((e) => e.name === name || e.aliases.includes(name))?.type;

test('a name after a preposition of place is a place, with or without the article (Spanish, Portuguese)', () => {
  const es = 'El Atlético ganó 2-0 en el Metropolitano ante 60.000 aficionados. La próxima gira del club empieza en Tibás el sábado.';
  assert.equal(typeOf(es, 'es', 'Metropolitano'), 'place');
  assert.equal(typeOf(es, 'es', 'Tibás'), 'place');
  const pt = 'A descoberta foi apresentada num congresso de botânica em Salamanca, onde a equipa trabalha desde março.';
  assert.equal(typeOf(pt, 'pt', 'Salamanca'), 'place');
});

test('a name typed so elsewhere in the text is a place in all its mentions (Italian)', () => {
  const it = 'Il festival torna al Teatro Ariston a febbraio. Il Teatro Ariston ospiterà anche i concerti di primavera.';
  assert.equal(typeOf(it, 'it', 'Teatro Ariston'), 'place');
});

test("an event's head word keeps its type after a preposition of place (Spanish)", () => {
  const es = 'La atleta compitió en los Juegos Olímpicos de París y ahora prepara el Mundial de Tokio.';
  assert.equal(typeOf(es, 'es', 'Juegos Olímpicos de París'), 'other');
});

test("a name in a parenthesis after another takes its type; after a person's name it is the party (Portuguese)", () => {
  const pt =
    'O alerta foi emitido pelo Instituto Nacional de Meteorologia (Inmet) na manhã de ontem. O governador Tarcísio de Freitas (Republicanos) pediu cautela aos moradores.';
  assert.equal(typeOf(pt, 'pt', 'Inmet'), 'org');
  assert.equal(typeOf(pt, 'pt', 'Republicanos'), 'org');
});

test("a body's head word and the adjectives in lower case after it make one name (French, Italian)", () => {
  const orgs = (text: string, language: string): string[] =>
    analyze(text, { language })
      .entities.filter((e) => e.type === 'org')
      .map((e) => e.name);
  assert.deepEqual(orgs("Le texte a été adopté par l'Assemblée nationale mardi soir après un long débat.", 'fr'), ['Assemblée nationale']);
  assert.deepEqual(orgs('La missione è stata preparata con la Banca centrale europea e i suoi esperti.', 'it'), ['Banca centrale europea']);
});

test("a body's head word joins its field over a connector and an article; a word that heads no body does not (Spanish, French)", () => {
  const names = (text: string, language: string): string[] => analyze(text, { language }).entities.map((e) => e.name);
  assert.ok(names('El Congreso de los Diputados aprobó la reforma el jueves por amplia mayoría.', 'es').includes('Congreso de los Diputados'));
  assert.ok(names('Le match aura lieu au Parc des Princes samedi soir devant quarante mille spectateurs.', 'fr').includes('Parc des Princes'));
  assert.ok(!names('Los vecinos hablaron con los Técnicos de la ANDE durante la tarde del lunes.', 'es').includes('Técnicos de la ANDE'));
});

test("one word that is a body's head word, in any case where nouns decline, is an organisation, after a title too (`вице-президента Ассоциации`)", () => {
  const ru = 'По мнению вице-президента Ассоциации туроператоров России Сергея Воронцова, «спрос на черноморские направления остается высоким и будет расти».';
  assert.equal(typeOf(ru, 'ru', 'Ассоциации'), 'org');
  assert.equal(analyze(ru, { language: 'ru' }).quotes[0]?.speaker?.entity, 'Сергей Воронцов');
});

test('a head word of a body or an event before a connector and a place makes one name (Bourse de Paris, Tour de France, Tar di Milano)', () => {
  const fr = 'La Bourse de Paris a fini en hausse, tandis que les coureurs préparaient le Tour de France.';
  assert.equal(typeOf(fr, 'fr', 'Bourse de Paris'), 'org');
  assert.equal(typeOf(fr, 'fr', 'Tour de France'), 'other');
  assert.equal(typeOf('Il ricorso è stato accolto dal Tar di Milano.', 'it', 'Tar di Milano'), 'org');
});
