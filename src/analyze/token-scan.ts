// Finds the analyzer's raw tokens by hand, exactly the matches of the regex it replaces, with no match objects.
//
// The regex: /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[’'\-\u2010\u2011.&][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*\.?|\S/gu
// over text[start, end): combining marks inside a word belong to it (`صرّح`, a decomposed `é`).
// Its greedy path never backtracks (each joiner must be followed by a letter or digit, the final period is optional),
// so taking the longest run at each step gives the same match the regex engine gives.

import { LN, LU, MARK, SPACE, classAt, codePointIn, unitClassOf } from '../util/char-class.js';

/** A character allowed between two letter-or-digit runs of one word: ’ ' - ‐ ‑ . & */
function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2d || c === 0x2019 || c === 0x2010 || c === 0x2011 || c === 0x26;
}

/** The end of the run of letters and digits (and marks after its first) starting at `i` (`i` when there is none). */
function lnRunEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        j++;
        continue;
      }
      return j;
    }
    const cp = codePointIn(text, j, end);
    const k = classAt(cp);
    if ((k & LN) === 0 && (j === i || (k & MARK) === 0)) return j;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/** The end of `(?:\p{Lu}\.){2,}` at `i`, or -1 when fewer than two repeats match. */
function dottedCapsEnd(text: string, i: number, end: number): number {
  let j = i;
  let reps = 0;
  while (j < end) {
    const cp = codePointIn(text, j, end);
    const w = cp > 0xffff ? 2 : 1;
    if ((classAt(cp) & LU) === 0 || j + w >= end || text.charCodeAt(j + w) !== 0x2e) break;
    j += w + 1;
    reps++;
  }
  return reps >= 2 ? j : -1;
}

/** Whether `c` is an apostrophe, straight or curly. */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/**
 * The token starting at `i` (a non-space character), by the regex's three alternatives in order, packed as
 * `end * 2 + (1 when it holds an apostrophe, ' or ’)`: read it with `tokenEndOf` and `hasApostrophe`.
 */
export function scanToken(text: string, i: number, end: number): number {
  const caps = dottedCapsEnd(text, i, end);
  if (caps >= 0) return caps * 2;
  let j = lnRunEnd(text, i, end);
  if (j === i) {
    // \S: one code point
    return (i + (codePointIn(text, i, end) > 0xffff ? 2 : 1)) * 2 + (isApostrophe(text.charCodeAt(i)) ? 1 : 0);
  }
  let apostrophe = 0;
  while (j + 1 < end && isJoiner(text.charCodeAt(j))) {
    const k = lnRunEnd(text, j + 1, end);
    if (k === j + 1) break;
    if (isApostrophe(text.charCodeAt(j))) apostrophe = 1;
    j = k;
  }
  if (j < end && text.charCodeAt(j) === 0x2e) j++;
  return j * 2 + apostrophe;
}

/** The end of a token packed by `scanToken`. */
export function tokenEndOf(packed: number): number {
  return Math.floor(packed / 2);
}

/** Whether a token packed by `scanToken` holds an apostrophe. */
export function hasApostrophe(packed: number): boolean {
  return packed % 2 === 1;
}

/** The first offset at or after `i` (before `end`) that is not whitespace (`\s`); `end` when there is none. */
export function skipSpace(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    // every \s character is in the BMP
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && (unitClassOf(c) & SPACE) !== 0)) i++;
    else break;
  }
  return i;
}

/** Whether code unit `u` alone is a letter or digit. */
export function unitIsWordStart(u: number): boolean {
  return (unitClassOf(u) & LN) !== 0;
}

/** Whether code unit `u` alone is an upper-case letter. */
export function unitIsUpper(u: number): boolean {
  return (unitClassOf(u) & LU) !== 0;
}
