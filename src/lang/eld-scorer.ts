// eld's medium detection over its own n-gram data held in typed arrays: the same answer as eld's detect(), at a fraction of its cost.
// eld (github.com/nitotm/efficient-language-detector-js) scores a text by the 4-byte n-grams of its first ~380 UTF-8 bytes:
// each distinct n-gram adds, per language that has it, its stored score plus 53. eld keeps every n-gram as an object of
// language -> score and walks it with `for...in` (string keys, a runtime call per n-gram); here each n-gram's scores are
// a run of two typed arrays found through one Map, and the per-language sums are integers, so their order changes nothing.
import type { NgramTable } from './eld-table.js';

/** The parts of eld this scorer reads as they are: its separator pattern, byte characters and average scores. */
export interface EldPieces {
  /** eld's `separators`: runs of non-letters (not ending in an apostrophe), replaced by one space. */
  separators: RegExp;
  /** eld's byte -> character table for bytes >= 0x80. */
  dictionary: readonly string[];
  /** eld's average score of a correct detection, per language. */
  avgScore: Readonly<Record<string, number>>;
}

/** What callers read of a detection: eld's `language` ('' for none), `getScores()[language]` and `isReliable()`. */
export interface EldAnswer {
  language: string;
  score: number;
  reliable: boolean;
}

/** eld's constants: it reads the first 1,000 characters, cuts at a space past 350 bytes or anywhere past 380, adds 53 per n-gram. */
const MAX_CHARS = 1000;
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;
const BASE_NGRAM_SCORE = 53;
const MAX_WORD_BYTES = 70;
const SCALE = 25;
const RELIABLE_RATIO = 0.75;
/** Characters of a head that hold eld's ~380 bytes for most texts in Latin script (a text whose cut falls past them is processed whole). */
const HEAD_CHARS = 480;

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Detection by eld's rules over a table of eld's n-grams; one per thread, reused (its sums are scratch space). */
export class EldScorer {
  private readonly index = new Map<string, number>();
  private readonly sums: Float64Array;

  constructor(
    private readonly table: NgramTable,
    private readonly pieces: EldPieces,
  ) {
    for (let i = 0; i < table.keys.length; i++) this.index.set(table.keys[i]!, i);
    this.sums = new Float64Array(table.codes.length);
  }

  /** eld's detect(text), read as `language`, `getScores()[language]` and `isReliable()`; `headChars` moves the head (tests put it everywhere). */
  detect(text: string, headChars = HEAD_CHARS): EldAnswer {
    const words = this.wordsOfHead(text, headChars) ?? this.byteWords(this.processed(text.substring(0, MAX_CHARS)), false)!;
    const ngrams = byteNgrams(words);
    const { start, langs, scores } = this.table;
    const sums = this.sums;
    sums.fill(0);
    for (const g of ngrams) {
      const i = this.index.get(g);
      if (i === undefined) continue;
      for (let j = start[i]!, end = start[i + 1]!; j < end; j++) sums[langs[j]!]! += scores[j]! + BASE_NGRAM_SCORE;
    }
    return this.answer(ngrams.size);
  }

  /** eld's result: the first language with the highest positive sum; scores scaled and ordered as eld orders them. */
  private answer(numNgrams: number): EldAnswer {
    const sums = this.sums;
    let best = -1;
    for (let l = 0; l < sums.length; l++) if (sums[l]! > 0 && (best < 0 || sums[l]! > sums[best]!)) best = l;
    if (best < 0) return { language: '', score: 0, reliable: false };
    const ordered: [number, number][] = [];
    for (let l = 0; l < sums.length; l++) {
      if (sums[l]! <= 0) continue;
      const s = sums[l]! / numNgrams;
      ordered.push([l, s / (s + SCALE)]);
    }
    ordered.sort((a, b) => b[1] - a[1]);
    const language = this.table.codes[best]!;
    const s = sums[best]! / numNgrams;
    // eld compares the top score with the second entry's language index (its [0]), not its score: kept, for the same answers
    const next = ordered.length > 1 ? ordered[1]![0] : 0;
    const top = ordered[0]![1];
    const reliable = numNgrams >= 3 && !((this.pieces.avgScore[language] ?? Number.NaN) * RELIABLE_RATIO > top || 0.01 > Math.abs(top - next));
    return { language, score: s / (s + SCALE), reliable };
  }

  /** eld's text processing: separator runs to one space, trimmed, lower case. */
  private processed(text: string): string {
    return text.replace(this.pieces.separators, ' ').trim().toLowerCase();
  }

  /**
   * eld's words from a head of the text, or null when its cut does not fall inside the head. A head that ends with an
   * ASCII letter processes to a prefix of what the whole (its first 1,000 characters) processes to: no separator run
   * crosses the letter, trimming the end removes nothing before it, and lower case differs only for a final sigma, which
   * the letter after it decides the same way. So when eld's byte cut falls inside the head, the words are the whole's.
   */
  private wordsOfHead(text: string, headChars: number): string[] | null {
    const limit = Math.min(text.length, MAX_CHARS);
    let k = headChars;
    while (k < limit && !isAsciiLetter(text.charCodeAt(k - 1))) k++;
    return k < limit ? this.byteWords(this.processed(text.substring(0, k)), true) : null;
  }

  /**
   * The text's words as strings of one character per UTF-8 byte (bytes >= 0x80 through eld's dictionary), cut as eld cuts;
   * null when `mustCut` and the text ends before the cut.
   */
  private byteWords(str: string, mustCut: boolean): string[] | null {
    const dict = this.pieces.dictionary;
    const words: string[] = [];
    let word = '';
    let bytes = 0;
    let cut = false;
    for (let i = 0; i < str.length; i++) {
      let c = str.charCodeAt(i);
      if (c < 0x80) {
        if (c === 32) {
          if (word !== '') words.push(word);
          word = '';
          if (bytes > CUT_AFTER) {
            cut = true;
            break;
          }
        } else word += str[i];
        bytes++;
      } else if (c < 0x800) {
        word += dict[0xc0 | (c >> 6)]! + dict[0x80 | (c & 0x3f)]!;
        bytes += 2;
      } else if (c < 0xd800 || c >= 0xe000) {
        word += dict[0xe0 | (c >> 12)]! + dict[0x80 | ((c >> 6) & 0x3f)]! + dict[0x80 | (c & 0x3f)]!;
        bytes += 3;
      } else {
        // a surrogate: joined with the next unit whatever it is (NaN past the end reads as 0), as eld does
        i++;
        c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
        word += dict[0xf0 | (c >> 18)]! + dict[0x80 | ((c >> 12) & 0x3f)]! + dict[0x80 | ((c >> 6) & 0x3f)]! + dict[0x80 | (c & 0x3f)]!;
        bytes += 4;
      }
      if (bytes > ENFORCE_CUT_AFTER) {
        cut = true;
        break;
      }
    }
    if (mustCut && !cut) return null;
    if (word !== '') words.push(word);
    return words;
  }
}

/** The distinct n-grams of the words: 4 bytes at a stride of 3 within a word's first 70, a space marking the word's edges. */
function byteNgrams(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    out.add(`${j === 0 ? ' ' : ''}${word.substring(len !== 3 ? len - 4 : 0)} `);
  }
  return out;
}
