// A name whose words after its capitalised head are written small, as French, Italian, Spanish and Portuguese write the
// names of bodies, events and places (`Organisation mondiale de la santé`, `Direzione distrettuale antimafia`, `Ligue
// des champions`, `Camera dei deputati`): the runs of capitals stop at the head; this takes the adjectives after it
// (known by their endings, data nameTails) and one complement (a connector, maybe an article, a noun and its adjectives).
// Our own rule: no kept package tags these languages' adjectives, and a word written small after a head is as often a
// verb (`l'Agence annonce`), which the endings keep out.
import type { LangProfile } from '../lang/index.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import type { Token } from './tokens.js';

/** Adjectives after the head, and after the complement's noun, at most. */
const MAX_ADJECTIVES = 3;

/** Extends each organisation's, event's or place's mention that ends at its head word over the words written small after
 * it that the language's endings show to be its name's; the entity follows where it was the mention's own text. */
export function nameTails(
  raw: NameMention[],
  text: string,
  tokens: readonly Token[],
  norms: readonly string[],
  p: LangProfile,
  ll: Pick<LangLex, 'stop' | 'timeWords' | 'demonyms'>,
): void {
  const t = p.nameTails;
  if (t.endings.length === 0) return;
  const heads = (w: string): boolean => p.orgKeywords.has(w) || p.otherKeywords.has(w) || p.placeKeywords.has(w);
  /** a word written small that the endings or prefixes show to be an adjective, or a nationality's (`Société suisse`) */
  const adjective = (k: number): boolean => {
    const w = tokens[k];
    if (!w?.word || w.cap || !/^[\p{Ll}-]+$/u.test(w.norm) || ll.stop.has(norms[k]!)) return false;
    return (
      ll.demonyms.has(w.norm) ||
      t.endings.some((e) => w.norm.length > e.length + 2 && w.norm.endsWith(e)) ||
      t.prefixes.some((x) => w.norm.length > x.length + 3 && w.norm.startsWith(x))
    );
  };
  /** a word written small that may be a complement's noun: no stopword, three letters or more, no infinitive's ending */
  const nounWord = (w: string): boolean => !ll.stop.has(w) && !t.infinitives.some((x) => w.endsWith(x));
  const noun = (k: number): boolean => !!tokens[k]?.word && !tokens[k]!.cap && norms[k]!.length >= 3 && nounWord(norms[k]!) && !ll.timeWords.has(norms[k]!);
  const adjectives = (k: number): number => {
    let e = k;
    while (e - k < MAX_ADJECTIVES && adjective(e)) e++;
    return e;
  };
  for (const m of raw) {
    // the head: the mention's last capitalised word, only words written small after it (`Organisation mondiale`)
    const words = m.text.split(' ');
    let h = words.length - 1;
    while (h > 0 && /^\p{Ll}/u.test(words[h]!)) h--;
    if (m.type === 'person' || !heads(words[h]!)) continue;
    let tail = m.tokEnd - (words.length - 1 - h);
    while (tail < m.tokEnd && adjective(tail)) tail++;
    if (tail < m.tokEnd) continue; // (a complement there already: `Gran Premio d'Italia`)
    let e = adjectives(m.tokEnd);
    // one complement: `de la santé`, `des champions`, `dei deputati`, `d'or` (an elided connector glued to its noun)
    const glued = /^[dD]['’](\p{Ll}{2,})$/u.exec(tokens[e]?.text ?? '');
    if (glued && nounWord(glued[1]!) && !noun(adjectives(e + 1))) e = adjectives(e + 1);
    else if (t.connectors.includes(norms[e] ?? '')) {
      const n = t.articles.includes(norms[e + 1] ?? '') ? e + 2 : e + 1;
      // (not where more words written small follow the noun that no ending explains: `Société des grands projets`)
      const after = noun(n) ? adjectives(n + 1) : n;
      if (after > n && !noun(after)) e = after;
    }
    if (e === m.tokEnd || tokens[e - 1]!.sent !== tokens[m.tokEnd - 1]!.sent) continue;
    const end = tokens[e - 1]!.end;
    const own = m.entity === m.text;
    m.text = text.slice(m.start, end);
    m.end = end;
    m.tokEnd = e;
    if (own) m.entity = m.text;
  }
}
