// Names in Arabic led by a head noun (data orgKeywords, placeKeywords, otherKeywords): `وزارة الصحة المصرية`, `معبر رفح`,
// `دوري أبطال آسيا للنخبة`, `كأس العالم 2030`. Our own: no library reads Arabic names without capitals.
import type { EntityType } from '../model.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import { matchPhrase } from './lexicon.js';
import { NAME_MARKS } from './quote-marks.js';
import { freeWord, gluedIn, PARTICLES, PROCLITIC } from './titled-names.js';
import type { Token } from './tokens.js';

/** A word of a name after its head with the article, or joined by `و`, not behind a preposition (`الصحة`, `والسكان`, `للآثار`). */
const NAME_ARTICLE = /^(?:و?ال|لل)/u;
/** An adjective with the article after an institution's head (`المركزي`, `المصرية`, `الأعلى`, `الكبرى`, `العامة`, `الكبير`). */
const ADJECTIVE = /^ال\p{L}{2,}(?:ي|ية|ى|ا)$|^ال(?:كبير|عام|عامة|مستقلة|دائم|دائمة|ممتاز)$/u;
/** Adjectives after an institution's head, at most. */
const MAX_ADJECTIVES = 2;
/** Words of a person's name after a title in a place's name, at most (`ملعب الأمير مولاي عبد الله`). */
const TITLED_NAME = 4;
/** A year closing an event's or a plan's name (`كأس العالم 2030`, `رؤية 2030`). */
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * A head noun in the construct state (no article; a glued `و` / `ف` / `ب` / `ل` left out) and the name after it: one
 * word, then up to two with the article (`وزارة الصحة المصرية`, `نادي الهلال`, `شركة أرامكو`), or a place the gazetteer
 * found (`بنك المغرب`, `معبر رفح`); then one complement behind `لل` (`معرض دبي للطيران`) and, after an event's or a plan's
 * head, a year. Also a head with the article and adjectives after it (`البنك المركزي المصري`, `المجلس الأعلى للآثار`);
 * the head alone (`الوزارة`) stands for one named before. Pushed to `raw` with the head's type, their tokens marked used.
 */
export function headedNames(text: string, tokens: Token[], norms: string[], used: Uint8Array, raw: NameMention[], ll: LangLex): void {
  const { heads } = ll;
  const wordAt = (x: number): boolean =>
    freeWord(tokens, norms, used, ll, x) && !ll.stop.has(norms[x]!) && text.slice(tokens[x - 1]!.end, tokens[x]!.start) === ' ';
  const adjectivesFrom = (from: number): number => {
    let e = from;
    while (e < from + MAX_ADJECTIVES && wordAt(e) && ADJECTIVE.test(norms[e]!)) e++;
    return e;
  };
  /** one complement behind `لل` and its adjectives at e (`للآثار`, `للأمن الوطني`), and a year after an event's head */
  const tail = (e: number, type: EntityType): number => {
    if (wordAt(e) && norms[e]!.startsWith('لل')) e = adjectivesFrom(e + 1);
    if (type === 'other' && tokens[e]?.word && !used[e] && YEAR.test(tokens[e]!.text) && text.slice(tokens[e - 1]!.end, tokens[e]!.start) === ' ') e++;
    return e;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (used[i] || !tokens[i]!.word) continue;
    const w = norms[i]!;
    const glued = gluedIn(heads, w);
    const type = glued < 0 ? undefined : heads.get(w.slice(glued));
    if (!type) continue;
    // the name in quotation marks after its head (`شركة «أرامكو السعودية»`): the words inside, four at most
    const close = NAME_MARKS.get(tokens[i + 1]?.text ?? '');
    if (close) {
      let e = i + 2;
      while (e < i + 6 && tokens[e]?.word && matchPhrase(ll.cues, norms, e) === 0) e++;
      if (e > i + 2 && tokens[e]?.text === close) {
        // a known name inside is part of it (`السعودية`)
        for (let m = raw.length - 1; m >= 0; m--) if (raw[m]!.tokStart >= i + 2 && raw[m]!.tokEnd <= e) raw.splice(m, 1);
        raw.push(headedMention(text, tokens, i + 2, e, i, type));
        for (let q = i; q <= e; q++) used[q] = 1;
        i = e;
      }
      continue;
    }
    // a place the gazetteer found after the head, or after its first word, belongs to the name (`بنك المغرب`, `محكمة
    // جنايات الجيزة`)
    const placeAt = (x: number): number => {
      const m = used[x] ? raw.findIndex((r) => r.tokStart === x && r.type === 'place' && r.start === tokens[x]!.start) : -1;
      return m >= 0 && text.slice(tokens[x - 1]!.end, tokens[x]!.start) === ' ' ? m : -1;
    };
    const absorb = (x: number): number => {
      const m = placeAt(x);
      if (m < 0) return x;
      const end = raw[m]!.tokEnd;
      raw.splice(m, 1);
      return end;
    };
    let e: number;
    let seat = true;
    const title = type === 'org' ? 0 : matchPhrase(ll.titles, norms, i + 1);
    if (title > 0) {
      // a place or an event named after a titled person (`مطار الملك عبد العزيز الدولي`): the name's words without the
      // article but after a particle (`عبد الله`)
      e = i + 1 + title;
      const from = e;
      while (e < from + TITLED_NAME && wordAt(e) && (!NAME_ARTICLE.test(norms[e]!) || PARTICLES.has(norms[e - 1]!))) e++;
      if (e === from) continue;
    } else if (placeAt(i + 1) >= 0) e = absorb(i + 1);
    else if (wordAt(i + 1)) {
      e = i + 2;
      if (placeAt(e) >= 0) e = absorb(e);
      else seat = false;
    } else continue;
    // words with the article after the name, not behind a preposition (`محكمة جنايات الجيزة بالسجن`: with prison), nor
    // after its seat, where they are the verb's object (`ودعت شرطة دبي السائقين`), nor a title (`قصر بعبدا المبعوث`)
    while (!seat && e < i + 4 && wordAt(e) && NAME_ARTICLE.test(norms[e]!) && matchPhrase(ll.titles, norms, e) === 0) e++;
    e = tail(seat ? adjectivesFrom(e) : e, type);
    raw.push(headedMention(text, tokens, i, e, i, type, glued));
    for (let q = i; q < e; q++) used[q] = 1;
    i = e - 1;
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (used[i] || !tokens[i]!.word) continue;
    const w = norms[i]!;
    const glued = PROCLITIC.test(w) && w.slice(1).startsWith('ال') ? 1 : 0;
    const type = w.startsWith('ال', glued) ? heads.get(w.slice(glued + 2)) : undefined;
    if (!type) continue;
    let e = adjectivesFrom(i + 1);
    if (e === i + 1) continue;
    e = tail(e, type);
    raw.push(headedMention(text, tokens, i, e, i, type, glued));
    for (let q = i; q < e; q++) used[q] = 1;
    i = e - 1;
  }
}

/** A mention of tokens k..e (its first `glued` letters left out) of the given type, introduced from token `full`. */
function headedMention(text: string, tokens: Token[], k: number, e: number, full: number, type: EntityType, glued = 0): NameMention {
  const start = tokens[k]!.start + glued;
  const end = tokens[e - 1]!.end;
  const name = text.slice(start, end);
  return { text: name, start, end, type, entity: name, tokStart: k, tokEnd: e, fullTokStart: full, role: [], agency: null };
}
