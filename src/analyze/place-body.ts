// A body's name that a known place opens in English word order, its head word after the place (`Florida International University`,
// `Oxford Institute`): the gazetteer finds the place, and the words after it would make a second name cut short.
import type { Token } from './tokens.js';

/** Words after the place up to the head word, and after the head word, at most (`International University`, `Press`). */
const MAX_AFTER = 3;

/**
 * The end (token index) of a body's name opened by the place ending at token `end`: capitalised words in the same sentence,
 * one space apart, none taken by another name nor, before the head, known as a name of its own; one of them an
 * organisation's head word (`orgHead`), and the name runs on over the capitalised words after it (`Chicago University
 * Press`); -1 when there is none.
 */
export function bodyAfterPlace(
  text: string,
  tokens: Token[],
  used: Uint8Array,
  end: number,
  orgHead: (w: string) => boolean,
  known: (w: string) => boolean,
): number {
  let head = -1;
  let e = end;
  for (; e < tokens.length && e < (head >= 0 ? head + 1 + MAX_AFTER : end + MAX_AFTER); e++) {
    const t = tokens[e]!;
    if (used[e] || !t.word || !t.cap || t.sent !== tokens[end - 1]!.sent || text.slice(tokens[e - 1]!.end, t.start) !== ' ') break;
    if (head < 0 && orgHead(t.text)) head = e;
    else if (head < 0 && known(t.text)) return -1;
  }
  return head >= 0 ? e : -1;
}
