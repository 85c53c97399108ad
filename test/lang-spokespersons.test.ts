// Speakers named by a spokesperson, a description or a nationality outside English: `sagte ein Sprecher der Polizei`
// speaks for the police; `ha spiegato l'altoatesino`, `sagte der Belgier` stand for the person named before them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerNameOf, speakerOf } from './helpers/lang-speaker.js';

test('a spokesperson unnamed speaks for the organisation after the title (ein Sprecher der Polizei, un porte-parole du groupe, الناطق باسم المديرية)', () => {
  const de = '„Wir gehen derzeit von Brandstiftung aus“, sagte ein Sprecher der Polizei in Leipzig am Sonntag. Verletzt wurde niemand.';
  assert.equal(speakerNameOf(de, 'de', 'Wir gehen derzeit'), 'Sprecher der Polizei');
  const fr =
    "Airbus a livré 72 avions en novembre, a annoncé l'avionneur mardi. « Nous restons confiants dans notre capacité à atteindre l'objectif annuel », a indiqué un porte-parole du groupe à l'AFP.";
  assert.equal(speakerOf(fr, 'fr', 'Nous restons confiants'), 'Airbus');
  const ar =
    'أعلنت مديرية الأمن العام الأردنية القبض على شخصين في عمّان. وقال الناطق الإعلامي باسم المديرية في بيان: «تمكنت فرق البحث الجنائي من تحديد هوية المشتبه بهما خلال ساعات».';
  assert.equal(speakerOf(ar, 'ar', 'تمكنت فرق'), 'مديرية الأمن العام الأردنية');
});

test('a spokesperson named after the title is the speaker, not the organisation', () => {
  const es = '«No habrá cambios en el calendario», explicó la portavoz del Gobierno, Pilar Alegría, tras el Consejo de Ministros.';
  assert.equal(speakerOf(es, 'es', 'No habrá cambios'), 'Pilar Alegría');
});

test("a description with its article glued on stands for the person named before (ha spiegato l'altoatesino)", () => {
  const it =
    'Jannik Sinner ha vinto il torneo battendo in finale Carlos Alcaraz. «È stata una settimana incredibile», ha spiegato l’altoatesino in conferenza stampa.';
  assert.equal(speakerOf(it, 'it', 'È stata una settimana'), 'Jannik Sinner');
});

test('a description after a sentence naming a subject and an object stands for the subject (il campione)', () => {
  const it = 'Jannik Sinner ha battuto Carlos Alcaraz in due set. «Sono felicissimo di questa vittoria», ha detto il campione ai giornalisti.';
  assert.equal(speakerOf(it, 'it', 'Sono felicissimo'), 'Jannik Sinner');
});

test('a nationality written with a capital stands for the person named before (sagte der Belgier)', () => {
  const de =
    'Bayern-Trainer Vincent Kompany hat nach dem 1:1 gegen Union Berlin Verständnis gezeigt. »Wir hatten genug Chancen, um dieses Spiel zu gewinnen«, sagte der Belgier nach dem Schlusspfiff.';
  assert.equal(speakerOf(de, 'de', 'Wir hatten genug'), 'Vincent Kompany');
});

test("a German spokesperson's compound speaks for the organisation its first part names (ein Bahnsprecher), else itself", () => {
  const de = 'Die Deutsche Bahn verlängert die Sperrung. „Die Arbeiten an den Stellwerken sind komplexer als geplant“, sagte ein Bahnsprecher am Dienstag.';
  assert.equal(speakerOf(de, 'de', 'Die Arbeiten'), 'Deutsche Bahn');
  const gov = '„Die Lage ist ernst, aber beherrschbar“, sagte ein Regierungssprecher am Dienstag in Berlin.';
  assert.equal(speakerNameOf(gov, 'de', 'Die Lage ist ernst'), 'Regierungssprecher');
});

test('a German name before the dative of whom it told is the speaker (sagte Bas der Funke Mediengruppe)', () => {
  const bas =
    'Bundesarbeitsministerin Bärbel Bas (SPD) will die Rentenpläne durchsetzen. „Das Rentenniveau von 48 Prozent ist nicht verhandelbar“, sagte Bas der Funke Mediengruppe.';
  assert.equal(speakerOf(bas, 'de', 'Das Rentenniveau'), 'Bärbel Bas');
  const titled = '„Das ist ein wichtiges Signal gegen vorgeschobene Kündigungen“, sagte Sprecherin Jutta Hartmann der Deutschen Presse-Agentur.';
  assert.equal(speakerOf(titled, 'de', 'Das ist ein wichtiges'), 'Jutta Hartmann');
});

test('Spanish: an incise between long dashes inside the quotation, its title with an acronym in parentheses, gives the speaker', () => {
  const es =
    'El presidente de la Generalitat, Salvador Illa, reclamó al Gobierno que acelere el traspaso. «No podemos seguir así —afirmó Illa en Lleida—, los usuarios merecen un servicio digno».';
  assert.equal(speakerOf(es, 'es', 'No podemos seguir'), 'Salvador Illa');
  const long =
    'Los médicos secundaron la huelga. «No pedimos privilegios —explicó el secretario general de la Confederación Estatal de Sindicatos Médicos (CESM), Víctor Pedrera—, pedimos condiciones dignas».';
  assert.equal(speakerOf(long, 'es', 'No pedimos privilegios'), 'Víctor Pedrera');
});
