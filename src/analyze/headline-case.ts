// Which sentences are written in title case (headlines and title-case lines), where capitals do not mark names.
import { LEX } from './lexicon.js';
import { isCapitalUnit, type Token } from './tokens.js';

/** Whether `w` holds a letter: at once when it starts with an ASCII one (most words), else by the Unicode class. */
function hasLetter(w: string): boolean {
  const c = w.charCodeAt(0) | 0x20;
  return (c >= 97 && c <= 122) || /\p{L}/u.test(w);
}

/** Whether every word of `set` starts with a capital as tokens count one: then no token without a capital is in it. */
function capitalsOnly(set: ReadonlySet<string>): boolean {
  for (const w of set) if (!isCapitalUnit(w.charCodeAt(0))) return false;
  return true;
}

/** The gazetteer's given names and places all start with a capital (checked on the data): a word without one skips them. */
const NAMES_CAPITALISED = capitalsOnly(LEX.givenNames) && capitalsOnly(LEX.places);

/** Sentences written in title case (headlines): most of their longer words are capitalised. */
export function headlineSentences(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let sent = -1;
  let caps = 0;
  let all = 0;
  let lastText = '';
  const flush = (): void => {
    const ratio = all ? caps / all : 0;
    const closed = lastText === '.' || lastText === '!' || lastText === '?';
    if (all >= 3 && ((!closed && ratio > 0.7) || (sent === 0 && wholePara && all >= 5 && ratio > 0.85) || (capFunction > 0 && ratio > 0.7))) out.add(sent);
  };
  let wholePara = false;
  let capFunction = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sent !== sent) {
      flush();
      sent = t.sent;
      caps = 0;
      all = 0;
      capFunction = 0;
      // the sentence is its own paragraph: nothing of its paragraph before it, and the paragraph ends with it
      let j = i;
      while (j < tokens.length && tokens[j]!.sent === sent) j++;
      wholePara = (i === 0 || tokens[i - 1]!.para !== t.para) && (j === tokens.length || tokens[j]!.para !== t.para);
    }
    lastText = t.text;
    // capitalised function words inside a sentence ("Ties with US, The Ball Is Now") mark title case
    if (t.cap && !t.sentStart && t.text.length <= 5 && LEX.notNames.has(t.text)) capFunction++;
    if (
      t.word &&
      t.text.length >= 4 &&
      hasLetter(t.text) &&
      !LEX.titleWords.has(t.norm) &&
      ((!t.cap && NAMES_CAPITALISED) || (!LEX.givenNames.has(t.text) && !LEX.places.has(t.text)))
    ) {
      all++;
      if (t.cap) caps++;
    }
  }
  flush();
  return out;
}
