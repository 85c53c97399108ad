// Turns an article's title, body, entities and quotes into raw weighted features (words, entities, numbers, dates, quote shingles).
import stopwordData from '../../data/weave-stopwords.json' with { type: 'json' };
import lexicon from '../../data/weave-lexicon.json' with { type: 'json' };
import isoStopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { profileFor } from '../lang/profile.js';
import { stem as languageStem } from '../lang/terms.js';
import type { WeaveInput } from './types.js';
import { stripFurniture } from './furniture.js';
import { FeatureSink } from './feature-sink.js';
import type { WordEntry } from './word-table.js';
import { MONTHS, type Token, isDateish, quoteWords, tokenize } from './feature-tokens.js';
import { NAMESPACE_ORDER } from './vocabulary.js';

const DATE_NS = NAMESPACE_ORDER.indexOf('d');

/** Feature namespaces: w word, e entity, n number, d date, q quote shingle. */
export type Namespace = 'w' | 'e' | 'n' | 'd' | 'q';

/** Raw (pre-IDF) feature weights of one article, keyed "ns:value". */
export type RawFeatures = Map<string, number>;

export interface FeatureOptions {
  titleWeight: number;
  leadWords: number;
  leadWeight: number;
  quoteShingle: number;
  headlineMaxWords: number;
  /** Weight of the published date's year and month-day as date features (0: ignore the published date). */
  publishedDateWeight: number;
  /** Weight of adjacent content-word pairs as extra word features (0: single words only). */
  bigramWeight: number;
  /** Multiplier of years more than a year before the latest year the article names (background years). */
  pastYearWeight?: number;
  /** Multiplier of an analyze entity's weight by its type (people and places tell sister events apart best). */
  entityTypeWeights?: Partial<Record<'person' | 'org' | 'place' | 'other', number>>;
}

const STOP = new Set<string>(stopwordData.words);
const STOP_BY_LANGUAGE = new Map<string, Set<string>>();
/** Month and day names of a language with rules (full names, abbreviations of 4+ letters, the first word of "segunda-feira"): dates, not content. */
function calendarWords(lang: string): string[] {
  const p = profileFor(lang);
  return [...p.months, ...p.days].flatMap((names) => names.filter((n, i) => i === 0 || n.length >= 4)).flatMap((n) => [n, n.split('-')[0]]);
}
/** Stopwords for an article: our English list, plus the stopwords-iso list and the month and day names of its language when it is another one. */
function stopwordsFor(language: string | null | undefined): Set<string> {
  const lang = (language ?? '').toLowerCase().slice(0, 2);
  if (!lang || lang === 'en') return STOP;
  let set = STOP_BY_LANGUAGE.get(lang);
  if (!set) {
    const extra = [...((isoStopwords as Record<string, string[]>)[lang] ?? []), ...calendarWords(lang)];
    set = new Set([...STOP, ...extra.map((w) => w.toLowerCase())]);
    STOP_BY_LANGUAGE.set(lang, set);
  }
  return set;
}
const ENTITY_CONNECTORS = new Set<string>(lexicon.entityConnectors);
const NOT_ENTITY = new Set<string>(lexicon.capitalisedNonEntities);
const GENERIC_HEADS = new Set<string>(lexicon.genericHeads);

/** A light English stemmer: folds plurals and possessives so "relations" meets "relation". */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ch|sh|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

function isNumber(lower: string): boolean {
  return /^\d+(?:[.,]\d+)*$/.test(lower);
}

function isCapitalised(raw: string): boolean {
  const c = raw.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Split a word token at inner hyphens/dots into word parts ("33-year-old" -> 33, year, old; "U.S." stays "us"). */
function wordParts(lower: string): string[] {
  if (!/[-.]/.test(lower)) return [lower];
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(lower)) return [lower.replace(/\./g, '')];
  return lower.split(/[-.]/).filter((p) => p.length > 0);
}

/** True when a line looks like a headline in title case (most words capitalised), where capitals do not mark names. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.raw) && t.raw.length > 3);
  if (words.length < 3) return false;
  const caps = words.filter((t) => isCapitalised(t.raw)).length;
  return caps / words.length >= 0.7;
}

/** Guess named-entity phrases from runs of capitalised words (used when the analyze stage gave none). */
export function guessEntities(text: string): string[] {
  return entitiesFromTokens(tokenize(text)).map((e) => e.name);
}

/** Entity phrases with the index of their first token (a lone capitalised stopword of the article's language is no name: German capitalises every noun). */
function entitiesFromTokens(all: Token[], stop: Set<string> = STOP): { name: string; at: number }[] {
  const found: { name: string; at: number }[] = [];
  const lines: Token[][] = [];
  for (const t of all) {
    if (lines.length === 0 || lines[lines.length - 1][0].line !== t.line) lines.push([]);
    lines[lines.length - 1].push(t);
  }
  for (const tokens of lines) {
    if (isTitleCase(tokens)) continue;
    let run: Token[] = [];
    const flush = (): void => {
      while (run.length > 0 && ENTITY_CONNECTORS.has(run[run.length - 1].lower)) run.pop();
      if (run.length > 0) {
        const first = run[0];
        const single = run.length === 1;
        const weakStart = first.sentenceStart && (stop.has(first.lower) || NOT_ENTITY.has(first.lower));
        if (weakStart) run = run.slice(1);
        if (run.length > 0 && !(single && (first.sentenceStart || NOT_ENTITY.has(first.lower)))) {
          const phrase = run.map((t) => t.raw.replace(/['’]s$/u, '')).join(' ');
          if (!(run.length === 1 && (stop.has(run[0].lower) || NOT_ENTITY.has(run[0].lower) || MONTHS.has(run[0].lower)))) {
            found.push({ name: phrase, at: run[0].index });
          }
        }
      }
      run = [];
    };
    for (const t of tokens) {
      if (t.breakBefore) flush();
      if (isCapitalised(t.raw) && !isNumber(t.lower)) run.push(t);
      else if (run.length > 0 && ENTITY_CONNECTORS.has(t.lower)) run.push(t);
      else flush();
    }
    flush();
  }
  return found;
}

/** Extract quoted passages between quotation marks (straight, curly or PTB `` '' ) when none were given. */
export function guessQuotes(text: string): string[] {
  const out: string[] = [];
  const re = /(?:``|“|")\s*([^"“”`]{20,600}?)\s*(?:''|”|")/gu;
  for (const m of text.matchAll(re)) out.push(m[1]);
  return out;
}

const TIME_OF_DAY = /\b\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?\b/g;
const NUMERIC_DATE = /\b(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*((?:19|20)?\d\d)\b/g;
/** PTB-split decimals ("5. 9") rejoined. */
const SPLIT_DECIMAL = /(\d)\. (\d)/g;

/** Text with times of day removed and numeric dates (11/27/2005) rewritten as month names, so they become date features. */
function normaliseNumbers(text: string): string {
  // each pass only where its pattern can match (a dot before a space, a slash, a colon)
  let out = text.includes('. ') ? text.replace(SPLIT_DECIMAL, '$1.$2') : text;
  if (out.includes('/'))
    out = out.replace(NUMERIC_DATE, (_m, a: string, b: string, y: string) => {
      const x = Number(a);
      const z = Number(b);
      const [mo, d] = x > 12 ? [z, x] : [x, z];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return ' ';
      const year = y.length === 2 ? (Number(y) < 50 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y);
      return ` ${MONTH_NAMES[mo - 1]} ${d} ${year} `;
    });
  return out.includes(':') ? out.replace(TIME_OF_DAY, ' ') : out;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Date features: "d:m-d" for a month and day, "d:y" for a year; numbers get "n:". */
function addNumbersAndDates(tokens: Token[], out: FeatureSink, weightAt: (i: number) => number): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // only a month name or a token with a digit can give a date or a number
    if (!t.dateish) continue;
    const month = MONTHS.get(t.lower);
    if (month !== undefined && isCapitalised(t.raw)) {
      const next = tokens[i + 1]?.lower;
      if (next && /^\d{1,2}$/.test(next) && Number(next) >= 1 && Number(next) <= 31) {
        out.bumpKey(`d:${month}-${Number(next)}`, weightAt(i));
      } else {
        const prev = tokens[i - 1]?.lower;
        if (prev && /^\d{1,2}$/.test(prev) && Number(prev) >= 1 && Number(prev) <= 31) out.bumpKey(`d:${month}-${Number(prev)}`, weightAt(i));
      }
      continue;
    }
    if (/^(?:19|20)\d\d$/.test(t.lower)) {
      out.bumpKey(`d:${t.lower}`, weightAt(i));
      continue;
    }
    const parts = isNumber(t.lower) ? [t.lower] : wordParts(t.lower);
    for (const part of parts) {
      if (isNumber(part) && !part.startsWith('0') && !(part.length <= 2 && MONTHS.has(tokens[i - 1]?.lower ?? ''))) {
        // small counts ("two", "1") say little; keep numbers of 2+ digits and decimals
        if (part.length >= 2 || part.includes('.')) out.bumpKey(`n:${part.replace(/,/g, '')}`, weightAt(i));
      }
    }
  }
}

/** A first line that reads like a headline (short, no closing punctuation) is split off as the title. */
export function splitHeadline(text: string, maxWords: number): { title: string; body: string } {
  const trimmed = text.replace(/^\s+/, '');
  const nl = trimmed.indexOf('\n');
  if (nl < 0) return { title: '', body: text };
  const first = trimmed.slice(0, nl).trim();
  const words = first.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 2 || words.length > maxWords || /[.!?:;,"”'’]$/u.test(first)) return { title: '', body: text };
  return { title: first, body: trimmed.slice(nl + 1) };
}

/** Years well before the latest one an article names are background ("the 1972 break-in"), not when its happening took place. */
function discountPastYears(out: FeatureSink, weight: number): void {
  const keys = out.vocab.keys;
  const years = out.bumped().filter((id) => out.vocab.ns[id] === DATE_NS && /^d:\d{4}$/.test(keys[id]));
  let latest = 0;
  for (const id of years) latest = Math.max(latest, Number(keys[id].slice(2)));
  for (const id of years) if (Number(keys[id].slice(2)) < latest - 1) out.acc[id] *= weight;
}

/** The language whose Snowball stemmer folds an article's words: another language's words fold by it ("землетрясение", "землетрясения"); English (and no language) keeps the light stemmer (null). */
export function stemLanguage(language: string | null | undefined): string | null {
  const lang = (language ?? '').toLowerCase().slice(0, 2);
  return lang && lang !== 'en' ? lang : null;
}

/** The stem a lower-case word part gives as a word feature, or null (too short, a number, a stopword or a month). */
function partStem(part: string, stop: Set<string>, lang: string | null): string | null {
  if (part.length < 2 || isNumber(part) || stop.has(part) || MONTHS.has(part)) return null;
  const s = lang ? languageStem(part, lang) : stem(part);
  return s.length < 2 || stop.has(s) ? null : s;
}

/** The content words of a text (a headline) with the stem each gives as a word feature of an article in `language`, in text order. */
export function contentStems(text: string, language: string | null | undefined): { word: string; stem: string }[] {
  const stop = stopwordsFor(language);
  const lang = stemLanguage(language);
  const out: { word: string; stem: string }[] = [];
  for (const t of tokenize(text))
    for (const part of wordParts(t.lower)) {
      const s = partStem(part, stop, lang);
      if (s !== null) out.push({ word: part, stem: s });
    }
  return out;
}

/** Raw weighted features of one article as "ns:value" keys (a fresh vocabulary; the weaver itself uses extractInto). */
export function extractFeatures(a: WeaveInput, opt: FeatureOptions): RawFeatures {
  const sink = new FeatureSink();
  extractInto(a, opt, sink);
  return new Map(Array.from(sink.bumped(), (id) => [sink.vocab.keys[id], sink.acc[id]]));
}

/** Raw weighted features of one article into a sink (cleared first): title words count titleWeight times, the lead leadWeight times. */
export function extractInto(a: WeaveInput, opt: FeatureOptions, out: FeatureSink): void {
  out.reset();
  const stop = stopwordsFor(a.language);
  const lang = stemLanguage(a.language);
  let title = a.title ? stripFurniture(a.title) : '';
  let body = stripFurniture(a.text);
  if (!a.title && opt.headlineMaxWords > 0) {
    const split = splitHeadline(body, opt.headlineMaxWords);
    title = split.title;
    body = split.body;
  }
  title = normaliseNumbers(title);
  body = normaliseNumbers(body);
  const cache = out.wordCache(stop);
  // a surface token's entry, made once per cache: its lower-case form and the ids of its word parts (interned in token order)
  const wordEntry = (text: string, from: number, to: number): WordEntry => {
    let entry = cache.lookup(text, from, to);
    if (entry === undefined) {
      const raw = text.slice(from, to);
      const lower = raw.toLowerCase();
      const ids: number[] = [];
      for (const part of wordParts(lower)) {
        const s = partStem(part, stop, lang);
        if (s !== null) ids.push(out.id(`w:${s}`));
      }
      entry = { raw, lower, ids, dateish: isDateish(lower) };
      cache.add(entry);
    }
    return entry;
  };
  const titleTokens = tokenize(title, wordEntry);
  const bodyTokens = tokenize(body, wordEntry);
  const addWords = (tokens: Token[], weightAt: (i: number) => number): void => {
    for (let i = 0; i < tokens.length; i++) {
      for (const id of tokens[i].ids) {
        if (!out.has(id)) out.words++;
        out.bump(id, weightAt(i));
      }
    }
  };
  const bodyWeight = (i: number): number => (i < opt.leadWords ? opt.leadWeight : 1);
  addWords(titleTokens, () => opt.titleWeight);
  addWords(bodyTokens, bodyWeight);
  if (opt.bigramWeight > 0) {
    // adjacent content-word pairs ("drunk driving", "fishing trawler") pin down what happened better than the words apart
    const addPairs = (tokens: Token[], weightAt: (i: number) => number): void => {
      for (let i = 1; i < tokens.length; i++) {
        if (tokens[i].breakBefore) continue;
        const a = tokens[i - 1].ids;
        const b = tokens[i].ids;
        if (a.length === 1 && b.length === 1) out.bump(out.pairId(a[0], b[0]), opt.bigramWeight * weightAt(i));
      }
    };
    addPairs(titleTokens, () => opt.titleWeight);
    addPairs(bodyTokens, bodyWeight);
  }
  addNumbersAndDates(titleTokens, out, () => opt.titleWeight);
  addNumbersAndDates(bodyTokens, out, bodyWeight);
  // the publication date (often cut from the text by extract as a dateline) is a date the article is about too
  const pub = /^(\d{4})-(\d{2})-(\d{2})/.exec(a.published ?? '');
  if (pub && opt.publishedDateWeight > 0) {
    out.bumpKey(`d:${pub[1]}`, opt.publishedDateWeight);
    out.bumpKey(`d:${Number(pub[2])}-${Number(pub[3])}`, opt.publishedDateWeight);
  }

  // entities weigh like words: more in the title and the lead, where the main actors of a happening are named
  const leadText = body.slice(0, 600).toLowerCase();
  const titleText = title.toLowerCase();
  // an entity named only inside furniture (a byline, "Continue reading", a share line) is not an actor of the article
  const bodyText = body.toLowerCase();
  const kept: { name: string; weight: number }[] = [];
  for (const e of a.entities ?? []) {
    const n = e.name.toLowerCase();
    if (n.length <= 1) continue;
    const inTitle = titleText.includes(n);
    if (!inTitle && !bodyText.includes(n)) continue;
    const typeWeight = opt.entityTypeWeights?.[e.type] ?? 1;
    kept.push({ name: e.name, weight: typeWeight * (inTitle ? opt.titleWeight : leadText.includes(n) ? opt.leadWeight : 1) });
  }
  const entityMentions: { name: string; weight: number }[] =
    kept.length > 0
      ? kept
      : [
          ...entitiesFromTokens(titleTokens, stop).map((e) => ({ name: e.name, weight: opt.titleWeight })),
          ...entitiesFromTokens(bodyTokens, stop).map((e) => ({ name: e.name, weight: bodyWeight(e.at) })),
        ];
  for (const { name, weight } of entityMentions) {
    const key = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (key.length < 2) continue;
    out.bumpKey(`e:${key}`, weight);
    const parts = key.split(' ');
    if (parts.length > 1) {
      // the last word of a multi-word name ("Reid" for "Tara Reid") is how later mentions refer to it
      const last = parts[parts.length - 1];
      if (parts.length <= 4 && !STOP.has(last) && !GENERIC_HEADS.has(last) && !ENTITY_CONNECTORS.has(last) && last.length > 2)
        out.bumpKey(`e:${last}`, weight / 2);
    }
  }

  const quotes = a.quotes && a.quotes.length > 0 ? a.quotes : guessQuotes(body);
  const k = Math.max(2, opt.quoteShingle);
  for (const q of quotes) {
    const words = quoteWords(q);
    for (let i = 0; i + k <= words.length; i++) {
      let key = `q:${words[i]}`;
      for (let j = i + 1; j < i + k; j++) key += ` ${words[j]}`;
      out.bumpKey(key, 1);
    }
  }

  // sublinear term frequency: repetition matters, but less than breadth
  for (let i = 0; i < out.count; i++) {
    const id = out.order[i];
    const v = out.acc[id];
    if (v > 1) out.acc[id] = 1 + Math.log(v);
  }
  const pastYear = opt.pastYearWeight ?? 1;
  if (pastYear !== 1) discountPastYears(out, pastYear);
}
