// Entities, quotes and speakers in German, French, Spanish, Portuguese, Italian, Russian and Arabic articles written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';
import type { Analysis } from '../src/model.js';
import {
  AR_POLITICS,
  AR_UNKNOWN_NAMES,
  DE_HEISE,
  DE_POLITICS,
  ES_POLITICS,
  FR_POLITICS,
  IT_POLITICS,
  PL_TEXT,
  PT_ECONOMY,
  RU_POLITICS,
} from './lang-articles.js';

const names = (a: Analysis): string[] => a.entities.map((e) => e.name);
const typeOf = (a: Analysis, n: string): string | undefined => a.entities.find((e) => e.name === n)?.type;
/** the speaker entity of the quote whose text starts with `start` */
const speakerOf = (a: Analysis, start: string): string | null | undefined => a.quotes.find((q) => q.text.startsWith(start))?.speaker?.entity;

test('German: capitalised common nouns are not entities; product and company names are', () => {
  const a = analyze(DE_HEISE);
  assert.equal(a.language, 'de');
  for (const junk of [
    'Die Windows PowerShell',
    'Mit Version',
    'Ein Blick',
    'Sprache',
    'Sprache Anregungen',
    'Entwicklung',
    'Zeit',
    'Entwickler',
    'Software',
    'Lizenz',
    'Nutzer',
    'Fehler',
    'Community',
  ])
    assert.ok(!names(a).includes(junk), `junk entity ${junk} in ${names(a).join(', ')}`);
  assert.equal(typeOf(a, 'Microsoft'), 'org');
  assert.ok(names(a).includes('Windows PowerShell'), names(a).join(', '));
});

test('German: adjectives, articles and compound titles before capitalised words do not make names', () => {
  const t =
    'Deutsche Unternehmen arbeiten nach europäischen Standards, sagte die Vizepräsidentin Rosario Murillo. Im Osten Nicaraguas gab es eine Menge Spaß. ' +
    'Die Deutsche Bahn und die Europäische Kommission trafen sich im Dezember mit der Pädagogin María Teresa Blandón.';
  const a = analyze(t, { language: 'de' });
  for (const junk of [
    'Deutsche Unternehmen',
    'europäischen Standards',
    'Osten Nicaraguas',
    'Menge Spaß',
    'Dezember',
    'Vizepräsidentin Rosario Murillo',
    'Pädagogin María Teresa Blandón',
  ])
    assert.ok(!names(a).includes(junk), `${junk} in ${names(a).join(', ')}`);
  assert.equal(typeOf(a, 'Rosario Murillo'), 'person');
  assert.equal(typeOf(a, 'María Teresa Blandón'), 'person');
  assert.equal(typeOf(a, 'Deutsche Bahn'), 'org');
});

test('German: „…“, sagte Putin; Sie sagte: „…“; indirect speech with dass', () => {
  const a = analyze(DE_POLITICS);
  assert.equal(speakerOf(a, 'Wir sind bereit'), 'Vladimir Putin');
  assert.equal(a.quotes.find((q) => q.text.startsWith('Wir sind bereit'))?.cue, 'sagte');
  assert.equal(speakerOf(a, 'Wir stehen an der Seite'), 'Angela Merkel');
  const ind = a.quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('Deutschland'));
  assert.equal(ind?.speaker?.entity, 'Angela Merkel');
  assert.equal(typeOf(a, 'Angela Merkel'), 'person');
  for (const junk of ['Gespräche', 'Pressekonferenz', 'Opposition', 'Regierung', 'Abend', 'Bemühungen', 'Waffenruhe', 'Menschen'])
    assert.ok(!names(a).includes(junk), junk);
  for (const q of a.quotes) assert.equal(DE_POLITICS.slice(q.start, q.end), q.text);
});

test('French: « … », a déclaré Vladimir Poutine; « … », a-t-il ajouté resolves to the last person named', () => {
  const a = analyze(FR_POLITICS);
  assert.equal(a.language, 'fr');
  assert.equal(speakerOf(a, 'Nous sommes prêts'), 'Vladimir Putin');
  assert.equal(speakerOf(a, 'La situation est grave'), 'Emmanuel Macron');
  assert.equal(a.quotes.find((q) => q.kind === 'indirect')?.speaker?.entity, 'Emmanuel Macron');
  assert.ok(!names(a).includes('Lire'), names(a).join(', '));
});

test('Spanish: «…», dijo Putin; a surname alone joins the full name', () => {
  const a = analyze(ES_POLITICS);
  assert.equal(speakerOf(a, 'Estamos preparados'), 'Vladimir Putin');
  assert.equal(speakerOf(a, 'No vamos a ceder'), 'Pedro Sánchez');
  assert.equal(typeOf(a, 'Pedro Sánchez'), 'person');
  assert.equal(a.entities.find((e) => e.name === 'Pedro Sánchez')?.mentions, 2);
});

test('Portuguese: “…”, disse o presidente Michel Temer; afirmou que', () => {
  const a = analyze(PT_ECONOMY);
  assert.equal(a.language, 'pt');
  assert.equal(speakerOf(a, 'Vamos continuar'), 'Michel Temer');
  assert.equal(a.quotes.find((q) => q.kind === 'indirect')?.speaker?.entity, 'Eduardo Guardia');
  assert.ok(!names(a).includes('Vamos'), names(a).join(', '));
});

test('Italian: «…», ha detto il premier Giuseppe Conte', () => {
  const a = analyze(IT_POLITICS);
  assert.equal(speakerOf(a, 'Siamo pronti'), 'Giuseppe Conte');
  assert.equal(speakerOf(a, 'Il Paese deve'), 'Sergio Mattarella');
  assert.equal(a.quotes.find((q) => q.kind === 'indirect')?.speaker?.entity, 'Sergio Mattarella');
});

test('Russian: «…», — сказал Путин; inflected names are one entity; no junk', () => {
  const a = analyze(RU_POLITICS);
  assert.equal(a.language, 'ru');
  assert.equal(speakerOf(a, 'Мы готовы'), 'Vladimir Putin');
  assert.equal(a.quotes.find((q) => q.kind === 'indirect')?.speaker?.entity, 'Dmitry Peskov');
  const peskov = a.entities.find((e) => e.name === 'Dmitry Peskov');
  assert.equal(peskov?.mentions, 2, names(a).join(', '));
  for (const e of a.entities) assert.ok(['person', 'org', 'place'].includes(e.type), `${e.name} typed ${e.type}`);
  assert.ok(!names(a).some((n) => /Читайте|Пресс|По словам/u.test(n)), names(a).join(', '));
});

test('Arabic: قال بوتين إن …; names only from the gazetteer, never junk', () => {
  const a = analyze(AR_POLITICS);
  assert.equal(a.language, 'ar');
  assert.match(a.note ?? '', /gazetteer/);
  const ind = a.quotes.filter((q) => q.kind === 'indirect');
  assert.equal(ind.length, 3);
  assert.deepEqual(
    ind.map((q) => q.speaker?.entity),
    ['Vladimir Putin', 'Vladimir Putin', 'Dmitry Peskov'],
  );
  assert.ok(ind[0]!.text.startsWith('روسيا مستعدة'));
  for (const e of a.entities) assert.ok(['person', 'org', 'place'].includes(e.type), `${e.name} typed ${e.type}`);
  assert.deepEqual(
    new Set(names(a)),
    new Set(['Vladimir Putin', 'Russia', 'United States', 'Moscow', 'Kremlin', 'واشنطن', 'Dmitry Peskov', 'جنيف'].filter((n) => names(a).includes(n))),
  );
  assert.ok(names(a).includes('Kremlin') && names(a).includes('Russia'));
});

test('Arabic names no gazetteer holds: the words after a title, then their last word; speakers before and after the quote (»، قال), no common noun after a title as a name', () => {
  const a = analyze(AR_UNKNOWN_NAMES);
  assert.equal(a.language, 'ar');
  assert.match(a.note ?? '', /after titles/);
  assert.equal(a.quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('مصر ستواصل'))?.speaker?.entity, 'عبد الفتاح السيسي');
  assert.equal(speakerOf(a, 'لن نسمح'), 'عبد الفتاح السيسي', 'وأضاف السيسي: the surname alone');
  assert.equal(speakerOf(a, 'المفاوضات مستمرة'), 'سامح شكري', '»، قال after the quote');
  assert.deepEqual(names(a).sort(), ['عبد الفتاح السيسي', 'سامح شكري', 'مصر'].sort(), 'no رئيس الحكومة, no للشركة, no nisba adjective');
  assert.equal(a.entities.find((e) => e.name === 'عبد الفتاح السيسي')?.mentions, 2);
  for (const e of a.entities) assert.ok(['person', 'org', 'place'].includes(e.type), `${e.name} typed ${e.type}`);
});

test('reporting verbs beyond say and declare attribute a quote in each language (precisó, frisou, ha evidenziato, прокомментировал, a fait savoir, mahnte)', () => {
  const cases: [string, string, string][] = [
    ['«No habrá ninguna subida de impuestos este año para la clase media», precisó la ministra María Jesús Montero.', 'No habrá', 'María Jesús Montero'],
    ['"Não haverá nenhuma mudança na política fiscal do governo federal", frisou o ministro Fernando Haddad.', 'Não haverá', 'Fernando Haddad'],
    [
      '«I conti pubblici sono in ordine e rispettiamo tutti gli impegni europei», ha evidenziato il ministro Giancarlo Giorgetti.',
      'I conti',
      'Giancarlo Giorgetti',
    ],
    ['«Мы не видим никаких оснований для паники на рынках сейчас», — прокомментировал Дмитрий Песков.', 'Мы не видим', 'Dmitry Peskov'],
    ['« Nous irons jusqu’au bout de cette réforme des retraites », a fait savoir Emmanuel Macron.', 'Nous irons', 'Emmanuel Macron'],
    ['„Wir werden die Ukraine weiter unterstützen, solange es nötig ist“, mahnte Außenministerin Annalena Baerbock.', 'Wir werden', 'Annalena Baerbock'],
  ];
  for (const [text, start, who] of cases) assert.equal(speakerOf(analyze(text), start), who, text);
});

test('German reported speech without dass: a clause after the cue and its comma whose verb is in the Konjunktiv', () => {
  const a = analyze(
    'Berlin - Arbeitsminister Hubertus Heil sagte am Montag, die Rente sei auch in Zukunft sicher. Der Minister sagte, er kommt morgen nach Hamburg.',
  );
  const ind = a.quotes.filter((q) => q.kind === 'indirect');
  assert.deepEqual(
    ind.map((q) => [q.text, q.speaker?.entity]),
    [['die Rente sei auch in Zukunft sicher', 'Hubertus Heil']],
    'the indicative "er kommt morgen" is not reported speech by this rule',
  );
});

test('German "so" leads its speaker: ", so Pfeifer, würde ..." is reported speech, a noun before "so" is neither a speaker nor a name', () => {
  const a = analyze(
    'Der Verleger Marcel Pfeifer sprach in Essen. Zudem, so Pfeifer, würde ein Verlag damit seine wichtigste Position verlieren. Einige Songs gehen auf Anhieb so ins Ohr, als würde man sie seit Jahren kennen.',
  );
  assert.equal(a.quotes.find((q) => q.text.startsWith('würde ein Verlag'))?.speaker?.entity, 'Marcel Pfeifer');
  assert.ok(!names(a).includes('Anhieb'), names(a).join(', '));
  assert.ok(!a.quotes.some((q) => q.speaker?.name === 'Anhieb'));
});

test('German: a capitalised word after a given name is its surname even when it is also a noun or a stopword (Joschka Fischer, Ricarda Lang, Thomas Mann), a compound before the given name is no part of it (FDP-Chef); the nouns alone are no names', () => {
  const a = analyze(
    'Berlin - Der frühere Außenminister Joschka Fischer hat am Montag ein Buch vorgestellt. Dabei traf er Ricarda Lang und den FDP-Chef Christian Lindner. Die Lesung im Haus von Thomas Mann war gut besucht. Ein Fischer fuhr auf den See, der Koch kochte, und der Richter sprach ein Urteil.',
  );
  for (const n of ['Joschka Fischer', 'Ricarda Lang', 'Thomas Mann', 'Christian Lindner']) assert.equal(typeOf(a, n), 'person', names(a).join(', '));
  for (const n of ['Fischer', 'Koch', 'Richter', 'Lang', 'Mann']) assert.ok(!names(a).includes(n), `${n}: ${names(a).join(', ')}`);
});

test('an organisation named with a known place (Banco de Portugal, Banco de España) is one organisation; a title with its domain is no name (Presidente da República, ministro da Economia)', () => {
  const pt = analyze(
    'Lisboa - O Banco de Portugal reviu a previsão. O Presidente da República, Marcelo Rebelo de Sousa, elogiou o ministro da Economia Fernando Haddad.',
    {
      language: 'pt',
    },
  );
  assert.equal(typeOf(pt, 'Banco de Portugal'), 'org', names(pt).join(', '));
  for (const n of ['Marcelo Rebelo de Sousa', 'Fernando Haddad']) assert.equal(typeOf(pt, n), 'person', names(pt).join(', '));
  for (const junk of ['Banco', 'da República', 'República', 'Economia Fernando Haddad'])
    assert.ok(!names(pt).includes(junk), `${junk}: ${names(pt).join(', ')}`);
  const es = analyze('El Banco de España revisó al alza su previsión de crecimiento para este año.', { language: 'es' });
  assert.deepEqual(names(es), ['Banco de España']);
});

test('a number inside a capitalised name joins it outside German (Movimento 5 Stelle); in German a number before a noun makes no name', () => {
  const it = analyze('Roma - La Lega ha espresso soddisfazione, mentre il Movimento 5 Stelle ha criticato il governo.', { language: 'it' });
  assert.ok(names(it).includes('Movimento 5 Stelle'), names(it).join(', '));
  assert.ok(!names(it).includes('Stelle'));
  const de = analyze('Berlin - Mindestens 25 Prozent der Befragten und fast 60 Zuschauer sahen das Spiel.', { language: 'de' });
  assert.deepEqual(
    names(de).filter((n) => /\d/.test(n)),
    [],
  );
});

test('Portuguese feed junk: no letter of a currency (R$), no title domain (ministro da Educação), a party and a person apart (PL de Jair Bolsonaro)', () => {
  const a = analyze(
    'Em nota, o Ministério da Fazenda informou que o custo será de R$ 7 bilhões. A cerimônia contou com a presença do ministro da Educação, Camilo Santana. A oposição, liderada pelo PL de Jair Bolsonaro, criticou a medida na região dos Montes de María.',
    { language: 'pt' },
  );
  for (const n of ['Ministério da Fazenda', 'Camilo Santana', 'PL', 'Jair Bolsonaro', 'Montes de María'])
    assert.ok(names(a).includes(n), `${n}: ${names(a).join(', ')}`);
  for (const junk of ['R', 'Educação', 'PL de Jair Bolsonaro']) assert.ok(!names(a).includes(junk), `${junk}: ${names(a).join(', ')}`);
});

test('a language without rules: neutral processing, no entities or speakers, and a note that says so', () => {
  const a = analyze(PL_TEXT);
  assert.equal(a.language, null);
  assert.match(a.note ?? '', /no language rules for 'pl'/);
  assert.deepEqual(a.entities, []);
  for (const q of a.quotes) assert.equal(q.speaker, null);
  assert.equal(a.quotes.length, 1);
});

test('English: one entity for US / United States / U.S.; Intel is an organisation', () => {
  const t =
    'The United States and Intel agreed on a new chip plant in Ohio on Monday. US officials said the deal would create jobs. ' +
    '"This is a great day for American manufacturing," Intel said in a statement. The U.S. Commerce Department approved the grant.';
  const a = analyze(t);
  assert.equal(a.language, 'en');
  assert.equal(typeOf(a, 'Intel'), 'org');
  assert.equal(a.entities.filter((e) => /^(?:US|U\.S\.|United States)$/.test(e.name)).length, 1);
  assert.ok(a.entities.find((e) => e.name === 'United States')!.mentions >= 2);
});

test('reported speech without marks: the statement, then its cue and speaker (German Konjunktiv, French, Russian)', () => {
  const cases: [string, string, string, string][] = [
    [
      'Der russische Präsident Wladimir Putin war in Moskau. Die Lage an der Grenze sei ernst, sagte Putin am Montag.',
      'de',
      'Die Lage an der Grenze sei ernst',
      'Vladimir Putin',
    ],
    [
      'Le président Emmanuel Macron était à Berlin. La situation reste très préoccupante, a déclaré Emmanuel Macron.',
      'fr',
      'La situation reste très préoccupante',
      'Emmanuel Macron',
    ],
    ['Президент Владимир Путин провел совещание. Ситуация остается сложной, — заявил Путин.', 'ru', 'Ситуация остается сложной', 'Vladimir Putin'],
  ];
  for (const [t, lang, text, who] of cases) {
    const a = analyze(t, { language: lang });
    const q = a.quotes.find((x) => x.kind === 'indirect');
    assert.equal(q?.text, text, lang);
    assert.equal(q?.speaker?.entity, who, lang);
  }
  const ru = analyze(RU_POLITICS);
  const pes = ru.quotes.find((q) => q.cue === 'По словам');
  assert.equal(pes?.text, 'Путин также обсудит ситуацию в Сирии');
  assert.equal(pes?.speaker?.entity, 'Dmitry Peskov');
  const pt = analyze(PT_ECONOMY).quotes.find((q) => q.cue === 'Segundo');
  assert.equal(pt?.speaker?.entity, 'Eduardo Guardia');
  assert.equal(pt?.text, 'a economia deve crescer 1,5% em 2019');
  const none = analyze('In Berlin regnet es, sagte er.', { language: 'de' });
  assert.ok(
    none.quotes.every((q) => q.speaker === null || q.speaker.entity !== null),
    'an unresolved pronoun is no speaker',
  );
});
