// Speakers outside English that are organisations, subjects before a colon, or names behind a phrase or a parenthesis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerNameOf, speakerOf } from './helpers/lang-speaker.js';

test("an organisation's common noun after a cue stands for the organisation named before (le ministère, l'entreprise, das Unternehmen)", () => {
  const fr =
    "Le ministère de l'Intérieur a publié lundi les chiffres de la délinquance. « Les cambriolages reculent dans toutes les régions », indique le ministère.";
  assert.equal(speakerOf(fr, 'fr', 'Les cambriolages'), "ministère de l'Intérieur");
  const de =
    'Die Deutsche Telekom will bis 2027 rund 5000 Stellen abbauen. Ein Bericht über den Umbau erschien am Montag. „Der Umbau ist für unsere Zukunft unvermeidlich“, teilte das Unternehmen mit.';
  assert.equal(speakerOf(de, 'de', 'Der Umbau'), 'Deutsche Telekom');
});

test('the organisation that opens its sentence is the one an article and a noun refer back to, not one named in passing after it', () => {
  const fr =
    "Air France a annulé jeudi la moitié de ses vols vers Nice et un ATR affrété. « Nous faisons tout pour rapatrier nos clients », a assuré l'entreprise.";
  assert.equal(speakerOf(fr, 'fr', 'Nous faisons tout'), 'Air France');
});

test('a quote after a colon and no cue belongs to the person who opens the clause (zeigte sich skeptisch:)', () => {
  const de = 'Die Gewerkschaft will am Freitag streiken. Verdi-Chef Frank Werneke zeigte sich kämpferisch: „Wir lassen uns nicht einschüchtern.“';
  assert.equal(speakerOf(de, 'de', 'Wir lassen uns'), 'Frank Werneke');
});

test('a name after a phrase of small words, or after a parenthesis between commas, is the subject of the cue', () => {
  const es = '«No podemos seguir trabajando a pérdidas», dijo a los periodistas Carmen Ortega, una productora de leche de Lugo.';
  assert.equal(speakerOf(es, 'es', 'No podemos seguir'), 'Carmen Ortega');
  const fr =
    "Emmanuel Macron a reçu les syndicats à l'Élysée. « Le dialogue social doit reprendre », a déclaré, en présence de Sophie Binet, le chef de l'État.";
  assert.equal(speakerOf(fr, 'fr', 'Le dialogue social'), 'Emmanuel Macron');
});

test('a separable cue with an apposition between commas, an organisation run into a full name, a possessive role and an ex- title', () => {
  const de = '„Das Angebot reicht nicht“, gab die Vorsitzende der Gewerkschaft, Petra Lang, am Abend zu.';
  assert.equal(speakerOf(de, 'de', 'Das Angebot reicht'), 'Petra Lang');
  const it = "«I prezzi scenderanno entro l'estate», ha previsto il presidente della Banca d'Italia Fabio Panetta a Roma.";
  assert.equal(speakerOf(it, 'it', 'I prezzi scenderanno'), 'Fabio Panetta');
  const fr = "Le parti a exclu le député. « C'est une décision injuste », a réagi son avocate, Claire Dubois.";
  assert.equal(speakerOf(fr, 'fr', "C'est une décision"), 'Claire Dubois');
  const es = 'El exministro Javier Solana habló en Bruselas. «Europa necesita una defensa común», advirtió el exdiplomático español.';
  assert.equal(speakerOf(es, 'es', 'Europa necesita'), 'Javier Solana');
});

test('a name no rule found behind an elided article after "according to" is the source (Secondo l’Arpal, selon l’Ademe)', () => {
  const it = 'Allerta rossa in Liguria fino a domenica. Secondo l’Arpal, “i cumulati potrebbero superare i 300 millimetri in dodici ore”.';
  assert.equal(speakerNameOf(it, 'it', 'i cumulati'), 'Arpal');
  const fr = "La consommation d'énergie a baissé cet hiver. Selon l'Ademe, « les ménages ont réduit leur chauffage de deux degrés en moyenne ».";
  assert.equal(speakerNameOf(fr, 'fr', 'les ménages'), 'Ademe');
  // behind a noun's complement too (`i tecnici dell'Arpae`)
  const it2 = "Piogge intense in Romagna. Secondo i tecnici dell'Arpae, i fiumi potrebbero superare «la soglia di guardia» nella notte.";
  assert.equal(speakerNameOf(it2, 'it', 'la soglia'), 'Arpae');
});
