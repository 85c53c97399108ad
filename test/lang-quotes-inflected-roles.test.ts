// Speakers outside English named by an inflected or a national title, behind a set phrase in a compound tense, before a
// party in parentheses or a place complement, past a quoted name in a title's complement, or left unsaid after the
// story's subject moved on; a title's domain is no speaker; a verb of defending as a label; known names found only in
// their own inflected forms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/analyze/index.js';
import { speakerOf } from './helpers/lang-speaker.js';

test('a Russian title in an oblique case refers to the person named before (по словам эксперта, тренера)', () => {
  const base = 'Главный тренер сборной Валерий Карпин провёл открытую тренировку. По словам тренера, команда «готова к любому сопернику».';
  assert.equal(speakerOf(base, 'ru', 'готова к любому'), 'Валерий Карпин');
  const expert = 'Аналитик Наталия Орлова оценила решение ЦБ. По словам эксперта, ставка «останется высокой до весны».';
  assert.equal(speakerOf(expert, 'ru', 'останется высокой'), 'Наталия Орлова');
});

test('a Russian title in a plural form names no one (по словам экспертов, сообщил журналистам)', () => {
  const plural = 'Аналитик Наталия Орлова оценила решение ЦБ. По словам экспертов, ставка «останется высокой до весны».';
  const quotes = analyze(plural, { language: 'ru' }).quotes;
  assert.ok(!quotes.some((q) => q.speaker?.entity === 'Наталия Орлова'), JSON.stringify(quotes));
  const told = '«Мы рассчитываем завершить ремонт дороги к зиме», — сообщил журналистам глава администрации Великого Устюга Дмитрий Шелестов.';
  assert.equal(speakerOf(told, 'ru', 'Мы рассчитываем'), 'Дмитрий Шелестов');
});

test('a Russian nationality noun after the cue refers to the person named before (— признался россиянин)', () => {
  const text = 'Андрей Рублёв вышел в полуфинал турнира в Дубае. «Третий сет дался мне очень тяжело, я устал», — признался россиянин после матча.';
  assert.equal(speakerOf(text, 'ru', 'Третий сет'), 'Андрей Рублёв');
});

test('a set phrase between the auxiliary and the participle keeps the cue (a pour sa part glissé, ha dal canto suo spiegato)', () => {
  const fr = 'Le maire de Lyon Grégory Doucet a visité le chantier. « Nous tiendrons les délais annoncés », a pour sa part assuré Grégory Doucet.';
  assert.equal(speakerOf(fr, 'fr', 'Nous tiendrons'), 'Grégory Doucet');
  const it = 'Il ministro Adolfo Urso ha incontrato i sindacati. «Il tavolo resterà aperto tutta la settimana», ha dal canto suo spiegato Urso.';
  assert.equal(speakerOf(it, 'it', 'Il tavolo resterà'), 'Adolfo Urso');
});

test('a dropped subject after a sentence a new person opens is that person, not the speaker of the quote before (it)', () => {
  const text =
    'La Regione ha chiesto ai cittadini di «restare in casa nelle ore più calde». Il sindaco di Firenze, Sara Funaro, ha aperto tre centri climatizzati. «Nessuno deve restare solo in questi giorni», ha scritto sui social.';
  assert.equal(speakerOf(text, 'it', 'Nessuno deve'), 'Sara Funaro');
});

test('a Russian known name is found in its case forms, and no other word sharing its stem is (Даниил is not Дания)', () => {
  const names = (text: string) => analyze(text, { language: 'ru' }).entities.map((e) => `${e.name}/${e.type}`);
  const a = names('Теннисист Даниил Медведев прилетел в Пекин. Матч прошёл в Германии, а делегация вернулась с Украиной на связи.');
  assert.ok(!a.some((e) => e.startsWith('Дания')), a.join(', '));
  assert.ok(a.includes('Германия/place'), a.join(', '));
  const b = names('Дело рассмотрят в среду, сообщили в суде.');
  assert.ok(!b.some((e) => e.startsWith('Дели')), b.join(', '));
});

test('a given name opening a sentence joins the known surname after it (Игорь Лавров, not Лавров alone)', () => {
  const a = analyze('Турнир начался в субботу. Игорь Лавров прилетел в Казань.', { language: 'ru' });
  assert.ok(
    a.entities.some((e) => e.aliases.includes('Игорь Лавров') || e.name === 'Игорь Лавров'),
    a.entities.map((e) => e.name).join(', '),
  );
});

test('a subject before the cue past its party in parentheses and an apposition comma, or past a place complement (de)', () => {
  const party = 'Der Oberbürgermeister, Christian Specht (CDU), sprach von einem »schwarzen Tag für den Hafen«.';
  assert.equal(speakerOf(party, 'de', 'schwarzen Tag'), 'Christian Specht');
  const place = 'Die Feuerwehr in Celle sprach am Abend von einer „angespannten, aber beherrschbaren Lage“.';
  const q = analyze(place, { language: 'de' }).quotes.find((x) => x.text.startsWith('angespannten'));
  assert.equal(q?.speaker?.name, 'Die Feuerwehr');
});

test('a verb of defending characterises the quoted words after it (fr)', () => {
  const fr = 'Le ministre de l’Économie, Roland Lescure, a de son côté défendu « un budget responsable » devant les députés.';
  assert.equal(speakerOf(fr, 'fr', 'un budget responsable'), 'Roland Lescure');
});

test('a title’s domain before a cue is no speaker, the title stands for its holder (fr ministre des Finances)', () => {
  const fr =
    'La conseillère fédérale Karin Keller-Sutter a présenté le budget. La ministre des Finances a plaidé pour des économies « ciblées mais incontournables ».';
  assert.equal(speakerOf(fr, 'fr', 'ciblées mais'), 'Karin Keller-Sutter');
  assert.notEqual(analyze(fr, { language: 'fr' }).entities.find((e) => e.name === 'Finances')?.type, 'person');
});

test('a name in quotation marks inside a title’s complement leaves the person after it the speaker (ru)', () => {
  const ru = '«Мы просто не реализовали свои моменты», — признал главный тренер «Спартака» Деян Станкович после поражения.';
  assert.equal(speakerOf(ru, 'ru', 'Мы просто'), 'Деян Станкович');
});
