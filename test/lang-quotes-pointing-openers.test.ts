// A sentence opening with words that point back to the quotation before it (`Das sagte …`, `Об этом заявил …`) gives it the subject of its cue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerOf } from './helpers/lang-speaker.js';

test('German: "Das sagte" after a quotation gives it the speaker named after the cue', () => {
  const text = '„Wir gehen derzeit von einem technischen Defekt aus.“ Das sagte Bahnsprecherin Sabine Jansen am Sonntagabend in Fulda.';
  assert.equal(speakerOf(text, 'de', 'Wir gehen derzeit'), 'Sabine Jansen');
});

test('Russian: "Об этом сообщил" gives the quotation to its subject, small words between the pointer and the cue', () => {
  const text = '«Ремонт на Садовом кольце завершится раньше срока, уже к середине октября». Об этом в пятницу сообщил заместитель мэра Москвы Андрей Бочкарёв.';
  assert.equal(speakerOf(text, 'ru', 'Ремонт на Садовом'), 'Андрей Бочкарёв');
});

test("French, Italian, Portuguese: c'est ce qu'a déclaré, è quanto ha dichiarato, foi o que disse", () => {
  const fr = "« Nous sommes prêts à discuter avec tous nos partenaires. » C'est ce qu'a déclaré le ministre Jean-Noël Barrot lundi.";
  assert.equal(speakerOf(fr, 'fr', 'Nous sommes prêts'), 'Jean-Noël Barrot');
  const it = '«Siamo pronti a discutere con tutti i partner europei». È quanto ha dichiarato il ministro Antonio Tajani a Roma.';
  assert.equal(speakerOf(it, 'it', 'Siamo pronti'), 'Antonio Tajani');
  const pt = '"Estamos prontos para conversar com todos os parceiros." Foi o que disse o ministro Fernando Haddad nesta segunda-feira.';
  assert.equal(speakerOf(pt, 'pt', 'Estamos prontos'), 'Fernando Haddad');
});

test('a pointing word with no cue after it gives nothing (the next sentence is about something else)', () => {
  const text = '„Wir gehen derzeit von einem technischen Defekt aus.“ Das Unternehmen Siemens Mobility prüft den Zug in Fulda.';
  assert.equal(speakerOf(text, 'de', 'Wir gehen derzeit'), null);
});

test('a sentence of its own quoted, then its speaker, an object pronoun and a cue (it), or a phrase pointing back and a comma (es, pt, fr)', () => {
  const it = '«Questo trofeo è per la mia famiglia». Jannik Sinner lo ha detto con la voce rotta dopo la finale.';
  assert.equal(speakerOf(it, 'it', 'Questo trofeo'), 'Jannik Sinner');
  const es =
    '"No vamos a permitir ninguna intervención extranjera en nuestro territorio". Con esa frase, la presidenta Claudia Sheinbaum respondió a Washington.';
  assert.equal(speakerOf(es, 'es', 'No vamos'), 'Claudia Sheinbaum');
  const pt = '«Ainda não acabou, vamos lutar até à última jornada.» Foi assim que o treinador do Benfica, Bruno Lage, reagiu à derrota.';
  assert.equal(speakerOf(pt, 'pt', 'Ainda não'), 'Bruno Lage');
  const fr = "« Je n'ai jamais ressenti une telle émotion sur un court. » C'est par ces mots que Caroline Garcia a commenté sa victoire.";
  assert.equal(speakerOf(fr, 'fr', "Je n'ai"), 'Caroline Garcia');
});

test("a quotation inside a sentence is not given to the subject of the next sentence's object pronoun and cue (es)", () => {
  const es =
    'Según el parte médico del club, el portero estará «de baja al menos tres meses por la lesión». Carlo Ancelotti lo lamentó en rueda de prensa: «Es un golpe duro, pero tenemos a Lunin».';
  assert.notEqual(speakerOf(es, 'es', 'de baja'), 'Carlo Ancelotti');
});
