// Names in scripts without capitals (Arabic) beyond the gazetteer: the words a title or a listed first name introduces,
// and their last word later on (names after a head noun: headed-names.ts).
import { canonicalAlias } from '../lang/index.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import { matchPhrase } from './lexicon.js';
import { procliticMatch } from './lang-cues.js';
import type { Token } from './tokens.js';

/** Arabic one-letter proclitics (and, so, with, for) that may be glued to a name. */
export const PROCLITIC = /^[وفبل]/u;
/** A word that cannot open a personal name in a script without capitals: the article (with a one-letter proclitic) or `لل`. */
export const DEFINITE = /^(?:[وفبلك]?ال|لل)/u;
/** A nisba (`السوداني`, `المصري`): after a title an adjective of it, after a first and a father's name the family name. */
const NISBA = /^ال\p{L}{2,}ي$/u;
/** A noun with a possessive pronoun glued to it (`ثقته`: his confidence, `قرارها`): no family name. */
const POSSESSIVE = /(?:ته|ها|هم|هما)$/u;
/** Words from a cue to the complementizer after a titled name, at most. */
const CUED_TITLE_WORDS = 14;
/** Words of a personal name, at most (`محمد بن عبد الرحمن آل ثاني`). */
const MAX_NAME = 6;
/** Words that join the next one into one part of a personal name (`عبد الفتاح`, `أبو الغيط`, `بن سلمان`). */
export const PARTICLES = new Set(['عبد', 'أبو', 'ابو', 'بن', 'ابن', 'آل', 'ولد']);

/** Letters glued before a word of `set` in `w` (0, or 1 for a one-letter proclitic: `والقاهرة`), -1 when it holds none. */
export function gluedIn(set: { has(w: string): boolean }, w: string): number {
  return set.has(w) ? 0 : PROCLITIC.test(w) && set.has(w.slice(1)) ? 1 : -1;
}

/** Token i is a word not yet in a name, no cue and without digits: one that may be part of a name. */
export function freeWord(tokens: Token[], norms: string[], used: Uint8Array, ll: LangLex, i: number): boolean {
  return i < tokens.length && tokens[i]!.word && !used[i] && matchPhrase(ll.cues, norms, i) === 0 && !/\p{N}/u.test(norms[i]!);
}

/** `in the name of`: what a spokesperson's title and the body it speaks for stand between. */
const SPEAKS_FOR = 'باسم';

/**
 * Scripts without capitals (Arabic): after a title, its definite domain and adjectives and a comma at most, a first name
 * and a family name (each one word behind its particles, more parts only behind a particle, six words at most; a nisba
 * after a father's name) name a person
 * (`الرئيس المصري عبد الفتاح السيسي إن` -> عبد الفتاح السيسي, `وزير الاقتصاد الأردني كريم الحمصي أن`, `المدير الفني
 * للوداد، سامي الإدريسي،`), up to a stopword, a cue, another title or a mark; no one when a definite common noun comes
 * first (`رئيس الحكومة`). Its last word alone later in the text (`وأضاف السيسي:`), a proclitic glued to it or not, is a
 * mention of it that mergeReferents joins to the full name.
 */
export function titledNames(
  text: string,
  tokens: Token[],
  norms: string[],
  used: Uint8Array,
  raw: NameMention[],
  ll: LangLex,
  titleAt: (i: number) => number,
  given: ReadonlySet<string>,
  commonGiven: ReadonlySet<string>,
): void {
  const plain = (i: number): boolean =>
    freeWord(tokens, norms, used, ll, i) &&
    // a name's particle may be a stopword (`بن`)
    (!ll.stop.has(norms[i]!) || PARTICLES.has(norms[i]!)) &&
    // a function word behind a proclitic (`بأن`: that) ends the name too
    !(PROCLITIC.test(norms[i]!) && ll.stop.has(norms[i]!.slice(1)));
  const mention = (start: number, end: number, k: number, e: number, fullStart: number): NameMention => ({
    text: text.slice(start, end),
    start,
    end,
    type: 'person',
    entity: text.slice(start, end),
    tokStart: k,
    tokEnd: e,
    fullTokStart: fullStart,
    role: fullStart < k ? norms.slice(fullStart, k) : [],
    agency: null,
  });
  /** a definite title word right after a definite noun agrees with it as an adjective (`المؤتمر الصحفي`: the press conference) */
  const adjectival = (i: number): boolean => i > 0 && DEFINITE.test(norms[i]!) && DEFINITE.test(norms[i - 1]!) && tokens[i - 1]!.word;
  // the family names of persons the gazetteer named in full (`أيمن الصفدي` ... `وأضاف الصفدي`), as of those titled below
  const lastWords = new Set<string>();
  for (const m of raw) if (m.type === 'person' && m.tokEnd - m.tokStart > 1 && norms[m.tokEnd - 1]!.length >= 3) lastWords.add(norms[m.tokEnd - 1]!);
  for (let i = 0; i < tokens.length; i++) {
    const n = used[i] || adjectival(i) ? 0 : titleAt(i);
    if (n === 0) continue;
    let s = i + n;
    const inName = (x: number): boolean => plain(x) && tokens[x]!.sent === tokens[i]!.sent && text.slice(tokens[x - 1]!.end, tokens[x]!.start) === ' ';
    // a spokesperson's adjectives and `باسم` before the body it speaks for (`المتحدث الرسمي باسم الوزارة، محمد العبد العالي،`)
    let a = s;
    while (a < s + 2 && inName(a) && DEFINITE.test(norms[a]!)) a++;
    if (a < tokens.length && norms[a] === SPEAKS_FOR) s = a + 1;
    // the organisation a title speaks for comes first (`المتحدث باسم وزارة الخارجية ناصر كنعاني`)
    const org = used[s] ? raw.find((m) => m.tokStart === s && m.type === 'org') : undefined;
    if (org) s = org.tokEnd;
    const next = (x: number): boolean => inName(x) && titleAt(x) === 0;
    // the title's definite domain and adjectives, a second title among them (`وزير الاقتصاد الأردني`, `المدير الفني للوداد`,
    // `وزير الخارجية السعودي الأمير`), then a comma at most (an apposition: `المدير الفني للوداد، سامي الإدريسي،`)
    for (let d = 0; d < 4 && inName(s) && DEFINITE.test(norms[s]!); d++) s++;
    const comma = (x: number): boolean => tokens[x]?.text === '،' || tokens[x]?.text === ',';
    const apposed = s > i + n && comma(s);
    if (apposed) s++;
    // the name: parts of one word, each behind its particles (`عبد الفتاح`, `بن عبد الرحمن`, `آل ثاني`): a first name, a
    // second, and more only behind a particle
    let e = s;
    const part = (): boolean => {
      let x = e;
      while (x - s < MAX_NAME - 1 && next(x) && PARTICLES.has(norms[x]!)) x++;
      if (x - s >= MAX_NAME || !next(x)) return false;
      e = x + 1;
      return true;
    };
    // a word behind a proclitic that is no given name joins the title's phrase (`الرئيس وكبير الإداريين`, `لشؤون البحث`)
    const glued = s < tokens.length && /^[ول]/u.test(norms[s]!) && !given.has(tokens[s]!.text) && !given.has(norms[s]!);
    if (s < tokens.length && !DEFINITE.test(norms[s]!) && !glued && part()) {
      part();
      while (e - s < MAX_NAME && next(e) && PARTICLES.has(norms[e]!) && part());
      // a family name after a father's name (`محمد شياع السوداني`), or before a mark or a stopword (`أحمد فؤاد هنو في
      // كلمته`, `محمد حسن علوان إن`); not a cue (`أحمد فؤاد قال`)
      const closed = (x: number): boolean => !tokens[x]?.word || ll.stop.has(norms[x]!);
      if (
        e - s === 2 &&
        !DEFINITE.test(norms[s + 1]!) &&
        next(e) &&
        (NISBA.test(norms[e]!) || (closed(e + 1) && !DEFINITE.test(norms[e]!) && !POSSESSIVE.test(norms[e]!) && matchPhrase(ll.cues, norms, e) === 0))
      )
        e++;
      // between commas the name runs to the closing one (`، محمد العبد العالي،`)
      let x = e;
      while (apposed && x - s < MAX_NAME && next(x)) x++;
      if (x > e && comma(x)) e = x;
    }
    if (e - s >= 2 && !DEFINITE.test(norms[s]!)) {
      raw.push(mention(tokens[s]!.start, tokens[e - 1]!.end, s, e, i));
      for (let q = s; q < e; q++) used[q] = 1;
      const last = norms[e - 1]!;
      if (last.length >= 3) lastWords.add(last);
    }
    i = Math.max(i, e - 1);
  }
  // two or three words between a cue and an apposition with a title (`وقال مطر الطاير، المدير العام`, `الحسين يوعابد، المسؤول`)
  for (let i = 0; i < tokens.length; i++) {
    const s = i + procliticMatch(ll.cues, norms, i);
    if (s === i || used[i]) continue;
    let e = s;
    while (e - s < 3 && plain(e) && titleAt(e) === 0 && tokens[e]!.sent === tokens[i]!.sent) e++;
    if (e - s < 2 || !(tokens[e]?.text === '،' || tokens[e]?.text === ',') || titleAt(e + 1) === 0) continue;
    raw.push(mention(tokens[s]!.start, tokens[e - 1]!.end, s, e, s));
    for (let q = s; q < e; q++) used[q] = 1;
    if (norms[e - 1]!.length >= 3) lastWords.add(norms[e - 1]!);
  }
  // two words before `إن` / `أن` after a cue and a title's phrase of the same sentence (`وقال مدير إدارة الشرق الأوسط … في
  // الصندوق جهاد أزعور إن`): the title's long domain ran past the words above, the name ends where the statement starts
  const cuedTitle = (k: number): boolean => {
    const n = procliticMatch(ll.cues, norms, k);
    return n > 0 && titleAt(k + n) > 0;
  };
  // or where the sentence ends after a definite word of the domain, no statement started (`قال مدير إدارة الأرصاد الجوية في
  // الكويت ضرار العلي.`; not `قال الرئيس التنفيذي … إن الشركة ستواصل توزيعات الأرباح رغم الضغوط.`)
  const endsAfterDomain = (c: number): boolean => tokens[c]!.text === '.' && DEFINITE.test(norms[c - 3] ?? '') && !ll.stop.has(norms[c - 3]!);
  for (let c = 2; c < tokens.length; c++) {
    const ends = !ll.complementizers.has(norms[c]!);
    if ((ends && !endsAfterDomain(c)) || used[c - 1] || used[c - 2] || !plain(c - 2) || !plain(c - 1)) continue;
    if (DEFINITE.test(norms[c - 2]!) || titleAt(c - 2) > 0 || titleAt(c - 1) > 0 || tokens[c - 2]!.sent !== tokens[c]!.sent) continue;
    let k = c - 3;
    const open = (x: number): boolean =>
      x >= 0 && c - x <= CUED_TITLE_WORDS && tokens[x]!.sent === tokens[c]!.sent && !(ends && ll.complementizers.has(norms[x]!));
    while (open(k) && !cuedTitle(k)) k--;
    if (!open(k)) continue;
    raw.push(mention(tokens[c - 2]!.start, tokens[c - 1]!.end, c - 2, c, c - 2));
    used[c - 2] = used[c - 1] = 1;
    if (norms[c - 1]!.length >= 3) lastWords.add(norms[c - 1]!);
  }
  givenNamed(text, tokens, norms, used, raw, given, commonGiven, lastWords, plain, titleAt, mention, ll);
  if (lastWords.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || !tokens[i]!.word) continue;
    const w = norms[i]!;
    const glued = gluedIn(lastWords, w);
    if (glued < 0) continue;
    raw.push(mention(tokens[i]!.start + glued, tokens[i]!.end, i, i + 1, i));
    used[i] = 1;
  }
}

/**
 * A gazetteer name at token i behind a one-letter Arabic proclitic (`وبوتين`, `لروسيا`): pushed to `raw` without the
 * letter, its tokens marked used; returns how many tokens it holds, or 0.
 */
export function procliticName(text: string, tokens: Token[], norms: string[], i: number, ll: LangLex, raw: NameMention[], used: Uint8Array): number {
  if (!PROCLITIC.test(norms[i]!)) return 0;
  const bare = norms[i]!.slice(1);
  const saved = norms[i]!;
  norms[i] = bare;
  const n = matchPhrase(ll.gazetteer, norms, i);
  norms[i] = saved;
  if (n === 0) return 0;
  const name = [bare, ...norms.slice(i + 1, i + n)].join(' ');
  const start = tokens[i]!.start + 1;
  const end = tokens[i + n - 1]!.end;
  const alias = canonicalAlias(text.slice(start, end));
  raw.push({
    text: text.slice(start, end),
    start,
    end,
    type: alias?.type ?? ll.gazType.get(name) ?? 'other',
    entity: alias?.name ?? text.slice(start, end),
    tokStart: i,
    tokEnd: i + n,
    fullTokStart: i,
    role: [],
    agency: null,
  });
  for (let q = i; q < i + n; q++) used[q] = 1;
  return n;
}

/**
 * Scripts without capitals (Arabic): a given name of the language's list (data givenNames, behind a one-letter proclitic
 * or not) and the parts after it name a person (`سالم الكعبي`, `ريم نصار`, `خليل إبراهيم المنصوري`, `سنية بن عمار`):
 * each part one word behind its particles, a father's name, an indefinite word or a nisba; a definite word that is no
 * nisba ends it (`محمد الأسبوع`), and a given name alone names no one. The name's last word joins `lastWords`.
 */
function givenNamed(
  text: string,
  tokens: Token[],
  norms: string[],
  used: Uint8Array,
  raw: NameMention[],
  given: ReadonlySet<string>,
  commonGiven: ReadonlySet<string>,
  lastWords: Set<string>,
  plain: (i: number) => boolean,
  titleAt: (i: number) => number,
  mention: (start: number, end: number, k: number, e: number, fullStart: number) => NameMention,
  ll: LangLex,
): void {
  /** a cue right before token i (`وقال`), or a definite noun that describes the person (`الناشرة`, `الدليل السياحي`) */
  const introduced = (i: number): boolean =>
    i > 0 &&
    tokens[i - 1]!.word &&
    tokens[i - 1]!.sent === tokens[i]!.sent &&
    (matchPhrase(ll.cues, norms, i - 1) === 1 || (DEFINITE.test(norms[i - 1]!) && !ll.stop.has(norms[i - 1]!)));
  /** the given name at token i, a one-letter proclitic glued to it or not: how many tokens it spans (`عبد الرحمن`: two),
   * whether it is also a common word (`سعيد`) and how many letters are glued; null when none */
  const givenAt = (i: number): { span: number; common: boolean; glued: number } | null => {
    const w = norms[i];
    if (!w || !tokens[i]!.word) return null;
    for (const [x, glued] of PROCLITIC.test(w)
      ? ([
          [w, 0],
          [w.slice(1), 1],
        ] as const)
      : ([[w, 0]] as const)) {
      if (x === 'عبد' && norms[i + 1] && given.has(`${x} ${norms[i + 1]}`)) return { span: 2, common: false, glued };
      if (given.has(x)) return { span: 1, common: false, glued };
      if (commonGiven.has(x)) return { span: 1, common: true, glued };
    }
    return null;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const found = givenAt(i);
    if (!found) continue;
    const g = found.span;
    const next = (x: number): boolean =>
      plain(x) && titleAt(x) === 0 && tokens[x]!.sent === tokens[i]!.sent && text.slice(tokens[x - 1]!.end, tokens[x]!.start) === ' ';
    let e = i + g;
    // more parts after a father's name or behind a particle (`محمد بن سلمان آل سعود`); a family name ends it
    for (let open = true; open && e - i < MAX_NAME; ) {
      let x = e;
      while (x - i < MAX_NAME - 1 && next(x) && PARTICLES.has(norms[x]!)) x++;
      if (!next(x) || x - i >= MAX_NAME) break;
      // behind a particle any word; else a father's name, a nisba or an indefinite word (after a name that is also a
      // common word, a father's name or a nisba only)
      const at = x === e ? givenAt(x) : null;
      const father = at && !at.common ? at.span : 0;
      // a definite family name closes a name its context introduces (`وقال محمود النوافلة`, `الناشرة سلمى الشريف`)
      const closing = x === e && e === i + g && !found.common && introduced(i) && DEFINITE.test(norms[x]!) && !ll.stop.has(norms[x]!);
      if (closing) {
        e = x + 1;
        break;
      }
      if (x === e && father === 0 && !NISBA.test(norms[x]!) && (DEFINITE.test(norms[x]!) || (found.common && e === i + g))) break;
      open = father > 0 || PARTICLES.has(norms[x + 1] ?? '');
      e = x + (father > 0 ? father : 1);
    }
    if (e - i < 2) continue;
    raw.push(mention(tokens[i]!.start + found.glued, tokens[e - 1]!.end, i, e, i));
    for (let q = i; q < e; q++) used[q] = 1;
    const last = norms[e - 1]!;
    if (last.length >= 3) lastWords.add(last);
    i = e - 1;
  }
}
