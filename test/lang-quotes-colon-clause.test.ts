// A quotation after a colon whose short clause holds no cue: its speaker is the clause's pronoun or title, the sentence's
// subject before it, or, where the language drops subjects, the speaker of the quotation before (`Sobre Lamine Yamal, fue
// escueto: «…»`); a pronoun after a cue is a subject said, never a dropped one; a verb of recommending is a cue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test('a dropped subject before a colon is the speaker of the quotation before (fue escueto:, foi cauteloso:)', () => {
  const es =
    'El Barcelona goleó al Sevilla. «Hemos jugado con mucha intensidad desde el primer minuto», dijo Hansi Flick. Sobre Lamine Yamal, autor de dos goles, fue escueto: «Es un chico especial, pero tiene que seguir trabajando».';
  assert.equal(speakerOf(es, 'es', 'Es un chico especial'), 'Hansi Flick');
  const pt =
    'O Sporting venceu o Braga. "Foi um jogo de grande intensidade e sabemos o que temos de fazer", disse Rui Borges. Questionado sobre a lesão de Pote, foi cauteloso: "Vamos avaliar até à última hora, não vou correr riscos".';
  assert.equal(speakerOf(pt, 'pt', 'Vamos avaliar'), 'Rui Borges');
});

test('a pronoun opening the clause before a colon is its speaker (ele foi direto:, Er gibt zu bedenken:)', () => {
  const pt =
    'Carlo Ancelotti divulgou a lista de convocados na sede da CBF. Sobre Neymar, novamente ausente, ele foi direto: "Precisa estar cem por cento fisicamente para voltar".';
  assert.equal(speakerOf(pt, 'pt', 'Precisa estar'), 'Carlo Ancelotti');
  const de =
    'Der Sprecher der Schutzvereinigung, Jürgen Kurz, sieht Chancen. Er gibt jedoch zu bedenken: „Man muss zwischen seriösen Informationen und Marktschreiern unterscheiden.“';
  assert.equal(speakerOf(de, 'de', 'Man muss'), 'Jürgen Kurz');
});

test('a longer clause with a subject of its own before the colon gives the quotation no speaker from before', () => {
  const es =
    '«No vamos a ceder ante la presión de los sindicatos», dijo el ministro Diego Pardow. En la entrada de la faena, los huelguistas desplegaron un lienzo con la consigna: «Sin el cobre de los trabajadores no hay futuro para Chile».';
  assert.equal(speakerOf(es, 'es', 'Sin el cobre'), null);
});

test('no speaker from before when the clause names its own subject: a cue with words after it, or a noun phrase opening the sentence', () => {
  const ar =
    'وقال حاكم المصرف المركزي كريم سعيد إنه "لا حلول سحرية" لأزمة الودائع. في المقابل، عبر المودعون عن غضبهم، وقال أحدهم: "انتظرنا ست سنوات ولا نزال ننتظر حتى الآن".';
  assert.equal(speakerOf(ar, 'ar', 'انتظرنا'), null);
  const pt =
    'A loja foi assaltada, "ninguém ficou ferido e o caso foi registado", informou a Secretaria da Segurança Pública. Um funcionário da loja, que pediu para não ser identificado, contou: "Eles entraram gritando e quebraram as vitrines com marretas".';
  assert.equal(speakerOf(pt, 'pt', 'Eles entraram'), null);
});

test('a pronoun after the cue is a subject said, not dropped: no organisation quoted before stands for it (ru)', () => {
  const text =
    'В Москве задержали угонщика, сообщили в ГУ МВД по столице. «Он похищал ценные вещи из салона автомобилей», — говорится в сообщении ведомства. «Я думал, такое бывает только в кино», — признался он.';
  assert.equal(speakerOf(text, 'ru', 'Я думал'), null);
});

test('a short clause before a colon after the sentence subject and its apposition is that subject speaking (pt, es)', () => {
  const pt = 'O diretor nacional da PJ, Luís Neves, deixou um alerta: «Nenhum banco pede códigos por mensagem».';
  assert.equal(speakerOf(pt, 'pt', 'Nenhum banco'), 'Luís Neves');
  const es = 'La alcaldesa de Valencia, María José Catalá, tuvo palabras para los vecinos: «Nadie se quedará sin ayuda en esta ciudad».';
  assert.equal(speakerOf(es, 'es', 'Nadie se quedará'), 'María José Catalá');
});

test('a verb of recommending is a cue (es)', () => {
  const es = 'La Organización Mundial de la Salud recomendó "vacunar a todos los mayores de sesenta años antes del invierno".';
  assert.equal(speakerOf(es, 'es', 'vacunar a todos'), 'Organización Mundial de la Salud');
});

test('the last word of a person named before names them alone at a sentence start, before a colon (Clara Brugada ... Brugada fue contundente:)', () => {
  const es = 'La presidenta de la comunidad, Clara Brugada, visitó las obras. Brugada fue contundente: «El metro estará listo en marzo».';
  assert.equal(speakerOf(es, 'es', 'El metro'), 'Clara Brugada');
});
