// Small hand-written HTML pieces shared by the extraction tests: a paragraph wrapper and a three-paragraph article body, and empty title sources.
import type { TitleSources } from '../../src/extract/html/title-candidates.js';

export const para = (s: string): string => `<p>${s}</p>`;

/** Three long paragraphs of an ordinary local news story (a ferry terminal closing). */
export const BODY = [
  'Council members voted seven to two on Tuesday night to close the old ferry terminal, ending almost a century of service across the bay for commuters and tourists alike.',
  'The decision follows a two-year review that found the pier structurally unsound and the cost of repairs, estimated at forty million dollars, far beyond the city budget.',
  'Residents who rely on the morning crossing said they would now face a drive of more than an hour around the water, and several asked the council to fund a shuttle bus.',
]
  .map(para)
  .join('\n');

/** Six sentences of the same story, for tests whose rules look at a longer article. */
export const SENTENCES = [
  'Council members voted seven to two on Tuesday night to close the old ferry terminal, ending almost a century of service across the bay.',
  'The decision follows a two-year review that found the pier structurally unsound and the cost of repairs, estimated at forty million dollars, too high.',
  'Residents who rely on the morning crossing said they would now face a drive of more than an hour around the water, and asked for a shuttle bus.',
  'The mayor, who voted against the closure, said the city would look for a private operator willing to run a smaller boat from the marina instead.',
  'Ferry staff will be offered jobs elsewhere in the transport department, according to a letter sent to the union on Wednesday morning by the city.',
  'The terminal building itself, a listed structure from the nineteen-twenties, will be kept and may become a museum of the harbour and its boats.',
];
/** The six sentences as paragraphs. */
export const LONG_BODY = SENTENCES.map(para).join('\n');

/** A whole page from its head and body markup. */
export const wrapPage = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;

export const contains = (text: string, s: string): boolean => text.includes(s);

/** A page's title sources with nothing declared, but for what `over` gives. */
export const titleSources = (over: Partial<TitleSources>): TitleSources => ({
  og: null,
  twitter: null,
  jsonLd: null,
  titleTag: null,
  lines: [],
  mainStart: 0,
  outlet: null,
  host: null,
  rulePick: null,
  url: null,
  ...over,
});
