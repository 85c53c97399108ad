// The shape of a language profile: every per-language rule the analysis reads, as loaded from data/lang/<code>/.

/** The rules for one language, or the neutral profile (`rules: false`) when there are none. */
export interface LangProfile {
  /** ISO 639-1 code, or the code asked for when the profile is neutral */
  code: string;
  /** false for the neutral profile: no language rules of any language apply */
  rules: boolean;
  quoteMarks: [string, string][];
  /** a quote may be followed by `, —` before its cue (Russian) */
  dashAfterQuote: boolean;
  /** no capital letters: names come only from the gazetteer and from the words a title introduces (Arabic) */
  uncased: boolean;
  cues: string[];
  according: string[];
  /** 'according to' words that count only opening a sentence (`Pour le président du RN, …`, `Para el ministro, …`) */
  openingAccording: string[];
  /** phrases naming the document a quote is read in (`говорится в`, `si legge in`, `heißt es in`): its organisation speaks */
  statementCues: string[];
  /** 'according to him / her' (`по его словам`, `selon lui`): the person named last said it */
  pronounAccording: string[];
  /** 'according to whom' after a name and its comma (`Elly Schlein, secondo cui`, `le maire, pour qui`): that name's words */
  relativeAccording: string[];
  /** endings of a past-tense verb (`ó`, `ou`, `л`) and of a participle after a compound tense's auxiliary (`é`, `ato`): in the
   * slot right after a quotation, a word of that shape is a reporting verb no cue list holds, when a speaker is named after it */
  slotVerbEndings: string[];
  slotParticipleEndings: string[];
  /** the auxiliaries of compound tenses (`a`, `avait`, `ha`, `aveva`, `había`): any of them with a participle of a two-word cue is a cue */
  auxiliaries: string[];
  /** a preposition and the definite article in one word (`del`, `au`, `nella`, `pelo`) */
  articleContractions: string[];
  /** articles of the dative only: a name after one is no subject (`Dem Münchner Merkur sagte`) */
  datives: string[];
  /** prefixes of a body's short name written as one word (Russian `Мин`, `Рос`: `Минтранс`, `Росстат`) */
  orgPrefixes: string[];
  /** endings of a capitalised adjective that, before a body's head word in lower case, opens the body's name (Russian
   * `Следственный комитет`); empty where names capitalise every word */
  bodyAdjectiveEndings: string[];
  /** endings of an adjective in lower case that, after a body's head word, belongs to the body's name (French
   * `Assemblée nationale`, Italian `Agenzia spaziale italiana`) */
  adjectiveEndingsAfter: string[];
  /** nouns of documents and statements (`informe`, `rapport`): a description with one stands for no person */
  documentNouns: string[];
  /** conjunctions and relative words among the phrase breaks: a name after one is no object of it (`die Frauenrechtlerin
   * und Pädagogin María Teresa Blandón`) */
  conjunctions: string[];
  /** the words for 'and' that join a second verb to its clause's subject (`… restó importancia y aseguró`) */
  coordinators: string[];
  /** relative pronouns opening a clause about the name before their comma (`Meloni, che ha detto`), lower case */
  relatives: string[];
  /** object pronouns that stand between a subject and its verb (`El PP la calificó`, `le reprochó`) */
  objectClitics: string[];
  /** verbs that give quoted words as their subject's characterisation, not as a report (`nannte die Zahlen „geschönt“`,
   * `la calificó de «…»`, `назвал решение «…»`): they attribute a quotation after them only */
  labelCues: string[];
  /** words of time that may stand between a cue and its subject (`ieri`, `hier`), besides the day names */
  timeAdverbs: string[];
  /** phrases that may stand between a compound tense's auxiliary and its participle (`a pour sa part glissé`) */
  compoundInserts: string[];
  /** phrases that hand the quotation before them to the subject of their verb (`«…»، بهذه الكلمات لخص …`, `Con queste parole …`) */
  resumptivePhrases: string[];
  /** words opening the sentence after a quotation that stand for it before a cue and its subject (`Das sagte …`, `Об этом заявил …`, `È quanto ha dichiarato …`) */
  pointingOpeners: string[];
  /** phrases after which a quotation is the name of what they introduce, not speech (`conocida como`, `так называемый`) */
  namingPhrases: string[];
  /** nouns (lower case) naming a topic or term: a borrowed phrase after one or after a compound ending in one is a term, not a name (`im Bereich Machine Learning`, `Aktivitätsfeld`) */
  termNouns: string[];
  /** abbreviations of common nouns and units, as written (`TV`, `PDF`, `KMU`, `СМИ`): no name alone or in a run of them */
  commonAbbreviations: Set<string>;
  /** words opening a legal citation (`§`, `Abs`, `статья`): an abbreviation after its number is an act's, no unit */
  citationWords: Set<string>;
  complementizers: string[];
  /** cue verbs whose particle goes to the clause's end (German `kündigte Bahn-Chef Richard Lutz an`): `verb particle` */
  separableCues: string[];
  /** cues that stand before their speaker only (German `, so Pfeifer,`): the word before one is never its speaker */
  leadingCues: string[];
  /** participles used as cues, with no subject of their own: the clause they hang on has it (`مضيفاً`, `assurant`) */
  participleCues: string[];
  /** verb forms that mark reported speech in a clause after the cue's comma, no complementizer (German Konjunktiv: `sagte, die Lage sei ernst`) */
  reportedClauseVerbs: string[];
  titles: string[];
  /** definite articles that may open a role phrase standing for a person named earlier (`le ministre`, `der SPD-Politiker`) */
  roleDeterminers: string[];
  /** words that join a title to what it heads (`chef de l'État`, `líder del PP`, `capo dello Stato`) */
  roleLinks: string[];
  /** words that may stand between a role phrase's article and its title (`l'ancien Premier ministre`, `der frühere Kanzler`) */
  roleQualifiers: string[];
  /** prepositions and conjunctions that end a title's complement (`le ministre à Rome`, `el líder socialista en el Congreso`) */
  phraseBreaks: string[];
  /** titles of people who speak for someone else (`porte-parole`, `Sprecher`): such a role phrase names no one already named unless that person held the title */
  agentTitles: string[];
  /** nouns that stand for an organisation named before (`le ministère`, `l'entreprise`, `ведомство`) */
  orgRoles: string[];
  /** nouns of an institution that speaks for itself unnamed (`die Polizei`, `le tribunal`, `суд`): as a speaker such a noun
   * stands only for an organisation named before whose name holds it, else it names the speaker itself (orgRoles may hold
   * it too, for names: `Polizei Köln`) */
  institutionRoles: string[];
  /** nouns of people who speak for an organisation (`Sprecher`, `porte-parole`, `представитель`): `ein Sprecher der
   * Polizei` gives the organisation's words */
  spokespersons: string[];
  /** nouns of a nationality or a town's people written with a capital (French `l'Italien`, German `der Belgier`): before a
   * name no part of it; after a cue a description of someone named before */
  demonyms: string[];
  /** endings of a capitalised noun that names a person, in a language that capitalises every noun (`Arbeitnehmervertreterin`, `Journalist`) */
  personNounEndings: string[];
  /** endings of a verb in the third person plural (`advirtieron`, `называют`, `hanno`): a cue so ending has no one person for its dropped subject */
  pluralVerbEndings: string[];
  /** words between a given name and its surname, longest first (German `von der`, `van`, `zu`): `Ursula von der Leyen`;
   * the surname keeps them where it stands alone (`Von der Leyen sagte`) */
  surnameParticles: string[];
  /** German: one word made of a state's prefix and a body's noun names that body (`Bundesgerichtshof`, `Bundesnetzagentur`,
   * `Landeskriminalamt`), though it is a noun: prefixes and nouns, lower case */
  bodyCompounds: { prefixes: string[]; tails: string[] };
  /** a name written small after its capitalised head word: adjectives by their endings and prefixes, then one complement
   * after a connector and maybe an article (`Organisation mondiale de la santé`) */
  nameTails: { endings: string[]; prefixes: string[]; connectors: string[]; articles: string[]; infinitives: string[] };
  /** organisations whose names are common words, named only in a text one of the cue words shows to be about their field (sport's clubs) */
  contextOrgs: { cues: string[]; names: string[] };
  /** German: a compound ending in one of these is an organisation's common noun too (`Autozulieferer`, `Chemiekonzern`) */
  orgRoleTails: string[];
  /** indefinite articles: a cue followed by one has a subject still to come (`dijo un portavoz`) */
  indefiniteArticles: string[];
  /** plural definite articles: a clause opening with one and a common noun has an unnamed group for its subject */
  pluralArticles: string[];
  /** nouns for someone a report leaves unnamed (`источник`, `очевидец`): a cue's subject so names no one, where no article says it */
  unnamedSources: string[];
  /** content words the stopword package lists (news-corpus lists carry Arabic `لوكالة`, `برس`): no stopwords in the analysis */
  notStopwords: string[];
  /** function words the stopword package lacks, lower case (German quantities: `mehrere`, `tausend`, `millionen`): no name's words */
  extraStopwords: string[];
  /** companies' legal forms written after their names (`AG`, `GmbH & Co. KG`, `S.p.A.`): part of the name */
  legalForms: string[];
  /** a cue may have no subject at all (`«…», ha aggiunto.`): its speaker is the person named last (pro-drop languages) */
  dropsSubjects: boolean;
  /** the language writes names of companies, clubs and works in quotation marks (`«Газпром»`, `«Зенит»`) */
  quotedNames: boolean;
  /** nouns of someone's saying that introduce a quotation passed on by a reporter (Arabic `قوله`), lower case */
  sayingNouns: Set<string>;
  /** the preposition before the one whose saying it is (Arabic `عن`) */
  sourcePrepositions: Set<string>;
  pronouns: string[];
  determiners: Set<string>;
  commonNounSuffixes: string[];
  /** endings of adjectives (German): such a word opening a capitalised run is not part of a name */
  adjectiveSuffixes: string[];
  /** case endings that may follow a known name (Russian `Путина`), longest first */
  inflectionEndings: string[];
  /** a language whose names decline (Russian): the nominative surname endings preferred when reading a declined name back, by gender; null elsewhere */
  surnameEndings: { male: string[]; female: string[] } | null;
  /** common nouns are capitalised (German): a capitalised word is not a name by itself */
  capitalisedCommonNouns: boolean;
  /** a word ending in a title is a title (German compounds: Vizepräsidentin, Bundesaußenminister) */
  titleCompounds: boolean;
  /** plural endings where titles inflect: a one-word title is found by its stem in other forms (`по словам эксперта`) */
  titlePluralEndings: string[];
  /** ISO countries whose cities (GeoNames, 15,000 inhabitants or more) are places in this language's texts */
  placeCountries: string[];
  /** short title words that end compounds too (`chef`: Rathauschef, Bahnchef), beside the titles of five letters or more */
  titleCompoundTails: string[];
  sectionWords: Set<string>;
  /** common nouns the press capitalises by convention (French `l'État`): no names, in lower case */
  conventionalCapitals: Set<string>;
  gazetteer: { person: string[]; place: string[]; org: string[] };
  /** common first names: a capitalised run opening with one names a person */
  givenNames: Set<string>;
  /** given names that are also common words (Arabic `سعيد`, `أمل`): a person only before a particle, a given name or a nisba */
  commonWordGivenNames: Set<string>;
  /** words that make a capitalised run an organisation ("Universidad", "Ministerium") */
  orgKeywords: Set<string>;
  /** a capitalised run opening with one of these names a place ("Rua", "Piazza") */
  placeKeywords: Set<string>;
  /** streets' and squares' words written small before their names, which belong to the names ("rue", "via"), lower case */
  streetWords: Set<string>;
  /** prepositions of place ("em", "no", "in", "im"): a name no rule typed, after one (or after one and an article), is a place */
  locatives: Set<string>;
  /** prepositions that take a place's name with no article ("nach", "in"): one capitalised word after one that the noun
   * lexicon does not know is a place (German, where a lone capital says nothing) */
  placePrepositions: Set<string>;
  /** endings of place names (German `-hausen`, `-ingen`): after a place preposition such a word is a place, a compound though it be */
  placeSuffixes: string[];
  /** endings a name takes in the genitive (German `s`: `Deutschlands`): one word that is a known place less one is that place */
  genitiveSuffixes: string[];
  /** a capitalised run opening with one of these names an operation, event, competition, award or law ("Operação", "Coupe") */
  otherKeywords: Set<string>;
  /** German: one word ending so names a place unless the noun lexicon knows it (Alexanderplatz, Louisenstraße) */
  placeCompoundTails: string[];
  /** German: organisation nouns (of orgRoles) that make no body's name before a town (`Stadt Köln` stays the town) */
  unseatedRoles: string[];
  /** German: common nouns that describe the name after them and are no part of it (`im Stadtteil Ehrenfeld`, `der Tochter DWS`) */
  descriptorNouns: Set<string>;
  /** German: nouns that head a name after a town's adjective (`Frankfurter Börse`, `Kölner Dom`), alone or ending a compound */
  townAdjectiveHeads: string[];
  /** German: ends of a hyphenated compound that is a body's or a law's name, not a common noun (`UN-Generalversammlung`,
   * `US-Energieministerium`, `UN-Kinderrechtskonvention`) */
  nameCompoundTails: string[];
  /** months[0..11] and days[0..6] (Monday first): lower-case names and abbreviations */
  months: string[][];
  days: string[][];
  boilerplate: string[];
  /** headings that open a page's tail (related articles, comments) */
  tailHeadings: string[];
  /** phrases that end a tail heading ("... könnten euch auch interessieren", "You might also like") */
  tailEndings: string[];
  /** labels of image captions and credits ("Foto", "Crédits photos") */
  captionLabels: string[];
}
