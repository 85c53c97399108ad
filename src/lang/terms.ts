// Content terms of a text in its language: Intl.Segmenter words, stopwords-iso removed, Snowball stems (for vectors and matching).
import snowball from 'snowball-stemmers';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

/** Snowball algorithm per ISO 639-1 code. */
const STEMMERS: Record<string, string> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  es: 'spanish',
  pt: 'portuguese',
  it: 'italian',
  ru: 'russian',
  ar: 'arabic',
  nl: 'dutch',
  sv: 'swedish',
  da: 'danish',
  no: 'norwegian',
  fi: 'finnish',
  hu: 'hungarian',
  ro: 'romanian',
  tr: 'turkish',
  ca: 'catalan',
  cs: 'czech',
};

const stemmerCache = new Map<string, snowball.Stemmer | null>();
const stopCache = new Map<string, Set<string>>();
const segmenterCache = new Map<string, Intl.Segmenter>();

/** The stopwords of a language (lower case) from stopwords-iso; empty for a language it does not list. */
export function stopwords(lang: string): Set<string> {
  let s = stopCache.get(lang);
  if (!s) {
    const list = (stopwordsIso as Record<string, string[] | undefined>)[lang] ?? [];
    s = new Set(list.map((w) => w.toLowerCase()));
    stopCache.set(lang, s);
  }
  return s;
}

/** The Snowball stem of a lower-case word in a language; the word itself when the language has no stemmer. */
export function stem(word: string, lang: string): string {
  const key = `${lang}\u0000${word}`;
  const hit = stemMemo.get(key);
  if (hit !== undefined) return hit;
  const out = stemUncached(word, lang);
  if (stemMemo.size >= STEM_MEMO_MAX) stemMemo.clear();
  stemMemo.set(key, out);
  return out;
}

/** Stems already computed (news repeats its words): a bounded memo, emptied when full. */
const stemMemo = new Map<string, string>();
const STEM_MEMO_MAX = 100_000;

function stemUncached(word: string, lang: string): string {
  let st = stemmerCache.get(lang);
  if (st === undefined) {
    const alg = STEMMERS[lang];
    st = alg ? snowball.newStemmer(alg) : null;
    stemmerCache.set(lang, st);
  }
  return st ? st.stem(word) : word;
}

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenterCache.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang || undefined, { granularity: 'word' });
    segmenterCache.set(lang, s);
  }
  return s;
}

/** Words of a text as Intl.Segmenter finds them for the language (scripts without spaces included), with offsets. */
export function words(text: string, lang: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  for (const seg of segmenter(lang).segment(text)) if (seg.isWordLike) out.push({ word: seg.segment, start: seg.index });
  return out;
}

/**
 * Content terms of `text` in language `lang` (ISO 639-1): lower-cased words that are not stopwords of the language,
 * not pure numbers, stemmed with the language's Snowball stemmer. The weave can use these as per-language vector terms.
 */
export function terms(text: string, lang: string): string[] {
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const stop = stopwords(code);
  const out: string[] = [];
  for (const { word } of words(text, code)) {
    const w = word.toLowerCase();
    if (stop.has(w) || /^\p{N}+$/u.test(w)) continue;
    out.push(stem(w, code));
  }
  return out;
}
