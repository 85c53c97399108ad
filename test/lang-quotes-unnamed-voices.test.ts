// Unnamed voices: a spokesperson opening the clause speaks for the body they name, a body's branch for a region is the
// body, and a pronoun after someone unnamed spoke does not reach back to a person named before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakerIfAny, speakerOf } from './helpers/lang-speaker.js';

test('German: "Ein Sprecher der Staatsanwaltschaft sagte:" gives the quotation to the prosecutors named before', () => {
  const text =
    'Die Staatsanwaltschaft Köln hat Anklage gegen einen früheren Manager erhoben. Ein Sprecher der Staatsanwaltschaft sagte: „Der Schaden beläuft sich auf mindestens zwölf Millionen Euro.“';
  assert.equal(speakerOf(text, 'de', 'Der Schaden'), 'Staatsanwaltschaft Köln');
});

test('an unnamed spokesperson with no body named stays unnamed', () => {
  const text = 'Der Zug blieb bei Fulda liegen. Ein Sprecher sagte: „Wir arbeiten mit Hochdruck an der Reparatur des Zuges.“';
  assert.equal(speakerOf(text, 'de', 'Wir arbeiten'), null);
});

test('Russian: a body and its branch for a region after "в" speak (В ГУ МЧС по краю сообщили)', () => {
  const mchs = 'В Приморье введен режим ЧС. В ГУ МЧС по краю сообщили: «Подтоплены более 200 жилых домов, эвакуированы около 600 человек».';
  assert.equal(speakerOf(mchs, 'ru', 'Подтоплены'), 'ГУ МЧС');
  const mvd = 'В МВД по Татарстану пояснили: «Злоумышленник действовал по ночам и выбирал машины с ценными вещами».';
  assert.equal(speakerOf(mvd, 'ru', 'Злоумышленник'), 'МВД');
});

test('French: a pronoun after an unnamed speaker is not the person named before (une libraire … confie-t-elle)', () => {
  const text =
    "Le dernier roman de Leïla Slimani s'est hissé en tête des ventes. Interrogée par l'AFP, une libraire parisienne évoque un « engouement rare ». « Les lecteurs attendaient ce livre depuis des mois », confie-t-elle.";
  assert.equal(speakerOf(text, 'fr', 'Les lecteurs'), null);
  const named = 'Leïla Slimani a présenté son roman à Paris. « Les lecteurs attendaient ce livre depuis des mois », confie-t-elle.';
  assert.equal(speakerOf(named, 'fr', 'Les lecteurs'), 'Leïla Slimani');
});

test('Russian: analysts polled by an agency, or one of several unnamed, speak for no one named (the agency is who asked)', () => {
  const polled = 'Банк России сохранил ставку. Опрошенные РБК аналитики называют такую политику «затяжным охлаждением» экономики.';
  assert.equal(speakerIfAny(polled, 'ru', 'затяжным'), null);
  const one = 'Суд вынес приговор. Одна из потерпевших заявила: «Справедливость хоть немного восторжествовала, но деньги не вернуть».';
  assert.equal(speakerOf(one, 'ru', 'Справедливость'), null);
  const named = 'Один из лидеров оппозиции Алексей Навальный заявил: «Мы будем бороться до конца за каждого человека».';
  assert.equal(speakerOf(named, 'ru', 'Мы будем'), 'Алексей Навальный');
});

test('German: a person noun after "so" and an article stands for the one named before (so die Arbeitnehmervertreterin)', () => {
  const text =
    'Laut Betriebsratschefin Daniela Cavallo ist der Kompromiss schmerzhaft. „Wir haben Massenentlassungen in Wolfsburg verhindert“, so die Arbeitnehmervertreterin, „und das war unser Ziel.“';
  assert.equal(speakerOf(text, 'de', 'Wir haben'), 'Daniela Cavallo');
  const thing =
    'Laut Betriebsratschefin Daniela Cavallo ist der Kompromiss schmerzhaft. „Wir haben Massenentlassungen in Wolfsburg verhindert“, so die Mitteilung.';
  assert.equal(speakerOf(thing, 'de', 'Wir haben'), null);
});

test('an according phrase with an unnamed source gives the quotation no speaker, whatever body the source is in (es, fr, ru, ar)', () => {
  const es = 'Según fuentes del Ministerio de Sanidad, la campaña «empezará en octubre en todas las comunidades».';
  assert.equal(speakerOf(es, 'es', 'empezará'), null);
  const fr = "Selon une source policière, il pourrait s'agir d'un « règlement de comptes ».";
  assert.equal(speakerOf(fr, 'fr', 'règlement'), null);
  const ru = 'По словам источника в Минфине, бюджет «будет пересмотрен уже осенью этого года».';
  assert.equal(speakerOf(ru, 'ru', 'будет пересмотрен'), null);
  const ar = 'ووفقا لمصدر مسؤول في وزارة الكهرباء، فإن الأحمال على الشبكة القومية «بلغت مستويات قياسية» خلال الأيام الماضية.';
  assert.equal(speakerOf(ar, 'ar', 'بلغت'), null);
  const body = 'Según el Ministerio de Sanidad, la campaña «empezará en octubre en todas las comunidades».';
  assert.equal(speakerOf(body, 'es', 'empezará'), 'Ministerio de Sanidad');
});

test('an according phrase after a quotation is read to its sentence end, not into the next sentence (ar)', () => {
  const ar =
    'توقعت الهيئة العامة للأرصاد الجوية استمرار موجة الحر. «ننصح المواطنين بتجنب التعرض المباشر لأشعة الشمس في أوقات الذروة»، بحسب بيان للهيئة صدر مساء الاثنين. ووفقا لمصدر مسؤول في وزارة الكهرباء، فإن الأحمال ارتفعت.';
  assert.notEqual(speakerOf(ar, 'ar', 'ننصح'), 'وزارة الكهرباء');
});

test('a clause opening with an article and an unnamed source gives its quotation no speaker, not the agency told (pt)', () => {
  const pt =
    'O IPMA colocou sete distritos sob aviso laranja. Uma fonte ligada às operações de socorro disse à agência Lusa que "todos os meios estão em prontidão".';
  assert.equal(speakerIfAny(pt, 'pt', 'todos os meios'), null);
});

test('a title after a plural article is a group and stands for no one person named before (es, it)', () => {
  const es = 'La actriz Penélope Cruz inauguró el festival de San Sebastián. Los organizadores aseguraron que «todas las entradas se agotaron en pocas horas».';
  assert.notEqual(speakerIfAny(es, 'es', 'todas las entradas'), 'Penélope Cruz');
  const it = 'Il sindaco Roberto Gualtieri ha presentato il piano. Le associazioni dei commercianti parlano di «una stangata senza precedenti per tutti».';
  assert.notEqual(speakerIfAny(it, 'it', 'una stangata'), 'Roberto Gualtieri');
});

test('a cue in the plural with its subject dropped has no one person named before for it (es, ru, it)', () => {
  const es =
    'La ministra de Salud, Ximena Aguilera, celebró la votación. Desde la industria farmacéutica, en cambio, advirtieron de posibles «problemas de abastecimiento en las farmacias».';
  assert.notEqual(speakerIfAny(es, 'es', 'problemas de'), 'Ximena Aguilera');
  const ru = '«Мы переходим на отечественные системы», — сказал министр Максут Шадаев. Сроки называют «крайне амбициозными и трудно выполнимыми».';
  assert.notEqual(speakerIfAny(ru, 'ru', 'крайне'), 'Максут Шадаев');
  const one = 'Il ministro Adolfo Urso ha incontrato i sindacati. «Il governo farà la sua parte fino in fondo», ha detto al termine.';
  assert.equal(speakerOf(one, 'it', 'Il governo'), 'Adolfo Urso');
});
