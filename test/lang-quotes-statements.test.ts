// Quotes read in an organisation's document (`говорится в сообщении ведомства`, `si legge in una nota`), and subjects that a preposition or a title's domain is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './helpers/lang-speaker.js';

test("a quote read in a document is the document's organisation's: named after the phrase, or the one named before", () => {
  const it =
    'La Fiorentina ha deciso di non cambiare allenatore dopo la quarta sconfitta. «La società esprime piena fiducia nello staff», si legge in una nota diffusa dal club.';
  assert.equal(speakerOf(it, 'it', 'La società'), 'Fiorentina');
  const de =
    'Die Deutsche Bahn hat den Fernverkehr im Norden eingestellt. „Wir bitten alle Reisenden um Verständnis“, hieß es in einer Mitteilung des Konzerns.';
  assert.equal(speakerOf(de, 'de', 'Wir bitten'), 'Deutsche Bahn');
  const es = '«El jugador ya ha comenzado la recuperación», se lee en el comunicado de la Real Federación Española de Fútbol.';
  assert.equal(speakerOf(es, 'es', 'El jugador'), 'Real Federación Española de Fútbol');
});

test('a document with no organisation named before or in it gives the quote no speaker', () => {
  const it = 'Caldo record nel fine settimana. "Si raccomanda di evitare il sole nelle ore centrali", si legge nel documento.';
  assert.equal(speakerOf(it, 'it', 'Si raccomanda'), null);
});

test("a name after a preposition is no subject of the cue after it, and an organisation before a person's name is the title's domain", () => {
  const ru1 = 'Главный тренер СКА Олег Самойлов после поражения от ЦСКА признал: «Во втором периоде мы просто перестали играть».';
  assert.equal(speakerOf(ru1, 'ru', 'Во втором'), 'Олег Самойлов');
  const ru2 = 'Депутат Госдумы Сергей Мальцев, впрочем, сомневается: «Через полгода мы вернёмся к этому разговору».';
  assert.equal(speakerOf(ru2, 'ru', 'Через полгода'), 'Сергей Мальцев');
  // an article is no preposition, though Portuguese writes both `a`
  const pt = 'A Petrobras informou, em nota divulgada no domingo, que "não há risco de desabastecimento de combustíveis no país".';
  assert.equal(speakerOf(pt, 'pt', 'não há risco'), 'Petrobras');
});

test("a person's surname opening a sentence is that person, though it names a country too (Montenegro)", () => {
  const pt =
    'O primeiro-ministro, Luís Montenegro, foi confrontado pelo líder do PS, José Luís Carneiro. "O governo não tem plano", acusou Carneiro. Montenegro respondeu que "os resultados vão aparecer já este ano".';
  assert.equal(speakerOf(pt, 'pt', 'os resultados'), 'Luís Montenegro');
});

test("'according to him' gives the person named last (`По его словам`, `selon lui`)", () => {
  const ru =
    '«Мы рассчитываем завершить ремонт моста до конца октября», — сообщил журналистам глава администрации Петрозаводска Алексей Воронцов. По его словам, «движение по временной переправе будет открыто уже в понедельник».';
  assert.equal(speakerOf(ru, 'ru', 'Мы рассчитываем'), 'Алексей Воронцов');
  assert.equal(speakerOf(ru, 'ru', 'движение по'), 'Алексей Воронцов');
  const fr = 'Le maire Paul Girard a visité le chantier. Selon lui, « les travaux seront finis en juin ».';
  assert.equal(speakerOf(fr, 'fr', 'les travaux'), 'Paul Girard');
});

test('speaking of a quoted phrase is a cue (`ha parlato di «…»`, `sprach von einem „…“`)', () => {
  const it = 'La segretaria del Pd, Elly Schlein, ha parlato invece di «un incontro di facciata senza impegni concreti».';
  assert.equal(speakerOf(it, 'it', 'un incontro'), 'Elly Schlein');
  const de = 'Oberbürgermeister Andreas Starke sprach von einem „wichtigen Signal für die Verkehrswende in unserer Stadt“.';
  assert.equal(speakerOf(de, 'de', 'wichtigen Signal'), 'Andreas Starke');
});

test("German: a name only the lexicon knows as a noun, after an organisation's noun and its article, is the organisation (der Autozulieferer Mahle)", () => {
  const de =
    'Der Autozulieferer Mahle streicht in Stuttgart rund 450 Stellen. Die Maßnahme sei „schmerzhaft, aber unumgänglich“, teilte das Unternehmen am Donnerstag mit.';
  assert.equal(speakerOf(de, 'de', 'schmerzhaft'), 'Mahle');
});

test('a subject after a title with a long complement, and role nouns of the press (`el instituto armado`, `a corporação`)', () => {
  const ru = '«Сейчас этим сервисом пользуются более 300 тысяч пассажиров в день», — сообщил заместитель мэра столицы по вопросам транспорта Максим Ликсутов.';
  assert.equal(speakerOf(ru, 'ru', 'Сейчас этим'), 'Максим Ликсутов');
  const pt = 'A Polícia Federal deflagrou nesta terça uma operação. Segundo a corporação, o grupo “cooptava servidores para liberar benefícios”.';
  assert.equal(speakerOf(pt, 'pt', 'cooptava'), 'Polícia Federal');
});

test('an attribution inside one pair of guillemets gives the quote its speaker (« …, a averti le colonel Marc Duthil, …, et … »)', () => {
  const fr = "« Le risque est maximal, a averti mardi le colonel Marc Duthil, directeur du service d'incendie, et la moindre étincelle peut suffire. »";
  assert.equal(speakerOf(fr, 'fr', 'Le risque'), 'Marc Duthil');
});

test('an organisation in quotation marks opening the sentence is its subject, which a later statement speaks for (`«Газпром» сообщил`)', () => {
  const ru =
    '«Газпром» сообщил о снижении чистой прибыли по МСФО по итогам первого полугодия на 20%. «Результаты отражают сложную конъюнктуру на внешних рынках», — говорится в сообщении компании.';
  assert.equal(speakerOf(ru, 'ru', 'Результаты отражают'), 'Газпром');
});

test("a person's name in apposition right before the colon that opens a quote speaks it (`…, Giulia Sartori: «…»`)", () => {
  const it =
    "Immediata la replica della capogruppo dell'opposizione in commissione Bilancio, Giulia Sartori: «Lo dicevano anche l'anno scorso, poi abbiamo visto tutti com'è finita».";
  assert.equal(speakerOf(it, 'it', 'Lo dicevano'), 'Giulia Sartori');
});

test('a news agency right after the cue with the clause going on is told, not telling (сообщили РИА Новости в пресс-службе Минздрава)', () => {
  const ru =
    'Минздрав России зарегистрировал новую вакцину. «Препарат прошел все необходимые этапы испытаний», — сообщили РИА Новости в пресс-службе Минздрава.';
  assert.equal(speakerOf(ru, 'ru', 'Препарат'), 'Минздрав');
  const source = '«Решение будет принято до конца недели», — сообщил ТАСС источник в правительстве.';
  assert.equal(speakerOf(source, 'ru', 'Решение'), null);
});
