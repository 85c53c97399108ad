// Speakers given by role phrases, appositions and dropped subjects in French, German, Spanish, Portuguese, Italian, Russian and Arabic passages written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze/index.js';
import type { Analysis } from '../src/model.js';

/** the speaker entity of the quote whose text starts with `start` (undefined: no such quote) */
const speakerOf = (a: Analysis, start: string): string | null | undefined => {
  const q = a.quotes.find((x) => x.text.startsWith(start));
  return q ? (q.speaker?.entity ?? null) : undefined;
};

test('a role phrase after a cue stands for the person named before it', () => {
  const fr = analyze(
    "Le président Emmanuel Macron a reçu lundi le chancelier allemand. « Nous devons avancer ensemble sur la défense européenne », a déclaré le chef de l'État lors d'une conférence de presse.",
    { language: 'fr' },
  );
  assert.equal(speakerOf(fr, 'Nous devons avancer'), 'Emmanuel Macron');
  const de = analyze('Bundeskanzler Olaf Scholz hat die Einigung begrüßt. „Das ist ein guter Tag für Europa“, sagte der SPD-Politiker am Dienstag in Berlin.', {
    language: 'de',
  });
  assert.equal(speakerOf(de, 'Das ist ein guter Tag'), 'Olaf Scholz');
  const it = analyze('Il presidente del Consiglio Giorgia Meloni ha difeso la manovra. «È una legge di bilancio seria», ha detto la premier a Palazzo Chigi.', {
    language: 'it',
  });
  assert.equal(speakerOf(it, 'È una legge'), 'Giorgia Meloni');
  const ru = analyze('По словам министра иностранных дел Сергея Лаврова, переговоры «зашли в тупик». «Мы не видим желания у Запада», — подчеркнул министр.', {
    language: 'ru',
  });
  // the genitive read back to `Сергей Лавров`, which the alias list knows as Sergey Lavrov
  assert.equal(speakerOf(ru, 'Мы не видим'), 'Sergey Lavrov');
});

test('the nearest person is not taken when an earlier one held the title', () => {
  const es = analyze(
    'Llegó este martes la ministra del Interior, Izkia Siches. El presidente Gabriel Boric habló después con la prensa. Más tarde, la ministra aseguró que el gobierno impulsará la reforma policial.',
    { language: 'es' },
  );
  assert.equal(es.quotes.find((q) => q.text.startsWith('el gobierno impulsará'))?.speaker?.entity, 'Izkia Siches');
});

test("a spokesperson's title speaks for the organisation after it, not for the last person named", () => {
  const fr = analyze(
    "Emmanuel Macron a reçu les syndicats à l'Élysée. « Le dialogue doit continuer », a déclaré le porte-parole de l'Élysée à l'issue de la réunion.",
    {
      language: 'fr',
    },
  );
  assert.equal(speakerOf(fr, 'Le dialogue doit continuer'), 'Élysée');
});

test('a title heading an organisation speaks for its holder, not the organisation', () => {
  const es = analyze(
    '«No vamos a permitir que se rompa el país», ha señalado Alberto Núñez Feijóo este martes. El líder del PP añadió que su partido «está preparado para gobernar».',
    {
      language: 'es',
    },
  );
  assert.equal(speakerOf(es, 'está preparado'), 'Alberto Núñez Feijóo');
});

test('a title, its complement and a comma introduce the name that speaks', () => {
  const pt = analyze('"Estamos prontos para melhorar as relações com os Estados Unidos", afirmou o presidente russo, Vladimir Putin, nesta quinta-feira.', {
    language: 'pt',
  });
  assert.equal(speakerOf(pt, 'Estamos prontos'), 'Vladimir Putin');
  const es = analyze('Según el ministro de Economía, Carlos Cuerpo, la inflación «seguirá bajando» en los próximos meses.', { language: 'es' });
  assert.equal(speakerOf(es, 'seguirá bajando'), 'Carlos Cuerpo');
  const fr = analyze('La ministre de la Culture, Rachida Dati, était à Lyon mardi.', { language: 'fr' });
  assert.equal(fr.entities.find((e) => e.name === 'Rachida Dati')?.type, 'person');
});

test('a name described by an apposition before its cue is the speaker, not the apposition', () => {
  const es = analyze('Gerardo Amarilla, subsecretario de Ambiente, afirmó que el ministerio tiene conflictos en cuatro áreas protegidas.', { language: 'es' });
  assert.equal(es.quotes[0]?.speaker?.entity, 'Gerardo Amarilla');
});

test('a cue without a subject takes the speaker before it in languages that drop subjects', () => {
  const it = analyze('Secondo Elly Schlein, segretaria del Pd, il governo «ha tradito gli italiani». «Andremo in piazza», ha aggiunto.', { language: 'it' });
  assert.equal(speakerOf(it, 'Andremo in piazza'), 'Elly Schlein');
  const ar = analyze('قال الرئيس المصري عبد الفتاح السيسي إن بلاده ستواصل دعم القضية الفلسطينية. وأضاف: «لن نتخلى عن أشقائنا».', { language: 'ar' });
  assert.equal(speakerOf(ar, 'لن نتخلى'), 'عبد الفتاح السيسي');
  // the subject goes on from the quote before, not to a person named in passing
  const es = analyze(
    '“Necesitamos recuperar la legitimidad de las policías”, dijo el presidente Gabriel Boric sobre la renuncia del director general, Ricardo Yáñez. Y agregó: “Nosotros estamos evaluando a las autoridades”.',
    { language: 'es' },
  );
  assert.equal(speakerOf(es, 'Nosotros estamos'), 'Gabriel Boric');
  // an indefinite subject still follows the cue: no one named is its speaker
  const un = analyze('Pedro Sánchez viajó a Bruselas. «Las negociaciones siguen abiertas», dijo un portavoz del ministerio.', { language: 'es' });
  assert.equal(speakerOf(un, 'Las negociaciones'), null);
});

test('a French cue with its pronoun inverted (affirme-t-elle) finds the person named before', () => {
  const fr = analyze(
    'La ministre de la Culture, Rachida Dati, était à Lyon mardi. « Ce musée est une fierté pour toute la région », affirme-t-elle devant les journalistes.',
    {
      language: 'fr',
    },
  );
  assert.equal(speakerOf(fr, 'Ce musée'), 'Rachida Dati');
});

test('a title before a name the rules did not take refers to no one named earlier', () => {
  const de = analyze(
    'So behauptete der FPÖ-Chef Hans-Christian Strache auf dem Video: „Es gibt ein paar sehr Vermögende.“\n\n„Wenn Mitglieder die Zeitungen verteilt haben, dann ist das ganz klar eine Parteispende“, sagt der Parteispenden-Experte Ulrich Müller von LobbyControl.',
    { language: 'de' },
  );
  assert.notEqual(speakerOf(de, 'Wenn Mitglieder'), 'Hans-Christian Strache');
  assert.ok(!de.entities.some((e) => e.name === 'FPÖ-Chef' || e.name === 'Parteispenden-Experte'));
});

test('a title with its domain before a name makes the name a person that a later role phrase stands for', () => {
  const it = analyze(
    "Il ministro dell'Economia Giancarlo Giorgetti ha presentato la legge di bilancio. «I conti sono in ordine», ha spiegato il ministro in conferenza stampa.",
    {
      language: 'it',
    },
  );
  assert.equal(it.entities.find((e) => e.name === 'Giancarlo Giorgetti')?.type, 'person');
  assert.equal(speakerOf(it, 'I conti'), 'Giancarlo Giorgetti');
  const rep = analyze('«Non lasceremo sola l’Ucraina», ha dichiarato il presidente della Repubblica Sergio Mattarella durante la visita a Kiev.', {
    language: 'it',
  });
  assert.equal(speakerOf(rep, 'Non lasceremo'), 'Sergio Mattarella');
  const es = analyze(
    'El entrenador del Real Madrid, Carlo Ancelotti, habló tras la derrota. «No hemos jugado bien y lo sabemos», reconoció el técnico italiano.',
    {
      language: 'es',
    },
  );
  assert.equal(speakerOf(es, 'No hemos jugado'), 'Carlo Ancelotti');
  const fr = analyze(
    "Interrogée sur France Inter, la présidente de l'Assemblée nationale, Yaël Braun-Pivet, a appelé au compromis. « Personne n'a la majorité, il faut donc se parler », a-t-elle expliqué.",
    { language: 'fr' },
  );
  assert.equal(speakerOf(fr, 'Personne'), 'Yaël Braun-Pivet');
});

test('the words a title heads run until a preposition, not until any stopword (Russian дел)', () => {
  const ru = analyze('По словам министра иностранных дел Сергея Лаврова, переговоры «зашли в тупик».', { language: 'ru' });
  assert.equal(speakerOf(ru, 'зашли в тупик'), 'Sergey Lavrov');
});

test('Arabic: the organisation a spokesman speaks for comes between his title and his name', () => {
  const ar = analyze('صرح المتحدث باسم وزارة الخارجية ناصر كنعاني بأن طهران «لن تقبل أي تهديد». وتابع: «سنرد بحزم على أي اعتداء».', { language: 'ar' });
  assert.ok(ar.entities.some((e) => e.name === 'ناصر كنعاني' && e.type === 'person'));
  assert.equal(speakerOf(ar, 'لن تقبل'), 'ناصر كنعاني');
  assert.equal(speakerOf(ar, 'سنرد بحزم'), 'ناصر كنعاني');
});

test('a role phrase without a title to match takes the person who has spoken over one named in passing', () => {
  const es = analyze(
    'El presidente de la confederación, Sergio Pérez, dijo que no descartan una movilización. El dirigente espera que la ministra del Interior, Izkia Siches, y el subsecretario, Manuel Monsalve, cumplan el compromiso. Según el dirigente, el acuerdo fue insistir en una nueva ley.',
    { language: 'es' },
  );
  assert.equal(es.quotes.find((q) => q.text.startsWith('el acuerdo'))?.speaker?.entity, 'Sergio Pérez');
});

test('German separable cues: the verb, the speaker, the particle at the clause end', () => {
  const de = analyze(
    '„Wir werden die Preise nicht erhöhen“, kündigte Bahn-Chef Richard Lutz an. Der Manager räumte aber ein, dass es „schwierige Monate“ geben werde.',
    {
      language: 'de',
    },
  );
  assert.equal(speakerOf(de, 'Wir werden die Preise'), 'Richard Lutz');
  assert.equal(speakerOf(de, 'schwierige Monate'), 'Richard Lutz');
  const one = analyze('Der Verlag hat die Zahlen veröffentlicht. „Ja, das stimmt“, gibt Pfeifer zu.', { language: 'de' });
  assert.equal(speakerOf(one, 'Ja, das stimmt'), 'Pfeifer');
});

test('French reflexive and present-tense cues (s’est félicité, lance) find their speakers', () => {
  const fr = analyze(
    "Le patron de la SNCF, Jean-Pierre Farandou, a présenté jeudi les résultats du groupe. « Le train n'a jamais été aussi populaire », s'est félicité le dirigeant.",
    { language: 'fr' },
  );
  assert.equal(speakerOf(fr, 'Le train'), 'Jean-Pierre Farandou');
});

test('a name after a comma still belongs to a title whose complement ran through a preposition', () => {
  const es = analyze('«El Gobierno ha mentido a los españoles», denunció la portavoz del PP en el Congreso, Cuca Gamarra, durante la sesión de control.', {
    language: 'es',
  });
  assert.equal(speakerOf(es, 'El Gobierno ha mentido'), 'Cuca Gamarra');
});

test('Russian: a title’s genitive domain is not the person (губернатор Белгородской области, глава Минфина)', () => {
  const ru = analyze('«Ситуация остаётся сложной», — сообщил губернатор Белгородской области Вячеслав Гладков в своём телеграм-канале.', { language: 'ru' });
  assert.equal(speakerOf(ru, 'Ситуация'), 'Вячеслав Гладков');
  const fin = analyze('Глава Минфина Антон Силуанов выступил на форуме в Москве. «Бюджет будет сбалансирован», — заверил министр.', { language: 'ru' });
  assert.ok(fin.entities.some((e) => e.name === 'Антон Силуанов' && e.type === 'person'));
  assert.equal(speakerOf(fin, 'Бюджет'), 'Антон Силуанов');
});

test('a name after a role phrase and a comma opens a clause unless the apposition closes', () => {
  const es = analyze(
    'La presidenta de la Comunidad de Madrid, Isabel Díaz Ayuso, criticó al Gobierno central. Según la dirigente popular, Sánchez «ha convertido las instituciones en un cortijo».',
    { language: 'es' },
  );
  assert.equal(speakerOf(es, 'ha convertido'), 'Isabel Díaz Ayuso');
});

test('names with particles and titles with a domain before them: Luis de la Fuente, la segretaria del Pd Elly Schlein', () => {
  const es = analyze('«Hemos hecho un gran trabajo», afirmó el seleccionador Luis de la Fuente tras la victoria de España.', { language: 'es' });
  assert.equal(speakerOf(es, 'Hemos hecho'), 'Luis de la Fuente');
  const it = analyze(
    'La segretaria del Pd Elly Schlein ha attaccato il governo sulla sanità. «I cittadini aspettano mesi per una visita», ha denunciato la leader dem.',
    {
      language: 'it',
    },
  );
  assert.equal(it.entities.find((e) => e.name === 'Elly Schlein')?.type, 'person');
  assert.equal(speakerOf(it, 'I cittadini'), 'Elly Schlein');
});

test('an adverb inside a compound-tense cue (a toutefois reconnu) and a spokesperson’s or lawyer’s title before a name', () => {
  const fr = analyze(
    "Selon le ministre de l'Économie, Éric Lombard, la croissance « restera positive ». Le ministre a toutefois reconnu que « les incertitudes sont fortes ».",
    {
      language: 'fr',
    },
  );
  assert.equal(speakerOf(fr, 'les incertitudes'), 'Éric Lombard');
  const es = analyze('«Vamos a recurrir la sentencia», anunció el abogado de la familia, Juan Carlos Pérez, a las puertas del juzgado.', { language: 'es' });
  assert.equal(speakerOf(es, 'Vamos a recurrir'), 'Juan Carlos Pérez');
});

test('German: two name words between commas after a title and its genitive are a person a pronoun can stand for', () => {
  const de = analyze('Die Vorsitzende der Linken, Ines Schwerdtner, hat mehr Geld für Kommunen gefordert. „Die Städte sind pleite“, sagte sie am Samstag.', {
    language: 'de',
  });
  assert.equal(speakerOf(de, 'Die Städte'), 'Ines Schwerdtner');
});

test('an indefinite role phrase names no one, whoever it mentions (selon un proche d’Édouard Philippe)', () => {
  const fr = analyze('Le haut-commissaire sait entretenir ses rapports. "Vachement bon en manœuvres politiques", selon un proche d’Édouard Philippe.', {
    language: 'fr',
  });
  assert.equal(speakerOf(fr, 'Vachement bon'), null);
  const it = analyze(
    'Il ministro degli Esteri Antonio Tajani ha incontrato il suo omologo. «Abbiamo una posizione comune», ha spiegato il titolare della Farnesina.',
    {
      language: 'it',
    },
  );
  assert.equal(speakerOf(it, 'Abbiamo una posizione'), 'Antonio Tajani');
});

test('a qualifier between article and title (l’ancien Premier ministre) and a title inside a German run (Bayerns Innenminister)', () => {
  const fr = analyze(
    'Gabriel Attal, président du groupe Ensemble pour la République, a mis en garde le gouvernement. « Nous ne voterons pas ce texte en l’état », a prévenu l’ancien Premier ministre.',
    { language: 'fr' },
  );
  assert.equal(speakerOf(fr, 'Nous ne voterons'), 'Gabriel Attal');
  const de = analyze(
    'Bayerns Innenminister Joachim Herrmann verteidigte den Einsatz. „Die Polizei hat richtig gehandelt“, sagte der CSU-Politiker dem Bayerischen Rundfunk.',
    {
      language: 'de',
    },
  );
  assert.ok(de.entities.some((e) => e.name === 'Joachim Herrmann' && e.type === 'person'));
  assert.equal(speakerOf(de, 'Die Polizei'), 'Joachim Herrmann');
  const vw = analyze('„Wir erwarten ein schwieriges Jahr“, sagte Volkswagen-Chef Oliver Blume bei der Vorstellung der Bilanz in Wolfsburg.', {
    language: 'de',
  });
  assert.equal(speakerOf(vw, 'Wir erwarten'), 'Oliver Blume');
});

test('Russian: a name after a title’s prepositional complement, with no comma (постпред России при ООН Василий Небензя)', () => {
  const ru = analyze('«Мы готовы к переговорам без предварительных условий», — заявил постпред России при ООН Василий Небензя.', { language: 'ru' });
  assert.equal(speakerOf(ru, 'Мы готовы'), 'Василий Небензя');
});

test('a cue ending its sentence takes no subject from the next one; a dropped subject counts from the quote’s opening', () => {
  const es = analyze(
    'La ministra de Hacienda, María Jesús Montero, defendió los presupuestos. «Son unas cuentas para la mayoría social», sostuvo. También acusó al PP de «bloquear el país».',
    { language: 'es' },
  );
  assert.equal(speakerOf(es, 'Son unas cuentas'), 'María Jesús Montero');
  assert.equal(speakerOf(es, 'bloquear el país'), 'María Jesús Montero');
  const long = analyze(
    '«Las fiscalías deben cumplir su periodo», afirmó la fiscal general Sandra Quiñónez. «Yo le decía a la gente que no estamos para agradar. Estamos para perseguir criminales. La injerencia la combatimos con alianzas. Nosotros rechazamos la presión», agregó.\n\nBarbosa Delgado, quien asumió su cargo en 2020, expuso que los fiscales deben cumplir su periodo.',
    { language: 'es' },
  );
  assert.equal(speakerOf(long, 'Yo le decía'), 'Sandra Quiñónez');
});

test('“pour”, “para”, “per” attribute only when they open the sentence', () => {
  const fr = analyze('Jordan Bardella a répondu aux critiques. Pour le président du RN, le gouvernement « n’a plus de majorité ».', { language: 'fr' });
  assert.equal(speakerOf(fr, 'n’a plus de majorité'), 'Jordan Bardella');
  // inside the sentence `pour` is no 'according to' word: the quotation is the sentence subject's (quote-partial.ts)
  const mid = analyze('La ministre des Sports Laura Flessel annonce sa démission pour des « raisons personnelles ».', { language: 'fr' });
  assert.ok(!mid.quotes.some((q) => q.cue === 'pour'), 'a preposition inside the sentence attributes nothing');
  assert.equal(speakerOf(mid, 'raisons personnelles'), 'Laura Flessel');
});

test('Arabic: a title’s definite domain before a two-word name (وزير الدفاع يسرائيل كاتس)', () => {
  const ar = analyze('وقال وزير الدفاع يسرائيل كاتس إن «الهدف هو القضاء على حماس».', { language: 'ar' });
  assert.equal(speakerOf(ar, 'الهدف هو'), 'يسرائيل كاتس');
});
