// Names for events and storylines a reader can use: the most representative headline (or first sentence), and key terms that are never dates, bare numbers or boilerplate. Our own: which words name a happening is core to the weave.
import furnitureData from '../../data/weave-furniture.json' with { type: 'json' };
import lexicon from '../../data/weave-lexicon.json' with { type: 'json' };
import { stripFurniture } from './furniture.js';
import { contentStems, splitHeadline, stem, stemLanguage } from './text-features.js';
import type { HeadlineEntry } from './types.js';

const LABEL_STOP = new Set<string>(furnitureData.labelStopTerms.map((t) => t.toLowerCase()));
const MONTHS = new Set<string>(Object.keys(lexicon.months));

/** The headline an article contributes to its event's name: its title, else a headline-like first line, else its first sentence. */
export function headlineOf(title: string | null, text: string, maxWords: number): string | null {
  const t = title ? stripFurniture(title).replace(/\s+/g, ' ').trim() : '';
  if (t) return t;
  const body = stripFurniture(text);
  const split = splitHeadline(body, maxWords);
  if (split.title) return split.title.replace(/\s+/g, ' ').trim();
  const flat = body.replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  const sentence = /^(.{20,200}?[.!?])(?:\s|$)/u.exec(flat)?.[1] ?? flat.slice(0, 160);
  return sentence.trim();
}

/** True when a key term is a date, a bare number, a month or furniture, which never name an event. */
export function isJunkTerm(label: string): boolean {
  const l = label.toLowerCase().trim();
  if (l.length < 2 || LABEL_STOP.has(l)) return true;
  if (/^[\d\s.,:%/$€£-]+$/u.test(l)) return true;
  // amounts and measures ("33m", "200mm") and digit-led tokens are numbers, not names of what happened
  if (/^[$€£]?\d/u.test(l)) return true;
  const words = l.split(/[\s-]+/);
  if (words.every((w) => MONTHS.has(w.replace(/\.$/, '')) || /^\d+(?:st|nd|rd|th)?,?$/.test(w))) return true;
  if (words.some((w) => MONTHS.has(w.replace(/\.$/, ''))) && words.some((w) => /^\d/.test(w))) return true;
  return false;
}

/** A headline as its event keeps it: with the language its words are stemmed in when that is not English. */
export function headlineEntry(id: string, headline: string, language: string | null | undefined): HeadlineEntry {
  const lang = stemLanguage(language);
  return lang ? [id, headline, lang] : [id, headline];
}

/** Content words of headlines already read, by language and headline (summaries read the same headlines again at every flush): bounded, emptied when full. */
const CONTENT = new Map<string, { word: string; stem: string }[]>();
const CONTENT_KEPT = 50_000;

/** A non-English headline's content words with their stems (contentStems), remembered. */
function headlineContent(headline: string, language: string): { word: string; stem: string }[] {
  const key = `${language}\u0000${headline}`;
  let words = CONTENT.get(key);
  if (words === undefined) {
    if (CONTENT.size >= CONTENT_KEPT) CONTENT.clear();
    words = contentStems(headline, language);
    CONTENT.set(key, words);
  }
  return words;
}

/**
 * Word stems of a headline, for matching it against an event's centroid terms: stemmed as its article's words were (an
 * English headline, or one of no language, by the light English stemmer, its stopwords included; another language's
 * content words by its Snowball stemmer).
 */
export function headlineStems(headline: string, language?: string): string[] {
  const lang = stemLanguage(language);
  if (lang) return [...new Set(headlineContent(headline, lang).map((w) => w.stem))];
  const out = new Set<string>();
  for (const m of headline.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const s = stem(m[0]);
    if (s.length > 2 && !/^\d+$/.test(s)) out.add(s);
  }
  return [...out];
}

/**
 * The most representative headline: the one whose words carry the most of the event's salient weight (weight of each
 * word stem in the centroid, IDF-weighted), normalised by the square root of its length so a long headline does not win by size.
 */
export function representativeHeadline(headlines: readonly HeadlineEntry[], salience: (stem: string) => number): string | null {
  let best: string | null = null;
  let bestScore = -1;
  for (const [, h, language] of headlines) {
    const stems = headlineStems(h, language);
    if (stems.length === 0) continue;
    const score = stems.reduce((t, s) => t + salience(s), 0) / Math.sqrt(stems.length);
    if (score > bestScore) {
      bestScore = score;
      best = h;
    }
  }
  return best ?? headlines[0]?.[1] ?? null;
}

/** The words of an event's headlines by the stem each gives, and the language most of them are in. */
export interface HeadlineWords {
  language: string;
  words: Map<string, string>;
}

/**
 * The words of an event's headlines by the stem each gives, when every headline is of a language stemmed by Snowball:
 * its word key terms are shown as these words ("erdbeben", not the stem "erdbeb"); the most frequent word of a stem,
 * the first on a tie. Null when a headline is English or of no language (English light stems read as words already).
 */
export function headlineWords(headlines: readonly HeadlineEntry[]): HeadlineWords | null {
  if (headlines.length === 0 || headlines.some(([, , language]) => !language)) return null;
  const counts = new Map<string, Map<string, number>>();
  const languages = new Map<string, number>();
  for (const [, h, language = ''] of headlines) {
    languages.set(language, (languages.get(language) ?? 0) + 1);
    for (const { word, stem: s } of headlineContent(h, language)) {
      const words = counts.get(s) ?? new Map<string, number>();
      words.set(word, (words.get(word) ?? 0) + 1);
      counts.set(s, words);
    }
  }
  return { language: mostFrequent(languages), words: new Map([...counts].map(([s, words]) => [s, mostFrequent(words)])) };
}

/** The key with the highest count, the first on a tie. */
function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [key, n] of counts)
    if (n > most) {
      best = key;
      most = n;
    }
  return best;
}
