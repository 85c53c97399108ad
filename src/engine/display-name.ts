// A readable name for an article: its title, unless it has none or the "title" is a date or dateline ("NOVEMBER 12,
// 2007"); then the first sentence of its text, cut at a word. The date words are data (data/desk-names.json).
import rules from '../../data/desk-names.json' with { type: 'json' };

const DATE_WORDS = new Set(rules.dateWords);

/** Whether a title holds nothing but date words, numbers and punctuation. */
export function isDateLike(title: string): boolean {
  const words = title.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.every((w) => DATE_WORDS.has(w)) && /\d/.test(title);
}

/** A dateline opening a text: a place in capitals, a comma, a short date (and agency), then "." or a dash ("MOSCOW, November 9 (TASS). "). */
const DATELINE = /^[\p{Lu}][\p{Lu}\s.'’-]{1,40},\s[^.\n]{0,40}?(\([^)]{1,40}\))?\s*(\.|[-–—]+)\s+/u;

/** The first sentence of a text, at most about `max` characters (cut at a word, with an ellipsis). */
export function firstSentence(text: string, max = rules.maxChars): string | null {
  const flat = text.replace(/\s+/g, ' ').trim().replace(DATELINE, '');
  if (!flat) return null;
  const end = /[.!?…](?=\s+[\p{Lu}"“«(\d]|$)/u.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The title to show: the real title, else the text's first sentence, else null. */
export function readableTitle(title: string | null, text: string | null): string | null {
  const t = title?.trim();
  if (t && !isDateLike(t)) return t;
  return (text ? firstSentence(text) : null) ?? (t || null);
}

/** Whether a title needs the text to be made readable. */
export function needsText(title: string | null): boolean {
  return !title?.trim() || isDateLike(title);
}
