// Small hand-written HTML pieces shared by the extraction tests: a paragraph wrapper and a three-paragraph article body.

export const para = (s: string): string => `<p>${s}</p>`;

/** Three long paragraphs of an ordinary local news story (a ferry terminal closing). */
export const BODY = [
  'Council members voted seven to two on Tuesday night to close the old ferry terminal, ending almost a century of service across the bay for commuters and tourists alike.',
  'The decision follows a two-year review that found the pier structurally unsound and the cost of repairs, estimated at forty million dollars, far beyond the city budget.',
  'Residents who rely on the morning crossing said they would now face a drive of more than an hour around the water, and several asked the council to fund a shuttle bus.',
].map(para).join('\n');
