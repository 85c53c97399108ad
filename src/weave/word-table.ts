// The weave's word tokens without a string per token: a scanner finding tokens as the feature tokeniser's regular expression
// does, and a table of word entries keyed by a token's exact text, looked up by its range in the scanned text.
import { LN, classAt, codePointIn } from '../util/char-class.js';
import { hashRange } from './key-table.js';

/** A surface token's exact text, lower-case form and the single-word feature ids it gives under one stopword set. */
export interface WordEntry {
  raw: string;
  lower: string;
  ids: number[];
  /** Whether the token can give a date or a number (holds a digit, or is a month name). */
  dateish: boolean;
}

/** Whether a code point is a letter or a number (\p{L} or \p{N}). */
function isLetterOrNumber(cp: number): boolean {
  return (classAt(cp) & LN) !== 0;
}

/** The code point at i (a surrogate pair read whole; a lone surrogate as itself). */
function codePointAt(text: string, i: number): number {
  return codePointIn(text, i, text.length);
}

/** Marks between word parts: ' ’ . - */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** The one-character tokens: . ! ? ; : , ( ) [ ] newline " “ ” ` « » / | – — */
const MARKS = new Set([...'.!?;:,()[]\n"“”`«»/|–—'].map((c) => c.charCodeAt(0)));

/**
 * Calls `word(start, end)` and `mark(code)` for the tokens of `text`, in order, exactly as
 * /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[.!?;:,()[\]\n"“”`«»/|–—]/gu matches them; anything else is skipped.
 */
export function scanTokens(text: string, word: (start: number, end: number) => void, mark: (code: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    if (isLetterOrNumber(cp)) {
      const start = i;
      i += cp >= 65536 ? 2 : 1;
      for (;;) {
        while (i < n) {
          const c = codePointAt(text, i);
          if (!isLetterOrNumber(c)) break;
          i += c >= 65536 ? 2 : 1;
        }
        // a joiner continues the token only when a letter or number follows it
        if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isLetterOrNumber(codePointAt(text, i + 1))) i++;
        else break;
      }
      word(start, i);
    } else {
      if (MARKS.has(cp)) mark(cp);
      i += cp >= 65536 ? 2 : 1;
    }
  }
}

/** Word entries keyed by their exact text, found by a range of another string (open addressing over 32-bit hashes). */
export class WordTable {
  private slots = new Int32Array(4096);
  private hashes: number[] = [];
  private entries: WordEntry[] = [];
  /** Hash and free slot of the last lookup that missed (where `add` puts its entry). */
  private missHash = 0;
  private missSlot = -1;

  get size(): number {
    return this.entries.length;
  }

  /** The entry whose text equals text[start, end), or undefined (then `add` may store one for it). */
  lookup(text: string, start: number, end: number): WordEntry | undefined {
    const h = hashRange(text, start, end);
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = this.slots[s] - 1;
      if (at < 0) {
        this.missHash = h;
        this.missSlot = s;
        return undefined;
      }
      if (this.hashes[at] !== h) continue;
      const raw = this.entries[at].raw;
      if (raw.length !== len) continue;
      let same = true;
      for (let i = 0; i < len; i++) {
        if (raw.charCodeAt(i) !== text.charCodeAt(start + i)) {
          same = false;
          break;
        }
      }
      if (same) return this.entries[at];
    }
  }

  /** Stores the entry of the range the last lookup missed (no lookup may come between). */
  add(entry: WordEntry): void {
    if (this.missSlot < 0) throw new Error('WordTable.add: no missed lookup to add an entry for (call lookup first)');
    this.slots[this.missSlot] = this.entries.length + 1;
    this.hashes.push(this.missHash);
    this.entries.push(entry);
    this.missSlot = -1;
    if (2 * this.entries.length > this.slots.length) this.grow();
  }

  private grow(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let at = 0; at < this.hashes.length; at++) {
      let s = this.hashes[at] & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = at + 1;
    }
    this.slots = slots;
  }
}
