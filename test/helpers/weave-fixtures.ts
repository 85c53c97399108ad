// Fixtures of what real feeds hold and the public sets do not: many unrelated items of one day, boilerplate-only items, famous names everywhere (all text written here).
import type { WeaveInput } from '../../src/weave/index.js';

const DAY = '2026-03-10T09:00:00Z';

/** Thirty unrelated articles published the same day; several name the same famous people and places in passing. */
export const UNRELATED_DAY: [string, string][] = [
  [
    'Storm floods coastal towns in Brittany',
    'Heavy rain and a spring tide flooded the harbour streets of Saint-Malo and Roscoff overnight, and firefighters evacuated two hundred residents. Continue reading...',
  ],
  [
    'Central bank holds interest rates at 3.5 percent',
    'The central bank kept its benchmark rate unchanged, saying inflation in services remained stubborn while factory prices were cooling. President Trump criticised the decision on social media.',
  ],
  [
    'Teenage climber conquers Patagonian spire',
    'A seventeen-year-old from Chamonix became the youngest person to free-climb Cerro Torre, finishing the ascent after four nights on the granite wall.',
  ],
  [
    'Recall of baby formula over bacteria fears',
    'A dairy cooperative recalled twelve batches of infant formula after routine tests found Cronobacter in a drying tower at its plant in Normandy. Parents were told to return the tins to pharmacies.',
  ],
  [
    'Museum returns looted bronzes to Nigeria',
    'The museum handed back twenty Benin bronzes taken by British soldiers in 1897, in a ceremony attended by the Oba of Benin and the culture minister.',
  ],
  [
    'Rail strike halts commuter trains in the north',
    'Drivers walked out over a pay offer of two percent, cancelling nearly every commuter service around Manchester and Leeds. Share on Facebook Share on Twitter',
  ],
  [
    'Chess prodigy wins national title at twelve',
    'A twelve-year-old from Leipzig won the national chess championship with a round to spare, beating three grandmasters on the way.',
  ],
  [
    'Wildfire forces evacuation near Valencia',
    'A wildfire driven by dry wind burned three thousand hectares of pine forest in the hills west of Valencia, and the regional government evacuated six villages.',
  ],
  [
    'Start-up unveils solid-state battery for scooters',
    'An engineering start-up from Eindhoven presented a solid-state battery pack that it says doubles the range of electric scooters and charges in twelve minutes.',
  ],
  [
    'Court jails former mayor for bribery',
    'A criminal court sentenced the former mayor of a port city to six years for taking bribes from building contractors in exchange for harbour permits.',
  ],
  [
    'Astronomers spot water vapour on distant planet',
    'Using the Webb telescope, astronomers detected water vapour in the atmosphere of a rocky planet orbiting a red dwarf forty light years away.',
  ],
  [
    'Football club sacks coach after five defeats',
    'The club dismissed its head coach after a fifth straight league defeat left the team one point above the relegation places. Donald Trump was not mentioned.',
  ],
  [
    'Heatwave breaks March record in Australia',
    'Temperatures reached 41 degrees in Adelaide, the hottest March day on record, and authorities opened cooling centres in libraries and shopping centres.',
  ],
  [
    'Pharmaceutical firm wins approval for migraine drug',
    'Regulators approved a once-monthly injection for chronic migraine after trials showed it halved the number of headache days for most patients.',
  ],
  [
    'Ferry runs aground off Greek island',
    'A passenger ferry carrying three hundred people ran aground in fog off the island of Paros; coast guard boats brought everyone ashore without injuries.',
  ],
  [
    'Bakers protest rising flour prices',
    'Hundreds of bakers marched in Lisbon against the price of flour, which has risen by a third since the autumn harvest failed across the Iberian peninsula.',
  ],
  [
    'Novelist wins prize for debut about fishing village',
    'A former fisherman won the debut fiction prize for a novel about a Hebridean village losing its last boat, beating five writers on the shortlist.',
  ],
  [
    'City bans cars from historic centre on weekends',
    'The city council voted to close the medieval centre of Bruges to private cars on Saturdays and Sundays from May, with delivery vans allowed before ten.',
  ],
  [
    'Hackers steal patient records from hospital chain',
    'A ransomware gang stole the records of two million patients from a private hospital chain and demanded payment in bitcoin, the company told regulators.',
  ],
  [
    'Orchestra cancels tour after instruments seized',
    'A youth orchestra cancelled its American tour after customs officers seized violins containing ivory fittings at the airport in Boston.',
  ],
  [
    'Farmers block motorway with tractors',
    'Farmers drove two hundred tractors onto the A1 motorway near Lille to protest against cheap imported sugar, causing a forty-kilometre tailback.',
  ],
  [
    'Zoo celebrates birth of rare snow leopard cubs',
    'Keepers at the zoo in Basel announced the birth of twin snow leopard cubs, the first born there in thirty years, and will name them by public vote.',
  ],
  [
    'Airline orders sixty new jets',
    'A low-cost airline ordered sixty narrow-body jets for delivery from 2029, betting that demand for short holidays in southern Europe will keep growing.',
  ],
  [
    'Landslide buries road in Nepal',
    'A landslide after days of rain buried a mountain road north of Pokhara, trapping buses; soldiers dug out forty passengers alive.',
  ],
  [
    'University scraps entrance exam for medicine',
    'The medical school will admit students by interview and school grades instead of its entrance exam, which it says favoured pupils who could pay for tutoring.',
  ],
  [
    'Vintage car fetches record at auction',
    'A 1962 racing car sold for fifty-one million dollars at an auction in Monterey, the highest price ever paid for a car sold in public.',
  ],
  [
    'Police seize cocaine hidden in banana crates',
    'Customs officers at the port of Antwerp found four tonnes of cocaine hidden among banana crates shipped from Ecuador, and arrested three dock workers.',
  ],
  [
    'Senator proposes ban on phone use in schools',
    'A senator introduced a bill to ban smartphones in primary and secondary schools, citing studies on attention and bullying. President Trump was asked about it and did not answer.',
  ],
  [
    'Volcano eruption grounds flights in Iceland',
    'An eruption on the Reykjanes peninsula sent an ash plume four kilometres high and closed Keflavik airport for the afternoon.',
  ],
  [
    'Chef closes three-star restaurant to open canteen',
    'A celebrated chef closed her three-star restaurant in Lyon to run a school canteen, saying she wanted to cook for children rather than critics.',
  ],
];

export function unrelatedInputs(): WeaveInput[] {
  return UNRELATED_DAY.map(([title, text], i) => ({ id: `day-${i}`, title, text, published: DAY }));
}

/** Feed items that are nothing but wrapper text. */
export function boilerplateInputs(): WeaveInput[] {
  const users = ['throwaway_991', 'newsbot', 'kat_m', 'grumpy-otter', 'lindqvist', 'j0nas', 'trailrunner', 'pelican_brief', 'mossyrock', 'quietlake'];
  const reddit = users.map((u, i) => ({ id: `reddit-${i}`, title: null, text: `submitted by /u/${u} [link] [comments]`, published: DAY }));
  const tails = [
    'Continue reading...',
    'Continue reading…',
    'Read more »',
    'Continue reading the main story',
    'Share on Facebook Share on Twitter',
    'Read the full story here',
  ];
  return [...reddit, ...tails.map((t, i) => ({ id: `tail-${i}`, title: null, text: t, published: DAY }))];
}

/** Two unrelated events that share one famous name (and a day), and a real pair of reports on one event. */
export const FAMOUS_NAME_PAIR: WeaveInput[] = [
  {
    id: 'famous-a',
    title: 'Trump visits steel plant in Ohio',
    text: 'Donald Trump toured a steel plant in Youngstown, Ohio, and promised workers new tariffs on imported steel. Union leaders at the plant said they would wait to see the details.',
    published: '2026-03-02T10:00:00Z',
  },
  {
    id: 'famous-b',
    title: 'Golf course flooded after dam failure in Scotland',
    text: 'A small dam above a golf course in Aberdeenshire failed after heavy rain, flooding the fairways of a resort owned by Donald Trump. Nobody was hurt, police said.',
    published: '2026-03-20T10:00:00Z',
  },
];

export const SAME_EVENT_PAIR: WeaveInput[] = [
  {
    id: 'quake-1',
    title: 'Earthquake of magnitude 6.4 strikes southern Peru',
    text: "An earthquake of magnitude 6.4 struck southern Peru on Tuesday near the city of Arequipa, damaging churches and cutting power to thousands of homes. Peru's civil defence agency said four people were injured in the town of Chivay, where an adobe wall collapsed.",
    published: '2026-03-10T08:00:00Z',
  },
  {
    id: 'quake-2',
    title: 'Strong quake damages churches near Arequipa',
    text: 'A strong 6.4 magnitude earthquake shook the Arequipa region of southern Peru, the civil defence agency said, injuring four people in Chivay and damaging colonial churches. Power was cut to thousands of homes around Arequipa.',
    published: '2026-03-10T11:00:00Z',
  },
];
