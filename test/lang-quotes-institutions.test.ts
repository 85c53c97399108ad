// Institutions that speak unnamed outside English (`Die Polizei teilte mit`, `وقال البنك`, `сообщили в пресс-службе МВД`):
// the noun itself is the speaker unless an organisation named before is that institution.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerNameOf as speakerOf } from './helpers/lang-speaker.js';

test('an institution named by its noun alone speaks itself, before or after the quote (die Polizei, la policía, правительство, البنك)', () => {
  const de = 'In Paderborn brannte eine Lagerhalle. Die Polizei teilte mit: „Die Brandursache ist derzeit noch völlig unklar.“';
  assert.equal(speakerOf(de, 'de', 'Die Brandursache'), 'Die Polizei');
  const es = 'Un incendio obligó a desalojar a 200 vecinos de Teruel. «No hay heridos y el fuego está controlado», informó la policía.';
  assert.equal(speakerOf(es, 'es', 'No hay heridos'), 'la policía');
  // Russian organisations' nouns are neuter, and so are the verbs they speak with (уточнило, сообщило)
  const ru = 'Власти края ввели режим ЧС. Позже краевое правительство уточнило: «Все котельные обеспечены запасом угля на 45 суток».';
  assert.equal(speakerOf(ru, 'ru', 'Все котельные'), 'правительство');
  const ar = 'بقيت أسعار الفائدة دون تغيير للمرة الثالثة. وقال البنك في بيان: "تأتي هذه الخطوة في ضوء استمرار الضغوط التضخمية".';
  assert.equal(speakerOf(ar, 'ar', 'تأتي هذه الخطوة'), 'البنك');
});

test('an institution noun stands for an organisation named before only when that one is the institution, never for another one', () => {
  // Siemens is named before, but the police are not Siemens
  const de = 'Bei Siemens in Erlangen gab es am Morgen einen Großeinsatz. „Es bestand zu keiner Zeit Gefahr für die Mitarbeiter“, sagte die Polizei.';
  assert.equal(speakerOf(de, 'de', 'Es bestand'), 'die Polizei');
  // the police named by their name before: the noun stands for them
  const es = 'La Policía Nacional detuvo a un hombre en Vigo. «El sospechoso llevaba meses huyendo», informó la policía.';
  assert.equal(speakerOf(es, 'es', 'El sospechoso'), 'Policía Nacional');
});

test("an organisation's ordinary noun still stands for the one named before (das Unternehmen -> Siemens)", () => {
  const de = 'Siemens will 5000 Stellen streichen. „Der Umbau ist unvermeidlich“, teilte das Unternehmen mit.';
  assert.equal(speakerOf(de, 'de', 'Der Umbau'), 'Siemens');
});

test('Russian impersonal statements name the organisation after them (сообщили в пресс-службе МВД, заявили в компании)', () => {
  const a = 'В Казани задержан подозреваемый. «Злоумышленник разбивал стекла и похищал вещи», — сообщили в пресс-службе МВД по Татарстану.';
  assert.equal(speakerOf(a, 'ru', 'Злоумышленник'), 'МВД');
  const b = 'РЖД с 1 марта повышает тарифы на пригородные перевозки. «Индексация не превысит уровня инфляции», — заявили в компании.';
  assert.equal(speakerOf(b, 'ru', 'Индексация'), 'РЖД');
  const c = 'Хамовнический суд вынес приговор чиновнику Минздрава. «Вина подсудимого полностью доказана», — говорится в сообщении пресс-службы суда.';
  // the court named before, its noun in another case (`суда` -> `Хамовнический суд`)
  assert.equal(speakerOf(c, 'ru', 'Вина подсудимого'), 'Хамовнический суд');
});

test("after 'according to', a document's noun gives the organisation it comes from (Según el informe del CSIC)", () => {
  const es = 'El acuífero de Doñana sigue en mínimos. Según el informe del CSIC, "no se recuperará si no se reducen drásticamente las extracciones".';
  assert.equal(speakerOf(es, 'es', 'no se recuperará'), 'CSIC');
  // a document no one is named with: the organisation named last before, as for `heißt es in einer Mitteilung`
  const de = 'Die Deutsche Bahn hat ihre Bilanz vorgelegt. Laut dem Bericht war „die Pünktlichkeit im Fernverkehr so schlecht wie nie zuvor“.';
  assert.equal(speakerOf(de, 'de', 'die Pünktlichkeit'), 'Deutsche Bahn');
});

test('an institution named before is found from its noun in another case (уточнили в мэрии -> Мэрия Новосибирска)', () => {
  const ru = 'Мэрия Новосибирска пообещала завершить ремонт моста к 1 сентября. «Работы идут в круглосуточном режиме», — уточнили в мэрии.';
  assert.equal(speakerOf(ru, 'ru', 'Работы идут'), 'Мэрия Новосибирска');
});

test('an institution named in the plural speaks with its plural article (i carabinieri, los bomberos)', () => {
  const it = 'Un uomo è stato arrestato a Lecce. «L’uomo si presentava con un tesserino contraffatto e chiedeva contanti», spiegano i carabinieri in una nota.';
  assert.equal(speakerOf(it, 'it', 'L’uomo si presentava'), 'i carabinieri');
  const es = 'Un incendio arrasó una nave en Zaragoza. «El fuego está controlado y no hay heridos», informaron los bomberos.';
  assert.equal(speakerOf(es, 'es', 'El fuego está'), 'los bomberos');
});

test('a place with an article right after the cue speaks for the body there or the club of its name (o Itamaraty, el Valencia)', () => {
  const pt = 'O governo brasileiro acompanha a crise. "Estamos acompanhando a situação de perto", informou o Itamaraty em nota.';
  assert.equal(speakerOf(pt, 'pt', 'Estamos acompanhando'), 'Itamaraty');
  const es = 'El centrocampista estará tres semanas de baja. «El jugador ya ha comenzado el tratamiento», indicó el Valencia en un comunicado.';
  assert.equal(speakerOf(es, 'es', 'El jugador ya'), 'Valencia');
});

test('an article and a word of an organisation named before stand for it (die Flugsicherung -> Deutsche Flugsicherung)', () => {
  const de = 'Die Deutsche Flugsicherung rechnet mit einem Rekordsommer. „Wir erwarten an Spitzentagen über 10.000 Flüge“, sagte die Flugsicherung in Langen.';
  assert.equal(speakerOf(de, 'de', 'Wir erwarten'), 'Deutsche Flugsicherung');
});

test('a body after a locative opening the clause speaks through the cue after it (В СГК пояснили), a person named before though', () => {
  const ru = 'Мэр Максим Кудрявцев провёл совещание. В СГК пояснили: «Причиной аварии стал износ трубы, проложенной ещё в 1970-х годах».';
  assert.equal(speakerOf(ru, 'ru', 'Причиной аварии'), 'СГК');
});

test('a jury is an institution that speaks by its noun (Die Jury lobte das Buch als „…“)', () => {
  const de = 'Die Autorin Lena Brückner erhält den Preis. Die Jury lobte das Buch als „ein leises, aber unerbittliches Porträt einer Gemeinschaft“.';
  assert.equal(speakerOf(de, 'de', 'ein leises'), 'Die Jury');
});
