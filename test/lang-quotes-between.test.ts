// Speakers with words between them and their cue outside English: an aside between commas, a party in parentheses, a
// relative clause; a name's second surname named alone later; a German closing mark after a sentence's end; Arabic names
// a cue or a description introduces; an institution whose name is written like a member's title.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test('an aside between commas after the clause’s subject leaves the subject the speaker (es, fr)', () => {
  const es = 'La CEOE, por su parte, alertó de que la norma «pondrá en riesgo a miles de pymes». Los sindicatos callaron.';
  assert.equal(speakerOf(es, 'es', 'pondrá en riesgo'), 'CEOE');
  const fr = 'La CGT, de son côté, a dénoncé « une réforme qui ne réglera rien pour les salariés ».';
  assert.equal(speakerOf(fr, 'fr', 'une réforme'), 'CGT');
});

test('a party in parentheses after the name does not hide the speaker (de, pt)', () => {
  const de = 'Finanzminister Markus Marterbauer (SPÖ) erklärte, die Maßnahmen seien „hart, aber notwendig und sozial ausgewogen“.';
  assert.equal(speakerOf(de, 'de', 'hart, aber'), 'Markus Marterbauer');
  const pt = 'O prefeito Ricardo Nunes (MDB) criticou a concessionária: “Não é possível que a cada chuva a cidade fique no escuro”.';
  assert.equal(speakerOf(pt, 'pt', 'Não é possível'), 'Ricardo Nunes');
});

test('a relative clause’s cue gives the quotation to the name before its comma (it)', () => {
  const it = 'Alla cerimonia era presente la presidente del Consiglio Giorgia Meloni, che ha parlato di «una memoria che appartiene a tutti».';
  assert.equal(speakerOf(it, 'it', 'una memoria'), 'Giorgia Meloni');
});

test('a second surname closing a full name is the person named alone later (es)', () => {
  const es =
    'El líder del PP, Alberto Núñez Feijóo, cerró la convención en Sevilla. Feijóo fue tajante: «Este Gobierno está agotado y España necesita elecciones ya».';
  const a = analyze(es, { language: 'es' });
  assert.ok(a.entities.find((e) => e.name === 'Alberto Núñez Feijóo')?.aliases?.includes('Feijóo'));
  assert.equal(speakerOf(es, 'es', 'Este Gobierno'), 'Alberto Núñez Feijóo');
});

test('a German closing mark after a full stop ends the sentence, so the next one’s subject introduces its own quotation', () => {
  const de =
    '„Wir haben die Chancen gehabt“, sagte Trainer Vincent Kompany, „und dafür sind wir am Ende bestraft worden.“ Kapitän Manuel Neuer sah es ähnlich: „Das war heute nicht unser Anspruch.“';
  assert.equal(speakerOf(de, 'de', 'Das war heute'), 'Manuel Neuer');
});

test('Arabic: a given name and a definite family name after a cue or a description name a person', () => {
  const ar = 'وقال محمود النوافلة إن «الحركة عادت إلى ما كانت عليه قبل سنوات».';
  assert.equal(speakerOf(ar, 'ar', 'الحركة عادت'), 'محمود النوافلة');
  const ar2 = 'وأوضحت الناشرة سلمى الشريف أن "القراء الشباب يعودون إلى الكتاب الورقي بقوة".';
  assert.equal(speakerOf(ar2, 'ar', 'القراء الشباب'), 'سلمى الشريف');
});

test('an institution named like a member’s title speaks as the institution (es: la Guardia Civil, not un guardia civil)', () => {
  const es = '«Los trabajadores vivían hacinados en naves sin agua corriente», ha explicado la Guardia Civil.';
  assert.equal(speakerOf(es, 'es', 'Los trabajadores'), 'Guardia Civil');
});

test('"according to whom" after a name gives the quotation to that name (it: secondo cui)', () => {
  const it = 'Il ministro ha difeso la manovra. Critica la segretaria del Pd Elly Schlein, secondo cui il governo "sta raccontando una favola agli italiani".';
  assert.equal(speakerOf(it, 'it', 'sta raccontando'), 'Elly Schlein');
});

test('a headline’s name and colon, or a clause ending in a title and a name before the colon, names the speaker', () => {
  const ru = 'Собянин: «Новая линия метро откроется до конца года». Мэр Москвы Сергей Собянин осмотрел строительство станций.';
  assert.equal(speakerOf(ru, 'ru', 'Новая линия'), 'Сергей Собянин');
  const it = 'Ganna ha vinto la crono. Entusiasta il commissario tecnico Marco Villa: «Filippo è un campione unico, lo dimostra ogni volta».';
  assert.equal(speakerOf(it, 'it', 'Filippo è'), 'Marco Villa');
});

test('a role opening the clause, then an apposition between commas, is the subject of the cue after it (fr)', () => {
  const fr =
    "Édouard Philippe a répondu dans un entretien à Ouest-France. L'ancien Premier ministre, candidat déclaré à l'élection de 2027, a jugé que le gouvernement « navigue à vue ».";
  assert.equal(speakerOf(fr, 'fr', 'navigue à vue'), 'Édouard Philippe');
});

test('German: a noun after a cue whose subject stands before an adverb is no speaker’s name', () => {
  const de = 'Trainer Vincent Kompany bleibt im Amt. Kompany selbst räumte Fehler ein: „Wir waren in den entscheidenden Momenten nicht gut genug.“';
  const a = analyze(de, { language: 'de' });
  assert.ok(!a.entities.some((e) => e.name === 'Fehler'));
  assert.equal(speakerOf(de, 'de', 'Wir waren'), 'Vincent Kompany');
});
