// A quotation leading its sentence and closed by a colon: the clause after the colon names who said it (`«…»: così …`,
// `« … » : le président … a réaffirmé`, `«…»: lo ha assicurato il ministro …`); a short title before a colon is no quotation of anyone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test('the person the clause after the colon names said the quotation leading the sentence (it, fr, ru)', () => {
  const it = '«Abbiamo giocato una partita di grande sacrificio»: così Francesco Bagnaia dopo il secondo posto nel Gran Premio del Mugello.';
  assert.equal(speakerOf(it, 'it', 'Abbiamo giocato'), 'Francesco Bagnaia');
  const fr = '« La France ne cédera pas sur ce dossier » : la ministre de l’Agriculture, Annie Genevard, a réaffirmé mardi sa position à Bruxelles.';
  assert.equal(speakerOf(fr, 'fr', 'La France ne'), 'Annie Genevard');
  const ru = '«Мы готовы начать строительство уже весной»: губернатор Александр Беглов рассказал о планах по новой линии метро.';
  assert.equal(speakerOf(ru, 'ru', 'Мы готовы'), 'Александр Беглов');
});

test('an object pronoun and a cue after the colon come before the speaker (it)', () => {
  const it = '«Nessun taglio alla sanità pubblica»: lo ha assicurato il ministro della Salute Orazio Schillaci parlando alla Camera.';
  assert.equal(speakerOf(it, 'it', 'Nessun taglio'), 'Orazio Schillaci');
});

test('a quotation inside its sentence, or a short title before the colon, gets no speaker from the clause after it (it)', () => {
  const inside = 'Il sindaco aveva parlato di «una città che deve ripartire dai quartieri periferici»: Roberto Gualtieri presenterà il piano domani.';
  assert.equal(speakerOf(inside, 'it', 'una città'), null);
  const title = '«Oppenheimer»: il film di Christopher Nolan torna nelle sale italiane per tre giorni a partire da lunedì.';
  assert.ok(!analyze(title, { language: 'it' }).quotes.some((q) => q.speaker?.entity === 'Christopher Nolan'));
});

test('a phrase pointing back may have the subject right after it (fr Voilà comment, es Así, it Così)', () => {
  const fr = '« On a manqué de réalisme devant le but. » Voilà comment Aurélien Tchouaméni a résumé la défaite des Bleus à Madrid.';
  assert.equal(speakerOf(fr, 'fr', 'On a manqué'), 'Aurélien Tchouaméni');
  const es = '«Es el día más feliz de mi carrera deportiva». Así resumió Carolina Marín su victoria en la final de Madrid.';
  assert.equal(speakerOf(es, 'es', 'Es el día'), 'Carolina Marín');
  const it = '"Questa riforma cambierà la vita di milioni di studenti". Così il ministro Giuseppe Valditara ha presentato il decreto.';
  assert.equal(speakerOf(it, 'it', 'Questa riforma'), 'Giuseppe Valditara');
});
