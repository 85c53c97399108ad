// Quotations split by their cue outside English: the narrator's incise inside one pair of marks is no part of the quotation,
// and a quotation's second part in marks of its own, after the cue, is the same speaker's. A characterising verb after
// the quotation closes its clause; a sentence that opens with "according to" after a closed quotation is about what follows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test('an incise inside one pair of marks splits the quotation in two, both the speaker’s, without the narrator’s words', () => {
  const ru =
    '«Контакты на уровне экспертов продолжаются, — сказал журналистам пресс-секретарь президента Дмитрий Песков. — Но говорить о сроках встречи пока преждевременно».';
  const qs = analyze(ru, { language: 'ru' }).quotes;
  assert.deepEqual(
    qs.map((q) => q.text),
    ['Контакты на уровне экспертов продолжаются,', 'Но говорить о сроках встречи пока преждевременно'],
  );
  assert.ok(qs.every((q) => q.speaker?.name === 'Дмитрий Песков'));
});

test('an apposition after the speaker’s name belongs to the incise, not to the quotation', () => {
  const fr = '« Le risque est maximal, a averti le colonel Marc Duthil, directeur du SDIS, et la moindre étincelle peut suffire. »';
  const qs = analyze(fr, { language: 'fr' }).quotes;
  assert.deepEqual(
    qs.map((q) => q.text),
    ['Le risque est maximal,', 'et la moindre étincelle peut suffire.'],
  );
});

test('a short second part in marks of its own after the cue is the same speaker’s (it, pt)', () => {
  const it =
    '«Non uscite di casa se non è strettamente necessario», ha raccomandato l’assessora regionale Irene Priolo, «e seguite gli aggiornamenti ufficiali».';
  assert.equal(speakerOf(it, 'it', 'e seguite'), 'Irene Priolo');
  const pt =
    'O primeiro-ministro, Luís Montenegro, defendeu a proposta. “Este é um orçamento de estabilidade”, afirmou o governante, “que devolve rendimento às famílias”.';
  assert.equal(speakerOf(pt, 'pt', 'que devolve'), 'Luís Montenegro');
});

test('a second quotation after a full stop and another person is not taken as a split part', () => {
  const it = '«Siamo pronti», ha detto Mario Rossi. Luigi Bianchi ha replicato: «troppo tardi».';
  assert.notEqual(speakerOf(it, 'it', 'troppo tardi'), 'Mario Rossi');
});

test('a characterising verb closing its clause gives the quotation to the clause’s first person named (… als „…“ bezeichnete)', () => {
  const de = 'Kritik kam aus der Jungen Union, deren Chef Johannes Winkel das Paket als „ein teures Geschenk auf Kosten der Jungen“ bezeichnete.';
  assert.equal(speakerOf(de, 'de', 'ein teures Geschenk'), 'Johannes Winkel');
});

test('an "according to" opening the next sentence is not the closed quotation’s source; a lawyer after "Me" in apposition is', () => {
  const fr =
    'La procureure avait été sévère : « Le prévenu a utilisé la caisse du club comme son porte-monnaie personnel. » Selon son avocat, Me Julien Morel, son client conteste les faits.';
  assert.notEqual(speakerOf(fr, 'fr', 'Le prévenu'), 'Julien Morel');
  const fr2 = '« C’est une décision sévère mais nous la respecterons », a déclaré son avocat, Me Antoine Vernet, à la sortie de l’audience.';
  assert.equal(speakerOf(fr2, 'fr', 'C’est une décision'), 'Antoine Vernet');
});

test('an indefinite subject before the cue names no one: the quotation has no speaker, not the last one named', () => {
  const pt =
    'O advogado de defesa, Nuno Cardoso, anunciou recurso: «A decisão assenta em pressupostos errados». À saída, um morador da freguesia desabafou: «Finalmente fez-se justiça».';
  assert.equal(speakerOf(pt, 'pt', 'A decisão'), 'Nuno Cardoso');
  assert.equal(speakerOf(pt, 'pt', 'Finalmente'), null);
});

test('after the cue, a pronoun is the subject whatever follows, and a company’s name in marks does not hide the person after it', () => {
  const pt =
    'O governador de São Paulo, Tarcísio de Freitas, negou a candidatura. "Meu compromisso é com São Paulo e vou até o fim do mandato", disse ele em entrevista à rádio CBN.';
  assert.equal(speakerOf(pt, 'pt', 'Meu compromisso'), 'Tarcísio de Freitas');
  const ru =
    '«Мы вынуждены сократить количество рейсов в Сочи на летний период», — пояснил «Коммерсанту» гендиректор авиакомпании «Уральский экспресс» Денис Карпов.';
  assert.equal(speakerOf(ru, 'ru', 'Мы вынуждены'), 'Денис Карпов');
});
