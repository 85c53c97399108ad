// Non-English feed streams for the weave (German, Portuguese, French, Spanish, Russian): unrelated articles of one day, one-sentence items, a same-event pair (all text written here).
import { readFileSync } from 'node:fs';
import isoStopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { analyzeArticle } from '../../src/analyze/index.js';
import { stem } from '../../src/lang/terms.js';
import { articleFromRow } from '../../src/extract/batch.js';
import { type EventSummary, type StorylineSummary, type WeaveInput, weaveInputOf } from '../../src/weave/index.js';

/** One language's stream: each item is "headline\ntext". */
export interface LangStream {
  code: 'de' | 'pt' | 'fr' | 'es' | 'ru';
  day: string;
  /** Unrelated articles of one day (headline + 2-4 sentences, some with the language's feed tail). */
  unrelated: string[];
  /** One-sentence feed items of the same day (headline + one sentence), all unrelated. */
  short: string[];
  /** Two outlets' reports of one happening: different wording, shared names and numbers. */
  pair: [string, string];
  /** The language's feed tails used above: they must never be key terms. */
  tails: string[];
  /** One happening told by four articles of the day (a side detail, a vague headline, the full one, a follow-up); `name`: the headline a reader would pick. */
  event: { name: string; items: string[] };
}

const DE: LangStream = {
  code: 'de',
  day: '2026-11-17T08:00:00Z',
  tails: ['Weiterlesen', 'Mehr zum Thema', 'Lesen Sie auch'],
  unrelated: [
    'MySQLDumper 2.0 erscheint nach sieben Jahren Pause\nDas Backup-Werkzeug für MySQL-Datenbanken liegt in einer neuen Version vor, die PHP 8.3 unterstützt und Sicherungen verschlüsselt ablegt. Die Entwickler haben den Code auf GitHub neu organisiert. Weiterlesen',
    'Apache Cordova 13 streicht Unterstützung für alte Android-Versionen\nDie Plattform für hybride Mobil-Apps verlangt nun mindestens Android 7 und baut mit Gradle 8. Vorhandene Plugins müssen an die neue Schnittstelle angepasst werden. Mehr zum Thema',
    'Scrum Day 2027 in Stuttgart: Programm steht fest\nDie Konferenz für agile Teams findet im Mai in Stuttgart statt. Die Vorträge behandeln Produktverantwortung, Retrospektiven und Sprintplanung mit KI-Assistenten. Tickets sind ab sofort erhältlich. Weiterlesen',
    'WildFly 35 bringt Jakarta EE 11 auf den Anwendungsserver\nRed Hat hat den quelloffenen Java-Anwendungsserver in Version 35 freigegeben. Neu sind ein schlankeres Startprofil und bessere Metriken für Kubernetes. Weiterlesen',
    'Bundestag beschließt Reform der Schuldenbremse\nMit Zweidrittelmehrheit hat der Bundestag eine Lockerung der Schuldenbremse für Investitionen in Brücken und Schienen beschlossen. Die Opposition kündigte eine Klage in Karlsruhe an.',
    'Union Berlin trennt sich nach Heimniederlage von Trainer\nNach dem 0:3 gegen Mainz hat der Verein seinen Cheftrainer freigestellt. Der Sportdirektor übernimmt die Mannschaft bis zur Winterpause.',
    'Erster Schnee legt Verkehr in Bayern lahm\nStarker Schneefall hat am Morgen auf der A8 zwischen München und Salzburg kilometerlange Staus verursacht. Der Deutsche Wetterdienst warnt vor Glätte bis Donnerstag.',
    'Landgericht Hamburg verurteilt Anlagebetrüger zu sechs Jahren Haft\nDer 52-Jährige hatte Anlegern Beteiligungen an erfundenen Solarparks verkauft und so rund 14 Millionen Euro erbeutet. Das Urteil ist noch nicht rechtskräftig.',
    'Elbphilharmonie feiert Jubiläum mit Uraufführung\nZum zehnjährigen Bestehen spielt das Orchester ein neues Werk einer estnischen Komponistin. Die Karten waren binnen Minuten vergriffen.',
    'Autozulieferer streicht 3000 Stellen in Thüringen\nWegen der schwachen Nachfrage nach Verbrennermotoren schließt der Zulieferer zwei Werke in Eisenach und Gera. Die IG Metall kündigte Proteste an. Mehr zum Thema',
    'Grippewelle beginnt früher als erwartet\nDas Robert Koch-Institut meldet dreimal so viele Influenza-Fälle wie vor einem Jahr. Hausärzte raten älteren Menschen zur Impfung.',
    'Bahn eröffnet Schnellstrecke nach Dresden\nDie neue Trasse verkürzt die Fahrt von Berlin nach Dresden auf unter eine Stunde. Fahrgastverbände kritisieren die höheren Ticketpreise.',
    'Forscher in Jena bauen Batterie aus Holzabfällen\nEin Team der Universität Jena hat aus Lignin eine Elektrode entwickelt, die tausend Ladezyklen übersteht. Mehrere Chemiekonzerne zeigen Interesse.',
    'Polizei findet gestohlene Gemälde in Garage bei Köln\nDie vor zwei Jahren aus einem Schloss in Brühl entwendeten Bilder lagen in Decken gewickelt in einer Garage. Zwei Männer wurden festgenommen. Lesen Sie auch',
    'Wolf reißt Schafe am Deich in Schleswig-Holstein\nAn der Nordseeküste hat ein Wolf in einer Nacht 28 Schafe getötet. Die Schäfer fordern den Abschuss des Tieres.',
    'Hersteller ruft 400.000 Schnellladegeräte zurück\nWegen überhitzender Netzteile ruft ein Elektronikhersteller seine Ladegeräte zurück. Kundinnen und Kunden erhalten kostenlos Ersatz im Handel.',
    'Bayern verbietet Handys an Grundschulen\nAb dem Halbjahr dürfen Schülerinnen und Schüler ihre Smartphones im Unterricht nicht mehr nutzen. Lehrerverbände begrüßen die Regel.',
    'Außenministerin reist zu Gesprächen nach Kairo\nIm Mittelpunkt stehen Hilfslieferungen für Gaza und die Lage im Sudan. Am Mittwoch trifft sie den ägyptischen Präsidenten.',
  ],
  short: [
    'Lufthansa streicht Flüge wegen Warnstreik\nAm Mittwoch fallen in Frankfurt und München rund 600 Verbindungen aus.',
    'Dax schließt auf Rekordhoch\nGetragen von Bankaktien stieg der Leitindex um 1,2 Prozent.',
    'Brand in Lagerhalle in Duisburg\nDie Feuerwehr war mit 120 Kräften im Einsatz, verletzt wurde niemand.',
    'Neuer Intendant für die Salzburger Festspiele\nDer Kulturmanager tritt sein Amt im Herbst 2027 an.',
    'Eisbärin im Tierpark gestorben\nDas 31 Jahre alte Tier war das älteste seiner Art in Europa.',
    'Linux 6.18 veröffentlicht\nDer neue Kernel unterstützt weitere ARM-Laptops und beschleunigt Dateisysteme.',
    'Hertha verpflichtet Stürmer aus Dänemark\nDer 22-Jährige erhält einen Vertrag bis 2030.',
    'Mieten in Leipzig steigen kräftig\nNeuverträge waren im Schnitt elf Prozent teurer als vor einem Jahr.',
  ],
  event: {
    name: 'Großbrand in Chemiewerk in Ludwigshafen: Feuerwehr kämpft gegen die Flammen',
    items: [
      'Feuerwehr warnt Anwohner in Oppau und Edigheim\nNach dem Großbrand in einem Chemiewerk in Ludwigshafen sollen die Anwohner in Oppau und Edigheim Fenster und Türen geschlossen halten. Die Feuerwehr misst Schadstoffe in der Luft, bisher ohne erhöhte Werte.',
      'Was bisher bekannt ist\nDas Feuer im Chemiewerk in Ludwigshafen brach gegen sechs Uhr in einer Lagerhalle für Lösungsmittel aus. Rund 200 Einsatzkräfte der Feuerwehr sind vor Ort, verletzt wurde niemand.',
      'Großbrand in Chemiewerk in Ludwigshafen: Feuerwehr kämpft gegen die Flammen\nIn einem Chemiewerk im Norden von Ludwigshafen ist am Morgen ein Großbrand ausgebrochen. Rund 200 Einsatzkräfte der Feuerwehr kämpfen gegen die Flammen in einer Lagerhalle für Lösungsmittel; die Anwohner in Oppau und Edigheim wurden gewarnt.',
      'Löscharbeiten dauern bis in den Abend\nDie Feuerwehr hat den Großbrand im Chemiewerk in Ludwigshafen nach fünf Stunden unter Kontrolle gebracht. Die Warnung für Oppau und Edigheim bleibt bestehen, die Lagerhalle ist ausgebrannt.',
    ],
  },
  pair: [
    'Erdbeben der Stärke 5,1 erschüttert Region um Lörrach\nEin Erdbeben der Stärke 5,1 hat am Dienstagabend den Südwesten Baden-Württembergs erschüttert. Nach Angaben des Landeserdbebendienstes lag das Epizentrum bei Lörrach; in Basel und Freiburg stürzten Kamine ein, drei Menschen wurden leicht verletzt.',
    'Beben bei Lörrach: Drei Leichtverletzte, Schäden in Basel\nDas Beben der Stärke 5,1 war bis nach Freiburg zu spüren. Der Landeserdbebendienst ortete das Zentrum nahe Lörrach; in Basel fielen Dachziegel und Kamine auf Autos, drei Menschen erlitten leichte Verletzungen.',
  ],
};

const PT: LangStream = {
  code: 'pt',
  day: '2026-11-17T08:00:00Z',
  tails: ['Leia mais', 'Saiba mais', 'Continue lendo'],
  unrelated: [
    'Governo anuncia programa de habitação para famílias de baixa renda\nO Ministério das Cidades vai financiar 500 mil moradias até 2028, com juros reduzidos para quem ganha até dois salários mínimos. Leia mais',
    'Flamengo vence o Palmeiras e assume a liderança do Brasileirão\nCom dois gols de Pedro no Maracanã, o time carioca chegou a 68 pontos a quatro rodadas do fim.',
    'Chuvas fortes causam alagamentos em Porto Alegre\nA Defesa Civil registrou 120 milímetros em seis horas e retirou moradores de áreas próximas ao Guaíba. Saiba mais',
    'STF decide que plataformas devem remover conteúdo ilegal sem ordem judicial\nPor oito votos a três, o Supremo ampliou a responsabilidade das redes sociais sobre publicações de usuários.',
    'Banco Central mantém a Selic em 14,25%\nO Copom citou a inflação de serviços ainda elevada e sinalizou que os juros ficarão altos por mais tempo. Leia mais',
    'Startup de Recife lança satélite para monitorar a Amazônia\nO nanossatélite foi levado ao espaço por um foguete indiano e vai enviar imagens diárias do desmatamento no Pará.',
    'Incêndio destrói armazém no porto de Lisboa\nAs chamas consumiram cortiça e papel armazenados junto ao Tejo. Os bombeiros demoraram cinco horas a controlar o fogo. Leia mais',
    'Benfica despede treinador após eliminação na Taça\nA direção do clube anunciou a saída do técnico depois da derrota frente ao Famalicão.',
    'Festival de cinema premia documentário sobre quilombolas\nO filme acompanha três gerações de uma comunidade do Vale do Ribeira e levou o troféu de melhor direção.',
    'Petrobras descobre novo campo de petróleo na Margem Equatorial\nA estatal informou que o poço perfurado no Amapá encontrou óleo de boa qualidade a 2.800 metros de profundidade.',
    'Polícia prende quadrilha que clonava cartões em postos de gasolina\nA operação em Campinas cumpriu 14 mandados e apreendeu máquinas adulteradas. Continue lendo',
    'Vacina contra dengue chega aos postos de saúde do Nordeste\nO Ministério da Saúde distribuiu dois milhões de doses para crianças de 10 a 14 anos.',
    'Metrô de São Paulo inaugura estação na zona leste\nA nova parada da Linha Verde deve atender 40 mil passageiros por dia.',
    'Parlamento português aprova orçamento do Estado para 2027\nO documento passou com a abstenção do Partido Socialista e prevê aumento das pensões.',
    'Cientistas identificam nova espécie de sapo na Mata Atlântica\nO anfíbio, do tamanho de uma unha, vive em bromélias na Serra do Mar.',
    'Greve dos professores fecha escolas no Paraná\nOs docentes da rede estadual pedem reajuste de 12% e a retirada do projeto de privatização da gestão escolar.',
    'Seca no Pantanal reduz o turismo em Mato Grosso do Sul\nOs rios estão no nível mais baixo em décadas e pousadas de Corumbá cancelaram passeios de barco. Continue lendo',
  ],
  short: [
    'Dólar fecha em queda\nA moeda americana recuou 0,8% frente ao real.',
    'Ponte é interditada em Belo Horizonte\nUma rachadura na estrutura levou a prefeitura a bloquear o tráfego.',
    'Fadista portuguesa ganha Grammy Latino\nA cantora venceu na categoria de melhor álbum de raiz.',
    'Companhia aérea cancela voos para Buenos Aires\nA empresa alegou falta de tripulação para a rota.',
    'Tubarão é avistado em praia de Pernambuco\nOs bombeiros proibiram o banho de mar em Piedade.',
    'Prefeitura do Rio adia desfiles dos blocos\nOs blocos só sairão às ruas a partir de 14 de fevereiro.',
    'Velocista baiano bate recorde sul-americano\nO atleta correu os 100 metros em 9,91 segundos.',
    'Hospital de Coimbra faz primeiro transplante de útero\nA cirurgia durou onze horas e a paciente passa bem.',
  ],
  event: {
    name: 'Apagão deixa dois milhões de pessoas sem energia em Salvador',
    items: [
      'Moradores de Salvador relatam noite de calor\nMoradores de vários bairros de Salvador passaram a noite sem energia depois do apagão. A concessionária diz que a falha começou numa subestação em Camaçari.',
      'O que se sabe até agora\nA falha na subestação de Camaçari desligou a energia de Salvador e da região metropolitana às 21h. Cerca de dois milhões de pessoas ficaram sem luz, segundo a concessionária.',
      'Apagão deixa dois milhões de pessoas sem energia em Salvador\nUma falha numa subestação em Camaçari provocou um apagão que deixou cerca de dois milhões de pessoas sem energia em Salvador e na região metropolitana, segundo a concessionária.',
      'Concessionária promete explicar falha até sexta\nA energia foi restabelecida em 90% de Salvador durante a madrugada. A empresa vai apurar o que provocou a falha na subestação de Camaçari e o apagão.',
    ],
  },
  pair: [
    'Deslizamento de terra soterra casas em Petrópolis\nUm deslizamento atingiu na madrugada desta terça-feira o bairro Quitandinha, em Petrópolis, e soterrou sete casas. Os bombeiros resgataram cinco pessoas com vida e procuram outras duas desaparecidas.',
    'Bombeiros buscam dois desaparecidos após deslizamento em Petrópolis\nSete casas foram atingidas pela terra no Quitandinha depois de 180 milímetros de chuva. Cinco moradores foram retirados com vida dos escombros, segundo o Corpo de Bombeiros, e as buscas por duas pessoas continuam.',
  ],
};

const FR: LangStream = {
  code: 'fr',
  day: '2026-11-17T08:00:00Z',
  tails: ['Lire aussi', 'Lire la suite', 'En savoir plus'],
  unrelated: [
    "L'Assemblée nationale adopte le budget de la Sécurité sociale\nLe texte a été voté par 289 voix contre 250 après trois semaines de débats sur les franchises médicales. Lire la suite",
    "Le PSG s'impose à Marseille dans le Classique\nLes Parisiens ont gagné 2-1 au Vélodrome grâce à un doublé de leur attaquant portugais.",
    'Tempête Adrien : 90 000 foyers privés d’électricité en Bretagne\nDes rafales à 150 km/h ont arraché des toitures dans le Finistère. Le gestionnaire du réseau a mobilisé 2 000 techniciens. Lire aussi',
    'Un marchand de sommeil condamné à Lyon\nLe tribunal correctionnel a infligé quatre ans de prison au propriétaire qui louait des caves insalubres à des familles. Il devra aussi verser 300 000 euros aux victimes.',
    "Le Louvre rouvre la galerie d'Apollon après restauration\nLes dorures du plafond ont été nettoyées pendant dix-huit mois par une équipe de trente restaurateurs.",
    'Une start-up grenobloise lève 40 millions pour ses puces photoniques\nLa jeune pousse veut industrialiser des composants qui réduisent la consommation des centres de données. Lire la suite',
    'Grève à la SNCF : un TGV sur deux circulera jeudi\nLes syndicats de contrôleurs protestent contre la réforme des primes de fin d’année.',
    'Le prix du beurre atteint un record en Normandie\nLes laiteries invoquent la baisse de la collecte de lait après un été sec.',
    "Un loup aperçu dans les Vosges près d'une école\nLa préfecture a demandé aux habitants de rentrer leurs poubelles et de surveiller les enfants. Lire aussi",
    "Montréal interdit les foyers au bois\nLe règlement vise à réduire le smog hivernal et s'appliquera dès l'hiver prochain.",
    "Découverte d'une nécropole gauloise sur un chantier à Orléans\nLes archéologues ont mis au jour une trentaine de tombes contenant des bracelets en bronze.",
    "La Banque centrale européenne laisse ses taux inchangés\nL'institution juge l'inflation maîtrisée mais refuse de promettre une baisse en décembre.",
    'Le Tour de France 2028 partira de Bruxelles\nLes organisateurs ont présenté un premier week-end de course entre la Belgique et les Pays-Bas.',
    "Cyberattaque contre l'hôpital de Rennes\nLes urgences fonctionnent en mode dégradé et les dossiers des patients sont consultés sur papier. En savoir plus",
    "Le Conseil d'État suspend un arrêté anti-mendicité à Nice\nLes juges ont estimé que l'interdiction générale portait atteinte à la liberté d'aller et venir.",
    'Vendanges précoces et abondantes en Champagne\nLes vignerons ont commencé la récolte dès la mi-août, une première depuis 2003.',
    'Un cinéaste belge reçoit le prix Louis-Delluc\nSon film sur une famille d’agriculteurs des Ardennes a convaincu le jury.',
  ],
  short: [
    'Le CAC 40 termine en hausse\nL’indice parisien a gagné 0,9 % porté par le luxe.',
    'Accident de car scolaire dans l’Aveyron\nQuatre enfants ont été légèrement blessés lors d’une sortie de route.',
    'Mort d’un chansonnier populaire\nL’artiste s’est éteint à 91 ans dans sa maison de Provence.',
    'Air France suspend ses vols vers Bamako\nLa compagnie invoque la situation sécuritaire au Mali.',
    'Incendie dans une usine chimique près de Rouen\nAucune fuite toxique n’a été détectée selon la préfecture.',
    'Le Stade toulousain recrute un ouvreur néo-zélandais\nLe joueur de 26 ans s’engage pour trois saisons.',
    'Les loyers restent plafonnés à Paris\nL’encadrement est prolongé jusqu’à la fin de 2027.',
    'Un nouveau virus détecté chez les abeilles\nL’agence sanitaire appelle les apiculteurs à signaler toute mortalité anormale.',
  ],
  event: {
    name: 'Crue de la Loire : Tours et Blois placées en vigilance rouge',
    items: [
      'Vigicrues : les riverains de Blois surveillent la Loire\nÀ Blois comme à Tours, des riverains ont monté des sacs de sable devant leurs portes. La crue de la Loire doit atteindre son pic jeudi selon Vigicrues.',
      "Ce qu'il faut savoir\nLa Loire monte de dix centimètres par heure. Tours et Blois sont en vigilance rouge, la préfecture d'Indre-et-Loire a ouvert des gymnases pour accueillir 300 personnes évacuées.",
      "Crue de la Loire : Tours et Blois placées en vigilance rouge\nVigicrues a placé Tours et Blois en vigilance rouge face à la crue de la Loire, attendue à son pic jeudi. La préfecture d'Indre-et-Loire a évacué 300 personnes des quartiers riverains.",
      "La préfecture évacue 300 riverains\nFace à la crue de la Loire, les habitants des quartiers bas de Tours ont été évacués. Blois reste en vigilance rouge jusqu'à jeudi.",
    ],
  },
  pair: [
    "Effondrement d'une passerelle à Annecy : deux blessés\nUne passerelle piétonne au-dessus du Thiou s'est effondrée mardi matin à Annecy, blessant deux passants. Selon la préfecture de Haute-Savoie, l'ouvrage construit en 1968 avait été inspecté en mars.",
    "Annecy : la passerelle du Thiou cède, la préfecture ouvre une enquête\nDeux personnes ont été blessées dans l'effondrement de la passerelle du Thiou, en plein centre d'Annecy. La préfecture de Haute-Savoie rappelle que l'ouvrage de 1968 avait été contrôlé en mars.",
  ],
};

const ES: LangStream = {
  code: 'es',
  day: '2026-11-17T08:00:00Z',
  tails: ['Leer más', 'Seguir leyendo', 'Sigue leyendo'],
  unrelated: [
    'El Congreso aprueba reducir la jornada laboral a 37,5 horas\nLa ley salió adelante con el apoyo de los socios del Gobierno y entrará en vigor de forma gradual hasta 2027. Seguir leyendo',
    'El Real Madrid golea al Sevilla en el Bernabéu\nLos blancos ganaron 4-0 con dos goles de su delantero francés y recuperan el liderato de la liga.',
    'Lluvias torrenciales en Málaga: la Aemet activa el aviso rojo\nSe suspendieron las clases en quince municipios de la provincia y varias carreteras quedaron cortadas. Leer más',
    'Condenado a ocho años el exalcalde de un pueblo de Murcia\nEl tribunal considera probado que desvió fondos de obras públicas a empresas de su cuñado.',
    'El Prado presenta la restauración de un retablo gótico\nLos técnicos recuperaron los colores originales de la tabla central tras dos años de trabajo.',
    'Una empresa de Bilbao fabricará baterías para autobuses eléctricos\nLa planta costará 200 millones de euros y creará 600 empleos en la margen izquierda. Sigue leyendo',
    'El peso argentino se desploma tras liberar el tipo de cambio\nLa moneda perdió un 6 % frente al dólar después del anuncio del Banco Central en Buenos Aires.',
    'México registra récord de remesas en octubre\nLos envíos de dinero desde Estados Unidos alcanzaron 6.200 millones de dólares, según el banco central mexicano.',
    'Huelga de médicos en Madrid: 400 operaciones aplazadas\nLos facultativos reclaman un estatuto propio y el fin de las guardias de 24 horas. Leer más',
    'Hallan restos de un barco fenicio frente a Cartagena\nBuzos de la Universidad de Murcia localizaron ánforas y parte del casco a 30 metros de profundidad.',
    'Chile aprueba una ley para proteger los glaciares\nEl Senado prohibió la minería en zonas de glaciares de roca en la cordillera central.',
    'La Vuelta saldrá de Oporto en 2028\nLa organización presentó un recorrido con tres etapas en territorio portugués.',
    'Detenidos cinco jóvenes por robar motos en Valencia\nLa Policía Nacional recuperó 37 vehículos en una nave del polígono de Paterna.',
    'El precio del aceite de oliva baja por primera vez en tres años\nLa buena cosecha en Jaén y Córdoba ha reducido el precio en origen un 30 %.',
    'Colombia declara la emergencia por incendios forestales\nEl fuego ha consumido 8.000 hectáreas en los cerros orientales de Bogotá y en Santander. Seguir leyendo',
    'Una cantante catalana anuncia una gira por estadios\nActuará en doce ciudades de España y América Latina durante el verano.',
    'La Universidad de Salamanca abrirá un grado en inteligencia artificial\nEl nuevo título tendrá 60 plazas y comenzará en septiembre.',
  ],
  short: [
    'El Ibex 35 cierra en verde\nEl selectivo subió un 0,7 % impulsado por la banca.',
    'Cortada la A-6 por la nieve\nLa Guardia Civil obliga a usar cadenas en el puerto de Guadarrama.',
    'Muere un escalador en los Picos de Europa\nEl montañero cayó cuarenta metros en la Peña Santa.',
    'Iberia estrena ruta directa a Tokio\nLos vuelos desde Barajas serán tres por semana.',
    'El Atlético ficha a un central uruguayo\nEl defensa firma hasta 2030.',
    'Suben las cuotas de las hipotecas\nEl euríbor repuntó hasta el 2,4 %.',
    'Cierra la librería más antigua de Sevilla\nEl negocio familiar abrió sus puertas en 1889.',
    'Nace un elefante en el zoo de Barcelona\nLa cría pesó 110 kilos y ya camina junto a su madre.',
  ],
  event: {
    name: 'Un terremoto de magnitud 6,4 sacude Arequipa y deja dos muertos',
    items: [
      'Sismo de magnitud 6,4 en el sur: suspenden las clases\nEl Ministerio de Educación de Perú suspendió las clases en Arequipa tras el terremoto de la madrugada. Los colegios serán revisados por ingenieros.',
      'Lo que se sabe hasta ahora\nEl sismo de magnitud 6,4 tuvo su epicentro a 40 kilómetros de Arequipa, según el Instituto Geofísico del Perú. Dos personas murieron aplastadas por un muro.',
      'Un terremoto de magnitud 6,4 sacude Arequipa y deja dos muertos\nUn terremoto de magnitud 6,4 sacudió Arequipa, en el sur de Perú, y dejó dos muertos y decenas de viviendas dañadas, según el Instituto Geofísico del Perú.',
      'El Gobierno declara la emergencia en la región\nTras el terremoto de magnitud 6,4, el Gobierno de Perú declaró la emergencia en Arequipa por sesenta días. Decenas de viviendas quedaron dañadas y dos personas murieron.',
    ],
  },
  pair: [
    'Un incendio en una residencia de mayores de Zaragoza deja tres muertos\nEl fuego se originó de madrugada en la segunda planta de la residencia Los Olivos, en el barrio de Delicias, según los bomberos de Zaragoza. Otros 14 residentes fueron trasladados a hospitales por inhalación de humo.',
    'Tres fallecidos y 14 heridos en el incendio de la residencia Los Olivos\nLos bomberos de Zaragoza sofocaron el fuego declarado esta madrugada en el barrio de Delicias. Tres ancianos murieron y 14 personas fueron atendidas por inhalar humo en la residencia.',
  ],
};

const RU: LangStream = {
  code: 'ru',
  day: '2026-11-17T08:00:00Z',
  tails: ['Читать далее', 'Подробнее', 'Читайте также'],
  unrelated: [
    'Госдума приняла закон о маркировке лекарств\nДепутаты одобрили поправки в третьем чтении, аптеки должны перейти на новую систему до весны. Закон вступит в силу после подписи президента. Читать далее',
    '«Зенит» обыграл «Спартак» в дерби\nПетербургский клуб победил со счётом 2:1 благодаря голу на последней минуте и вернулся на первое место в таблице.',
    'В Якутии ударили морозы до минус 55 градусов\nВ Оймяконском районе отменили занятия в школах, а автобусы ходят по сокращённому расписанию. Подробнее',
    'Суд в Екатеринбурге арестовал бывшего главу управления дорог\nЧиновника обвиняют в получении взятки в 12 миллионов рублей от подрядчика, ремонтировавшего мосты.',
    'Эрмитаж открыл выставку голландской графики\nВ залах Главного штаба показывают двести рисунков из собственной коллекции музея, многие из них впервые.',
    'Казанский стартап представил беспилотный трактор\nМашина умеет пахать поле ночью без оператора и уже прошла испытания в Татарстане.',
    'Центробанк сохранил ключевую ставку\nРегулятор оставил ставку на уровне 16 процентов и пообещал снижать её осторожно. Читайте также',
    'В Новосибирске открыли новую станцию метро\nСтанция «Спортивная» соединила левый берег Оби с центром города.',
    'Учёные нашли новый вид жука в Крыму\nНасекомое длиной три миллиметра обнаружили в пещере на плато Чатыр-Даг.',
    'Аэрофлот возобновил рейсы в Сочи после ремонта аэропорта\nВзлётно-посадочная полоса была закрыта почти месяц.',
    'Пожар уничтожил склад на окраине Тулы\nОгонь охватил две тысячи квадратных метров, пострадавших нет. Подробнее',
    'Минпросвещения сократит число контрольных работ в школах\nНовые правила ограничат проверочные работы одной в неделю для каждого класса.',
    'Хоккеисты «Авангарда» выиграли восьмой матч подряд\nОмская команда разгромила соперника 5:0 на домашнем льду.',
    'В Калининграде нашли клад серебряных монет\nСтроители обнаружили глиняный горшок с монетами семнадцатого века при рытье котлована.',
    'Врачи предупредили о росте заболеваемости гриппом\nРоспотребнадзор зафиксировал превышение эпидемического порога в девяти регионах. Читать далее',
  ],
  short: [
    'Курс доллара снизился\nНа бирже доллар подешевел на 40 копеек.',
    'В Перми закрыли мост на ремонт\nДвижение транспорта перекрыто до весны.',
    'Умер известный кинорежиссёр\nЕму было 87 лет.',
    'Байкал покрылся льдом раньше обычного\nЛедостав начался на две недели раньше нормы.',
    'В Москве выпал первый снег\nСиноптики обещают потепление к выходным.',
    '«Локомотив» подписал защитника из Бразилии\nКонтракт рассчитан на три года.',
    'Цены на бензин выросли за неделю\nАИ-95 подорожал на 0,4 процента.',
    'В зоопарке Нижнего Новгорода родился тигрёнок\nМалыш и мать чувствуют себя хорошо.',
  ],
  event: {
    name: 'Паводок в Томске: вода затопила 300 домов, эвакуированы больше тысячи жителей',
    items: [
      'МЧС: в Томск прибыли лодки и вертолёт\nВ пригородах Томска спасатели на лодках вывозят людей из затопленных домов. Уровень воды в Томи поднялся за сутки на метр.',
      'Что известно к этому часу\nПаводок в Томске затронул 300 домов в прибрежных районах у Томи. Эвакуированы больше тысячи человек, сообщили в МЧС.',
      'Паводок в Томске: вода затопила 300 домов, эвакуированы больше тысячи жителей\nИз-за паводка на Томи в Томске затоплены 300 жилых домов, больше тысячи человек эвакуированы, сообщили в МЧС. Уровень воды продолжает расти.',
      'Губернатор ввёл режим чрезвычайной ситуации\nПосле паводка в Томске, где вода затопила 300 домов, в области введён режим чрезвычайной ситуации. МЧС перебросило в Томск дополнительные силы.',
    ],
  },
  pair: [
    'Землетрясение магнитудой 6,2 произошло у берегов Камчатки\nЗемлетрясение магнитудой 6,2 произошло утром у восточного побережья Камчатки, сообщили в Единой геофизической службе РАН. В Петропавловске-Камчатском толчки ощущались силой до пяти баллов, разрушений нет.',
    'Жители Петропавловска-Камчатского ощутили толчки силой пять баллов\nПо данным Единой геофизической службы РАН, очаг землетрясения магнитудой 6,2 находился в Тихом океане у побережья Камчатки. Угрозы цунами нет, разрушений не зафиксировано.',
  ],
};

export const LANG_STREAMS: LangStream[] = [DE, PT, FR, ES, RU];

/** The weaver's input for one "headline\ntext" item by the production path (extract + analyze), so language and entities are real. */
export function langInput(item: string, id: string, published: string): WeaveInput {
  const nl = item.indexOf('\n');
  const row = { id, title: item.slice(0, nl), text: item.slice(nl + 1), published };
  const a = articleFromRow(row, 1);
  return weaveInputOf({ ...a, id }, analyzeArticle(a));
}

/** Inputs of a list of items, ids `${prefix}-${i}`. */
export function langInputs(s: LangStream, items: string[], prefix: string): WeaveInput[] {
  return items.map((x, i) => langInput(x, `${s.code}-${prefix}-${i}`, s.day));
}

/** Month and day names of a language (full names and abbreviations of four letters or more), lower case. */
function dateWords(code: string): Set<string> {
  const d = JSON.parse(readFileSync(new URL(`../../data/lang/${code}/dates.json`, import.meta.url), 'utf8')) as { months: string[][]; days: string[][] };
  return new Set([...d.months, ...d.days].flatMap((names) => names.filter((n, i) => i === 0 || n.length >= 4)).map((n) => n.toLowerCase()));
}

/** Why a key term cannot name an event in this language, or null when it can. */
function junkReason(term: string, s: LangStream, stop: Set<string>, dates: Set<string>, tails: Set<string>): string | null {
  const l = term.toLowerCase().trim();
  if (stop.has(l)) return 'stopword';
  if (/^[$€£]?\d/u.test(l)) return 'number';
  const words = l.split(/[\s-]+/);
  if (words.some((w) => dates.has(w.replace(/\.$/, '')))) return 'date';
  if (words.some((w) => tails.has(w))) return `feed tail of ${s.code}`;
  return null;
}

/** Key terms and label parts of the summaries that are stopwords, month or day names, numbers or feed tails of the stream's language. */
export function junkTerms(s: LangStream, summaries: (EventSummary | StorylineSummary)[]): string[] {
  const stop = new Set(((isoStopwords as Record<string, string[]>)[s.code] ?? []).map((x) => x.toLowerCase()));
  const dates = dateWords(s.code);
  const tails = new Set(s.tails.flatMap((t) => t.toLowerCase().split(/\s+/)).filter((t) => !stop.has(t)));
  const bad: string[] = [];
  for (const summary of summaries) {
    for (const term of [...summary.topTerms, ...summary.label.split(/,\s*/)]) {
      const why = term.trim() ? junkReason(term, s, stop, dates, tails) : null;
      if (why) bad.push(`${summary.id} "${term}": ${why}`);
    }
  }
  return bad;
}

/** The words of a text in lower case: its word tokens and their hyphenated parts. */
function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const [token] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)) {
    out.add(token);
    // (an elided article is no part of the word: `d'indre-et-loire`)
    out.add(token.replace(/^(?:d|l|dell|all|nell)['’]/u, ''));
    for (const part of token.split('-')) out.add(part);
  }
  return out;
}

/** Key terms and label parts of the summaries with a word that none of their members' titles and texts holds (a stem such as "erdbeb" is no word). */
export function termsNotInText(inputs: WeaveInput[], summaries: (EventSummary | StorylineSummary)[], code?: string): string[] {
  // a word of the text, or a known name's base form of one declined there (`Татарстан` for `в Татарстане`, `Омск` for `Омская`)
  const words = new Map(
    inputs.map((x) => {
      const ws = wordsOf(`${x.title ?? ''}\n${x.text}`);
      if (code) for (const w of [...ws]) ws.add(`stem:${stem(w, code)}`);
      return [x.id, ws];
    }),
  );
  const declined = (m: string, w: string): boolean => [...(words.get(m) ?? [])].some((x) => x.startsWith(w) && x.length - w.length <= 3);
  const has = (m: string, w: string): boolean => !!words.get(m)?.has(w) || (!!code && (!!words.get(m)?.has(`stem:${stem(w, code)}`) || declined(m, w)));
  const bad: string[] = [];
  for (const summary of summaries) {
    for (const term of new Set([...summary.topTerms, ...summary.label.split(/,\s*/)].filter((t) => t.trim()))) {
      const missing = term
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => !summary.members.some((m) => has(m, w)));
      if (missing.length > 0) bad.push(`${summary.id} "${term}": ${missing.join(' ')}`);
    }
  }
  return bad;
}

/** Pairs of key terms of one summary whose words' stems in the language are the same ("Томске" and "Томска"): one term said twice. */
export function termsSaidTwice(s: LangStream, summaries: (EventSummary | StorylineSummary)[]): string[] {
  const key = (term: string): string =>
    term
      .toLowerCase()
      .split(/[\s-]+/)
      .map((w) => stem(w, s.code))
      .sort()
      .join(' ');
  const bad: string[] = [];
  for (const summary of summaries) {
    const seen = new Map<string, string>();
    for (const term of summary.topTerms) {
      const k = key(term);
      if (seen.has(k)) bad.push(`${summary.id}: "${seen.get(k)}" and "${term}"`);
      else seen.set(k, term);
    }
  }
  return bad;
}
