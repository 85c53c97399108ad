// German: a common noun right before a name that no name is headed by describes the name (`der Firma AEG`, `die Region Dalarna`): no part of it.
import type { LangProfile } from '../lang/index.js';
import { englishWordsOnly } from './borrowed-phrases.js';
import type { Token } from './tokens.js';

/** The name tests a descriptor needs (from nameWordTests). */
export interface DescriptorTests {
  nounEvidence(t: Token): 0 | 1 | 2;
  commonNoun(t: Token): boolean;
  compoundNoun(t: Token): boolean;
  orgHead(w: string): boolean;
  adjective(t: Token): boolean;
}

/**
 * Token i, in a run a..e, is a noun of the lexicon describing the name after it: a language that capitalises its common
 * nouns, no adjective (`Europäische Arzneimittel-Agentur`), no head of a body's, place's or event's name (`Universität
 * Warschau`, `Schloss Juval`, `Festival …` stay whole), the next word no common noun (`Forum Waffenrecht` stays whole)
 * and the words after it not all common English words.
 */
export function describingNoun(tokens: readonly Token[], a: number, i: number, e: number, x: DescriptorTests, p: LangProfile): boolean {
  // first in the run a..e or after a small word in it (`Gebäude von der Firma AEG`), not after a capital (`Senatorin Iris …`)
  if (!p.capitalisedCommonNouns || e - i < 2 || (i > a && tokens[i - 1]!.cap)) return false;
  const t = tokens[i]!;
  const next = tokens[i + 1]!;
  if (x.nounEvidence(t) !== 1 || x.adjective(t) || x.orgHead(t.text) || p.placeKeywords.has(t.text) || p.otherKeywords.has(t.text)) return false;
  // (the name left would be common English words: the run is one borrowed phrase, `Joint Ventures`, `Snowboard Freestyle`)
  return !x.commonNoun(next) && !x.compoundNoun(next) && !englishWordsOnly(tokens.slice(i + 1, e));
}
