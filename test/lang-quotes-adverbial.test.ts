// Speakers outside English across short words: an incise whose subject is dropped (`– ha detto a margine –`), a relative
// clause inside an incise, an adverbial between a subject and its cue, an adverb inside a label verb's compound tense.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test('an incise with its subject dropped gives both parts of the quotation to the person named before (it, es)', () => {
  const it =
    'Il sindaco di Napoli Gaetano Manfredi ha visitato il cantiere della metropolitana. «Le stazioni saranno pronte a giugno – ha detto ai cronisti – e nessun ritardo è previsto».';
  const a = analyze(it, { language: 'it' });
  const parts = a.quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(
    parts.map((q) => [q.text.slice(0, 12), q.speaker?.entity]),
    [
      ['Le stazioni ', 'Gaetano Manfredi'],
      ['e nessun rit', 'Gaetano Manfredi'],
    ],
  );
  const es = 'La ministra Yolanda Díaz visitó Vigo. «Vamos a subir el salario mínimo —afirmó en un mitin—, aunque la patronal no quiera».';
  assert.equal(speakerOf(es, 'es', 'aunque la patronal'), 'Yolanda Díaz');
});

test('an incise with no person named before it gives no speaker (it)', () => {
  const it = 'La riunione è finita tardi. «Le stazioni saranno pronte a giugno – ha detto ai cronisti – e nessun ritardo è previsto».';
  const q = analyze(it, { language: 'it' }).quotes.find((x) => x.text.startsWith('Le stazioni'));
  assert.equal(q?.speaker ?? null, null);
});

test('a relative clause after the speaker in an incise is no part of the quotation (fr)', () => {
  const fr = '« Les premiers résultats sont solides, explique la biologiste Anne Girard, qui dirige le laboratoire. Nous publierons les données cet automne. »';
  const a = analyze(fr, { language: 'fr' });
  const second = a.quotes.find((q) => q.text.startsWith('Nous publierons'));
  assert.equal(second?.speaker?.entity, 'Anne Girard');
  assert.ok(!a.quotes.some((q) => q.text.includes('qui dirige')));
});

test('a short adverbial between the subject and its cue leaves the subject the speaker (ru)', () => {
  const ru = 'Министр финансов Антон Силуанов на заседании правительства заявил, что бюджет останется «сбалансированным и устойчивым».';
  assert.equal(speakerOf(ru, 'ru', 'сбалансированным'), 'Антон Силуанов');
  const ru2 = 'Глава Минэнерго Сергей Цивилев ранее сообщил, что поставки будут «восстановлены в полном объёме».';
  assert.equal(speakerOf(ru2, 'ru', 'восстановлены'), 'Сергей Цивилев');
});

test('a name governed by a preposition before the adverbial is no speaker (ru)', () => {
  const ru = 'После встречи с Сергеем Лавровым журналисты сообщили, что переговоры «прошли в конструктивном ключе».';
  const said = analyze(ru, { language: 'ru' }).quotes.map((q) => q.speaker?.entity);
  assert.ok(!said.includes('Sergey Lavrov'), said.join());
});

test('an adverb inside a label verb’s compound tense keeps its subject (it)', () => {
  const it = 'Il governatore Vincenzo De Luca ha però invitato a leggere “i dati della sanità regionale senza pregiudizi”.';
  assert.equal(speakerOf(it, 'it', 'i dati della'), 'Vincenzo De Luca');
});

test('an opening “according to” phrase ends at its comma: the subject after it is not its source (pt, es)', () => {
  const pt = 'Segundo a assessoria do Flamengo, o meia Giorgian De Arrascaeta "deve voltar a treinar na próxima semana".';
  assert.equal(speakerOf(pt, 'pt', 'deve voltar'), 'Flamengo');
  const es = 'Según el parte médico del Atlético de Madrid, Koke sufre «una lesión muscular en el sóleo».';
  assert.equal(speakerOf(es, 'es', 'una lesión'), 'Atlético de Madrid');
});

test('a name in apposition after the phrase’s comma is still its source (es)', () => {
  const es = 'Según el ministro de Economía, Luis Caputo, la inflación «seguirá bajando en los próximos meses».';
  assert.equal(speakerOf(es, 'es', 'seguirá bajando'), 'Luis Caputo');
});

test('an unnamed source’s organisation is no speaker (fr)', () => {
  const fr = 'Selon un conseiller de Matignon, le calendrier « pourrait encore glisser de quelques semaines ».';
  const q = analyze(fr, { language: 'fr' }).quotes.find((x) => x.text.startsWith('pourrait'));
  assert.notEqual(q?.speaker?.entity, 'Matignon');
});

test('an age or a nationality standing alone for the person named before is the speaker (de, it)', () => {
  const de =
    'Die IG-Metall-Bezirksleiterin Christiane Benner äußerte sich in Stuttgart. Die 62-Jährige kündigte an: »Wir werden keinen Abbau von Stellen hinnehmen.«';
  assert.equal(speakerOf(de, 'de', 'Wir werden keinen'), 'Christiane Benner');
  const de2 = 'Trainer Xabi Alonso war zufrieden. »Die Mannschaft hat sich nie aufgegeben«, sagte der 43-Jährige nach dem Spiel.';
  assert.equal(speakerOf(de2, 'de', 'Die Mannschaft'), 'Xabi Alonso');
  const it = 'Il tecnico Luciano Spalletti era deluso. «Abbiamo sbagliato troppo davanti alla porta avversaria», ha ammesso il 66enne.';
  assert.equal(speakerOf(it, 'it', 'Abbiamo sbagliato'), 'Luciano Spalletti');
});

test('a capitalised German noun that is no age or nationality does not stand for a person (de)', () => {
  const de = 'Kanzler Friedrich Merz war in Brüssel. Die Kommission kündigte an: »Wir legen im Frühjahr einen neuen Entwurf vor.«';
  assert.notEqual(speakerOf(de, 'de', 'Wir legen'), 'Friedrich Merz');
});

test('an indefinite subject before the cue names no one, even when its noun is a title (fr, de)', () => {
  const fr =
    '« La vague arrive », a averti l’infectiologue Karine Lacombe. Dans une clinique de Lyon, une infirmière raconte : « Nous manquons de lits depuis une semaine. »';
  assert.equal(speakerOf(fr, 'fr', 'Nous manquons'), null);
  const de = 'Die Polizei fahndet nach zwei Tätern. Ein Anwohner berichtete: „Es gab einen lauten Knall, dann war alles voller Rauch.“';
  assert.equal(speakerOf(de, 'de', 'Es gab einen'), null);
});

test('a titled Arabic name keeps a third part before a preposition, not a noun with a possessive or a cue (ar)', () => {
  const ar = 'وقال وزير الثقافة المصري أحمد فؤاد هنو في كلمة الافتتاح: «المعرض سيظل منارة للثقافة العربية ومنصة للحوار».';
  assert.equal(speakerOf(ar, 'ar', 'المعرض سيظل'), 'أحمد فؤاد هنو');
  const names = (t: string): string[] => analyze(t, { language: 'ar' }).entities.map((e) => e.name);
  assert.ok(names('وجدد رئيس النادي حسين لبيب ثقته في المدرب.').includes('حسين لبيب'));
  assert.ok(names('وقال المدير الفني سامي الإدريسي للصحفيين إن الفريق جاهز.').includes('سامي الإدريسي'));
});

test('a relative clause with an adverbial before its cue gives the quotation to the name before its comma (it)', () => {
  const it = 'Il governo ha presentato la manovra; contraria la Cgil, che in una nota parla di «una riforma che dimentica i pensionati».';
  assert.equal(speakerOf(it, 'it', 'una riforma'), 'Cgil');
});
