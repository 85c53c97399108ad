// Hand-written article pairs in two languages (written here): reports of one happening, and pairs that share a name or a day only.

export interface PairArticle {
  language: string;
  published: string;
  outlet: string;
  title: string;
  text: string;
}

export interface Pair {
  name: string;
  a: PairArticle;
  b: PairArticle;
}

/** Each pair reports one happening in two languages: they must link. */
export const SAME: Pair[] = [
  {
    name: 'en/de: Volkswagen cuts jobs at Osnabrück',
    a: {
      language: 'en',
      published: '2026-03-10T09:00:00Z',
      outlet: 'Reuters',
      title: 'Volkswagen to cut 2,300 jobs at Osnabrück plant',
      text:
        'Volkswagen plans to cut 2,300 jobs at its plant in Osnabrück by 2027, the carmaker said on Tuesday, as demand for its convertibles falls.\n\n' +
        '"We will not accept this," works council chief Daniela Cavallo told workers in Wolfsburg. The plant employs about 4,100 people.',
    },
    b: {
      language: 'de',
      published: '2026-03-10T11:30:00Z',
      outlet: 'heise',
      title: 'VW streicht 2.300 Stellen in Osnabrück',
      text:
        'Der Autobauer Volkswagen will im Werk Osnabrück bis 2027 rund 2.300 Stellen streichen. Das Werk beschäftigt etwa 4.100 Menschen.\n\n' +
        'Betriebsratschefin Daniela Cavallo kündigte Widerstand an. „Das werden wir nicht hinnehmen“, sagte Cavallo am Dienstag in Wolfsburg.',
    },
  },
  {
    name: 'en/fr: Darmanin orders 38 expulsions',
    a: {
      language: 'en',
      published: '2026-04-02T08:00:00Z',
      outlet: 'AP',
      title: 'France expels 38 activists to Algeria, Darmanin says',
      text:
        'French Interior Minister Gérald Darmanin said on Tuesday that 38 activists would be expelled to Algeria within days.\n\n' +
        '"We will be relentless," Darmanin told reporters in Marseille, where 12 of the activists were arrested last week.',
    },
    b: {
      language: 'fr',
      published: '2026-04-02T10:15:00Z',
      outlet: 'Le Monde',
      title: "Darmanin annonce l'expulsion de 38 militants vers l'Algérie",
      text:
        "Le ministre de l'Intérieur Gérald Darmanin a annoncé mardi l'expulsion de 38 militants vers l'Algérie.\n\n" +
        '« Nous serons intraitables », a déclaré Gérald Darmanin à Marseille, où 12 des militants avaient été interpellés la semaine dernière.',
    },
  },
  {
    name: 'en/ru: Lavrov and Fidan in Ankara (Cyrillic names)',
    a: {
      language: 'en',
      published: '2026-05-14T07:00:00Z',
      outlet: 'Anadolu',
      title: 'Lavrov and Fidan discuss grain corridor in Ankara',
      text:
        'Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Wednesday to discuss shipments of 450,000 tonnes of grain across the Black Sea.\n\n' +
        '"We have agreed on the next steps," Fidan said after the talks.',
    },
    b: {
      language: 'ru',
      published: '2026-05-14T09:40:00Z',
      outlet: 'ТАСС',
      title: 'Лавров и Фидан обсудили в Анкаре зерновой коридор',
      text:
        'Министр иностранных дел России Сергей Лавров провёл в Анкаре переговоры с министром иностранных дел Турции Хаканом Фиданом. ' +
        'Стороны обсудили поставки 450 000 тонн зерна через Чёрное море.\n\n' +
        '«Мы договорились о следующих шагах», — сказал Фидан после переговоров.',
    },
  },
  {
    name: 'en/pt: Lula announces Petrobras package in Manaus',
    a: {
      language: 'en',
      published: '2026-06-09T15:00:00Z',
      outlet: 'Bloomberg',
      title: 'Lula unveils 12.5 billion reais Petrobras package in Manaus',
      text:
        'Brazilian President Luiz Inácio Lula da Silva on Tuesday announced a 12.5 billion reais investment package for Petrobras during a visit to Manaus.\n\n' +
        '"This is a historic day for the Amazon," Lula said. The plan includes 340 kilometres of new pipeline.',
    },
    b: {
      language: 'pt',
      published: '2026-06-09T17:20:00Z',
      outlet: 'UOL',
      title: 'Lula anuncia pacote de R$ 12,5 bilhões para a Petrobras em Manaus',
      text:
        'O presidente Luiz Inácio Lula da Silva anunciou nesta terça-feira um pacote de R$ 12,5 bilhões para a Petrobras, durante visita a Manaus.\n\n' +
        '"É um dia histórico para a Amazônia", disse Lula. O plano prevê 340 quilômetros de novos gasodutos.',
    },
  },
];

/** Each pair shares a famous name, a day or the names but not the days: they must not link. */
export const DIFFERENT: Pair[] = [
  {
    name: 'the same famous name, different happenings on one day',
    a: {
      language: 'en',
      published: '2026-03-10T09:00:00Z',
      outlet: 'Reuters',
      title: 'Putin and Erdogan meet in Sochi over gas hub',
      text:
        'Russian President Vladimir Putin hosted Turkish President Recep Tayyip Erdogan in Sochi on Tuesday for talks on a gas hub.\n\n' +
        '"The hub is a good idea," Putin said at the start of the meeting.',
    },
    b: {
      language: 'de',
      published: '2026-03-10T12:00:00Z',
      outlet: 'Spiegel',
      title: 'Putin spricht auf Wirtschaftsforum über Inflation',
      text:
        'Der russische Präsident Wladimir Putin hat auf dem Wirtschaftsforum in Sankt Petersburg über die hohe Inflation gesprochen.\n\n' +
        '„Die Lage ist unter Kontrolle“, sagte Putin vor Unternehmern.',
    },
  },
  {
    name: 'the same day, different stories',
    a: {
      language: 'en',
      published: '2026-04-02T08:00:00Z',
      outlet: 'AP',
      title: 'Floods close 40 schools in Valencia',
      text:
        'Heavy rain flooded streets in Valencia on Tuesday and closed 40 schools, mayor María José Catalá said.\n\n' +
        '"The water rose in minutes," Catalá told local radio.',
    },
    b: {
      language: 'fr',
      published: '2026-04-02T10:15:00Z',
      outlet: 'Le Monde',
      title: "Darmanin annonce l'expulsion de 38 militants vers l'Algérie",
      text:
        "Le ministre de l'Intérieur Gérald Darmanin a annoncé mardi l'expulsion de 38 militants vers l'Algérie.\n\n" +
        '« Nous serons intraitables », a déclaré Gérald Darmanin à Marseille.',
    },
  },
  {
    name: 'the same people a month apart',
    a: {
      language: 'en',
      published: '2026-03-10T09:00:00Z',
      outlet: 'Reuters',
      title: 'Volkswagen to cut 2,300 jobs at Osnabrück plant',
      text: 'Volkswagen plans to cut 2,300 jobs at its plant in Osnabrück, works council chief Daniela Cavallo said.',
    },
    b: {
      language: 'de',
      published: '2026-04-21T10:00:00Z',
      outlet: 'heise',
      title: 'Cavallo fordert Garantien für Osnabrück',
      text: 'Betriebsratschefin Daniela Cavallo hat von Volkswagen Garantien für das Werk Osnabrück gefordert, sagte sie am Montag.',
    },
  },
  {
    name: 'one specific name alone, different happenings',
    a: {
      language: 'en',
      published: '2026-06-09T15:00:00Z',
      outlet: 'Bloomberg',
      title: 'Petrobras shares fall after fuel price cut',
      text: 'Shares in Petrobras fell 4.2% on Tuesday after the company cut diesel prices for the second time this year.',
    },
    b: {
      language: 'pt',
      published: '2026-06-10T10:00:00Z',
      outlet: 'UOL',
      title: 'Petrobras anuncia nova diretoria',
      text: 'A Petrobras anunciou nesta quarta-feira três novos diretores para a área de exploração no pré-sal.',
    },
  },
];
