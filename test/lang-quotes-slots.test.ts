// Speakers found by a quote's surroundings rather than by a cue list: a past-tense verb in the slot after a quotation,
// words of time before the subject, a title's named complement, a description standing for someone, a quote continued.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test('a verb no cue list holds, in the past tense right after a quotation, is a cue when a speaker is named after it', () => {
  const fr = "« Nous avons tenu jusqu'au bout et ce groupe a du caractère », a savouré l'entraîneur nantais, Julien Morvan, après la rencontre.";
  assert.equal(speakerOf(fr, 'fr', 'Nous avons tenu'), 'Julien Morvan');
  const es = '«No vamos a cerrar ninguna planta este año», tranquilizó la consejera delegada de la empresa, Marta Olano, en Bilbao.';
  assert.equal(speakerOf(es, 'es', 'No vamos a'), 'Marta Olano');
  const ru = '«Движение по мосту откроют уже в пятницу», — пообещал глава района Андрей Котов.';
  assert.equal(speakerOf(ru, 'ru', 'Движение по мосту'), 'Андрей Котов');
});

test('a past-tense shape after a quotation names no speaker when no one is named after it', () => {
  const es = '«Habrá más controles en las carreteras durante el puente», recordó ayer en un comunicado sobre la operación salida.';
  assert.equal(speakerOf(es, 'es', 'Habrá más controles'), null);
});

test("words of time between a cue and its subject, and a title's complement that is a name, are read past", () => {
  const it = '«Il cantiere chiuderà entro la fine di maggio», ha assicurato ieri la sindaca di Fidenza, Marta Orsini, durante il sopralluogo.';
  assert.equal(speakerOf(it, 'it', 'Il cantiere'), 'Marta Orsini');
  const fr = "« Nous fermerons le service la nuit en août », a reconnu vendredi le directeur de l'hôpital de Vienne, Karim Benali, devant la presse.";
  assert.equal(speakerOf(fr, 'fr', 'Nous fermerons'), 'Karim Benali');
});

test('a description after a cue stands for the person named before it; not an organisation word, and not in German', () => {
  const es = 'Lionel Messi habló tras el partido en Miami. «Estoy muy feliz en este club», dijo el argentino.';
  assert.equal(speakerOf(es, 'es', 'Estoy muy feliz'), 'Lionel Messi');
  const pt = 'O técnico Abel Braga deixou o estádio sem falar. "Foi uma noite difícil para todos", resumiu o treinador carioca.';
  assert.equal(speakerOf(pt, 'pt', 'Foi uma noite'), 'Abel Braga');
  // `die Quelle`, `der Antrag`: German capitalises every noun, and most are no person
  const de = 'Nach Angaben von Polizeisprecher Thomas Berg wurden zwei Menschen verletzt. „Die Ermittlungen dauern an“, teilte die Polizei mit.';
  assert.equal(speakerOf(de, 'de', 'Die Ermittlungen'), null);
});

test('a quotation that is a sentence of its own right after one given to someone is theirs, unless someone else is named between', () => {
  const pt = 'O atacante Diego Souza marcou o gol da vitória. “Foi o gol mais bonito da minha carreira”, disse o jogador. “Dedico ao meu pai.”';
  assert.equal(speakerOf(pt, 'pt', 'Dedico ao'), 'Diego Souza');
  const de = '„Wir haben heute verdient gewonnen“, sagte Trainer Uwe Brandt. Sein Kapitän Jonas Kehl sah das anders. „Das war ein glückliches Spiel für uns.“';
  assert.equal(speakerOf(de, 'de', 'Das war ein'), null);
  // another paragraph is no continuation
  const fr = '« Le budget sera tenu », a assuré la maire Claire Dubois.\n« Les travaux reprennent lundi dans tout le quartier. »';
  assert.equal(speakerOf(fr, 'fr', 'Les travaux'), null);
});
