// The subject after a cue outside English: past a phrase that opens with a preposition, past names a preposition governs,
// through an apposition's comma; and not a name inside a complement, an object or the subject of the next clause.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test('a title and an apposition naming the person after its comma give the speaker (Italian)', () => {
  const it =
    'I carabinieri hanno arrestato undici persone. «Si tratta di una banda ben organizzata, che agiva su commissione», ha spiegato il comandante provinciale, il colonnello Giuseppe De Sanctis.';
  assert.equal(speakerOf(it, 'it', 'Si tratta di una banda'), 'Giuseppe De Sanctis');
});

test('a phrase that opens with a preposition and a place its title governs stand before the speaker (Italian)', () => {
  const it =
    "Blitz all'alba tra Bari e Altamura. «Un'operazione complessa, condotta con le intercettazioni», ha spiegato in conferenza stampa il comandante provinciale dei carabinieri di Bari, il colonnello Giuseppe De Santis.";
  assert.equal(speakerOf(it, 'it', "Un'operazione complessa"), 'Giuseppe De Santis');
});

test('a newspaper behind a preposition is passed over for the speaker after it (French)', () => {
  const fr =
    "Des chercheurs du CNRS ont détecté des microplastiques. « Cela montre qu'aucun milieu n'est épargné », a expliqué au Monde la glaciologue Clémence Arnaud, qui a coordonné l'étude.";
  assert.equal(speakerOf(fr, 'fr', 'Cela montre'), 'Clémence Arnaud');
});

test('a name after a noun inside the opening phrase is the speaker (German)', () => {
  const de =
    'Seit 2015 läuft ein Beweisverfahren am Landgericht. „Mit dem vom Gericht bestellten Gutachter wird zur Zeit das Verfahren abgestimmt“, erklärt auf Nachfrage Martin Rölen aus der Presseabteilung der Stadt.';
  assert.equal(speakerOf(de, 'de', 'Mit dem vom Gericht'), 'Martin Rölen');
});

test('a name after a conjunction is no object: it can be the speaker (German)', () => {
  const de =
    'Unabhängige Organisationen wurden des Landes verwiesen. Dies ist der Beginn einer „neuen Stufe der Unterdrückung und der Angst im ganzen Land“, so die Frauenrechtlerin und Pädagogin María Teresa Blandón.';
  assert.equal(speakerOf(de, 'de', 'neuen Stufe'), 'María Teresa Blandón');
});

test('the one an interview was given to is no speaker: the pronoun before it is (German)', () => {
  const de =
    'Tobias Lindner, sicherheitspolitischer Sprecher der Grünen, nennt den Vorfall besorgniserregend. "Rheinmetall muss sicherstellen, dass alle betroffenen Kunden informiert werden", sagte er dem NDR.';
  assert.equal(speakerOf(de, 'de', 'Rheinmetall muss'), 'Tobias Lindner');
});

test('an apposition inside a complement names no speaker: the dropped subject stays the person before (Spanish)', () => {
  const es =
    'El asunto fue abordado ayer por el presidente Gabriel Boric en una entrevista radial. “Necesitamos recuperar la legitimidad de las policías, y eso no se recupera cortando cabezas”, dijo al ser consultado sobre las solicitudes de renuncia del director general de la institución, Ricardo Yáñez.';
  assert.equal(speakerOf(es, 'es', 'Necesitamos recuperar'), 'Gabriel Boric');
});

test('a name opening the clause after a comma is no apposition of the one who speaks (German)', () => {
  const de =
    'Der Vorstand vergleicht die Rede mit historischen Zitaten. Teile der Rede glichen einer „Inszenierung ohne jedes Maß“, so die Parteispitze, Höcke verfalle in alte Muster.';
  assert.notEqual(speakerOf(de, 'de', 'Inszenierung ohne'), 'Björn Höcke');
  assert.notEqual(speakerOf(de, 'de', 'Inszenierung ohne'), 'Höcke');
});

test('a description opening the clause before its cue stands for the person named before (Spanish)', () => {
  const es =
    'El delantero Luis Suárez marcó dos goles. «Estamos en el buen camino», dijo Suárez. El uruguayo, que cumplió 36 años, añadió que el equipo quiere «pelear por el título hasta el final del campeonato».';
  assert.equal(speakerOf(es, 'es', 'pelear por el título'), 'Luis Suárez');
});

test("a document's noun opening the clause stands for no person (Spanish)", () => {
  const es =
    'El ministro Luis Planas presentó el plan. El informe, que fue publicado el lunes, señala que la sequía «ha reducido la cosecha de cereal a la mitad en Castilla».';
  assert.equal(speakerOf(es, 'es', 'ha reducido la cosecha'), null);
});

test('an attribution inside the marks may close at a stop, the quotation going on after it (French)', () => {
  const fr =
    'Six départements sont en vigilance orange. « Des rafales de 120 km/h sont attendues sur le littoral, a indiqué le ministre Bruno Retailleau devant la presse. La prudence est de mise sur les routes. »';
  assert.equal(speakerOf(fr, 'fr', 'Des rafales'), 'Bruno Retailleau');
});

test('reporting verbs beyond the commonest give quotes their speakers (Portuguese, Spanish, Italian)', () => {
  const pt = '«A situação na barra do porto continua perigosa para a navegação», refere a capitã Marta Lobo em comunicado.';
  assert.equal(speakerOf(pt, 'pt', 'A situação na barra'), 'Marta Lobo');
  const es = '«Nunca habíamos medido una temperatura así en la península», resaltó el climatólogo Javier Martín Vide.';
  assert.equal(speakerOf(es, 'es', 'Nunca habíamos medido'), 'Javier Martín Vide');
  const it = '«I lavori sulla linea termineranno entro la fine di marzo», ha riferito il sindaco Matteo Lepore in consiglio comunale.';
  assert.equal(speakerOf(it, 'it', 'I lavori sulla linea'), 'Matteo Lepore');
});

test("a body's short name or adjective-and-head name opening its sentence speaks (Russian)", () => {
  const ru =
    'Минфин предложил изменить налоговый вычет. «Новые правила начнут действовать с первого января будущего года», — говорится в заявлении ведомства. Верховный суд отменил приговор. «Дело направлено на новое рассмотрение в первую инстанцию», — говорится в сообщении ведомства.';
  assert.equal(speakerOf(ru, 'ru', 'Новые правила'), 'Минфин');
  assert.equal(speakerOf(ru, 'ru', 'Дело направлено'), 'Верховный суд');
});

test('a role noun beyond the commonest titles stands for the person who holds it (Russian)', () => {
  const ru = 'Расследование ведет полковник Иван Петров. «Мы уже установили всех участников нападения», — заявил полковник журналистам.';
  assert.equal(speakerOf(ru, 'ru', 'Мы уже установили'), 'Иван Петров');
});

test('a name in quotation marks right after the cue is passed like any name it governs (`заявил «Интерфаксу» … Андрей Гущин`)', () => {
  const ru = '«Дефицита топлива на внутреннем рынке нет и не ожидается», — заявил «Интерфаксу» заместитель министра энергетики Андрей Гущин.';
  assert.equal(speakerOf(ru, 'ru', 'Дефицита топлива'), 'Андрей Гущин');
});
