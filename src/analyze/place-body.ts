// A body's name that a known place opens in English word order, its head word last (`Florida International University`,
// `Oxford Institute`): the gazetteer finds the place, and the words after it would make a second name cut short.
import type { Token } from './tokens.js';

/** Words after the place, at most, up to the head word (`International University`). */
const MAX_AFTER = 3;

/**
 * The end (token index) of a body's name opened by the place ending at token `end`: capitalised words in the same sentence,
 * one space apart, none taken by another name nor known as a name of its own, the last an organisation's head word
 * (`orgHead`); -1 when there is none.
 */
export function bodyAfterPlace(
  text: string,
  tokens: Token[],
  used: Uint8Array,
  end: number,
  orgHead: (w: string) => boolean,
  known: (w: string) => boolean,
): number {
  for (let e = end; e < end + MAX_AFTER && e < tokens.length; e++) {
    const t = tokens[e]!;
    if (used[e] || !t.word || !t.cap || t.sent !== tokens[end - 1]!.sent || text.slice(tokens[e - 1]!.end, t.start) !== ' ') return -1;
    if (orgHead(t.text)) return e + 1;
    if (known(t.text)) return -1;
  }
  return -1;
}
