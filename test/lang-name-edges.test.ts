// Where a name outside English starts and ends: a noun that describes the name after it is no part of it (German
// `im Stadtteil Ehrenfeld`, `der Tochter DWS`), and a full stop after a single letter that ends a name ends the sentence
// (`Serie A.`), unless the letter is a surname's initial after a given name (`Laurent D.`). A body's name whose complement
// coordinates two fields (`Ministério de Minas e Energia`) is one name; a German town's adjective before a head of names
// opens one (`Frankfurter Börse`); an Arabic word behind the proclitic و or ل after a title is no name; an institution's
// noun capitalised alone (`o Governo`) is none either.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';

const mentions = (text: string, language: string): string[] => analyze(text, { language }).mentions.map((m) => m.text);

test('German: a describing noun before a name stays out of it (Stadtteil, Tochter), a name’s own head word stays in', () => {
  const got = mentions(
    'Bei einem Brand im Kölner Stadtteil Ehrenfeld wurden zwei Menschen verletzt. Treiber war die Vermögensverwaltung der Tochter DWS. Der Flughafen München meldet Verspätungen.',
    'de',
  );
  assert.ok(got.includes('Ehrenfeld'), got.join(', '));
  assert.ok(got.includes('DWS'), got.join(', '));
  assert.ok(!got.some((m) => m.startsWith('Stadtteil') || m.startsWith('Tochter')), got.join(', '));
  assert.ok(got.includes('Flughafen München'), got.join(', '));
});

test('a single letter ending a name before a full stop is no initial (Serie A.), a surname’s initial keeps its point (Laurent D.)', () => {
  const it = mentions("L'Inter è a un punto dalla vetta della Serie A. A decidere il match è stato Lautaro Martínez.", 'it');
  assert.ok(it.includes('Serie A'), it.join(', '));
  const fr = mentions('Le suspect, Laurent D., a été placé en garde à vue à Rennes.', 'fr');
  assert.ok(fr.includes('Laurent D.'), fr.join(', '));
});

test('a body’s name whose complement joins two fields by a conjunction is one name; two bodies joined stay two', () => {
  const pt = mentions('O Ministério de Minas e Energia anunciou medidas. O Banco de Portugal e a Caixa Geral de Depósitos reagiram.', 'pt');
  assert.ok(pt.includes('Ministério de Minas e Energia'), pt.join(', '));
  assert.ok(pt.includes('Banco de Portugal') && pt.includes('Caixa Geral de Depósitos'), pt.join(', '));
  const it = mentions("Secondo l'Istituto Nazionale di Geofisica e Vulcanologia la scossa è stata forte.", 'it');
  assert.ok(it.includes('Istituto Nazionale di Geofisica e Vulcanologia'), it.join(', '));
  const es = mentions('El Banco de España y Iberdrola firmaron un acuerdo.', 'es');
  assert.ok(es.includes('Banco de España') && es.includes('Iberdrola'), es.join(', '));
});

test('German: a town’s adjective before a word that heads names is one name (Frankfurter Börse, Frankfurter Buchmesse), not before any noun', () => {
  const got = mentions(
    'An der Frankfurter Börse legten die Kurse zu. Die Frankfurter Buchmesse beginnt am Mittwoch. Die Schweizer Städte wachsen, der Walldorfer Softwarekonzern auch.',
    'de',
  );
  assert.ok(got.includes('Frankfurter Börse') && got.includes('Frankfurter Buchmesse'), got.join(', '));
  assert.ok(!got.includes('Schweizer Städte') && !got.includes('Walldorfer Softwarekonzern'), got.join(', '));
});

test('Arabic: a word behind the proclitic و or ل after a title is the title’s phrase, not a person’s name', () => {
  const ar =
    'وقال مساعد القائد العام لشؤون البحث الجنائي اللواء خليل إبراهيم المنصوري إن "أفراد العصابة استخدموا مواقع وهمية لسرقة البيانات". وقال الرئيس وكبير الإداريين التنفيذيين للشركة أمين الناصر في بيان إن الأرباح ارتفعت.';
  const got = analyze(ar, { language: 'ar' })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
  assert.ok(!got.some((n) => n.startsWith('لشؤون') || n.startsWith('وكبير')), got.join(', '));
  assert.ok(got.includes('خليل إبراهيم المنصوري'), got.join(', '));
});

test('an institution’s noun capitalised by custom alone is no name (o Governo, il Comune), and still speaks as its noun', () => {
  const names = (text: string, language: string): string[] => analyze(text, { language }).entities.map((e) => e.name);
  assert.deepEqual(names('O Governo aprovou ontem o orçamento. A oposição criticou o Governo por falta de diálogo.', 'pt'), []);
  assert.deepEqual(names('Il sindaco ha incontrato i commercianti e il Comune ha stanziato due milioni.', 'it'), []);
  const said = analyze('O Governo garantiu ontem que "não haverá aumento de impostos no próximo ano".', { language: 'pt' }).quotes[0];
  assert.equal(said?.speaker?.name, 'O Governo');
});
