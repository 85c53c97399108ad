// Page-furniture lines of every language with rules (data/lang/*/boilerplate.json): "Alle Nachrichten", "Leia mais", "Читайте также".
import { profileFor, SUPPORTED_LANGUAGES } from './profile.js';

/** Lower case, spaces squashed, surrounding punctuation and symbols (`»`, `:`, `…`, `|`) dropped. */
function key(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

const LINES = new Set<string>();
const TAILS = new Set<string>();
const CAPTIONS = new Set<string>();
/** phrases that end a tail heading, normalised */
const TAIL_ENDINGS: string[] = [];
/** tail headings given as a first word and any second one ("Weitere *"): their first words */
const TAIL_LEADS = new Set<string>();
for (const code of SUPPORTED_LANGUAGES) {
  for (const l of profileFor(code).boilerplate) LINES.add(key(l));
  for (const l of profileFor(code).tailHeadings) {
    if (l.endsWith(' *')) TAIL_LEADS.add(key(l.slice(0, -2)));
    else TAILS.add(key(l));
  }
  for (const l of profileFor(code).captionLabels) CAPTIONS.add(key(l));
  for (const l of profileFor(code).tailEndings) TAIL_ENDINGS.push(key(l));
}

/** Longest furniture line, in characters: longer lines are never looked up. */
const MAX_CHARS = Math.max(...[...LINES].map((l) => l.length)) + 8;

/** A heading ending in a tail phrase is short: a longer line with that ending is a sentence of the text. */
const TAIL_ENDING_MAX_WORDS = 8;
const TAIL_ENDING_MAX_CHARS = 80;

/** A count before a tail heading ("3 Kommentare", "12 commentaires"): the heading is what counts. */
const COUNT_LEAD = /^\s*(?:\d+|%d)\s+/;

/** The furniture lines of all languages with rules, normalised (lower case, no edge punctuation). */
export function boilerplateLines(): ReadonlySet<string> {
  return LINES;
}

/** A line that is only furniture in some language ("Kommentare", "Teilen", "Lire aussi", "اقرأ أيضا"). */
export function isBoilerplateLine(line: string): boolean {
  return line.length <= MAX_CHARS && LINES.has(key(line));
}

/** A short teaser line led by a furniture phrase and a colon: "Lire aussi : …", "Leia mais: …", "Читайте также: …". */
export function isBoilerplateLead(line: string, maxChars = 200): boolean {
  if (line.length > maxChars) return false;
  const colon = line.search(/[:：|»]/u);
  if (colon <= 0 || colon > MAX_CHARS) return false;
  return LINES.has(key(line.slice(0, colon)));
}

/** A heading that opens a page's tail in some language ("Weitere Themen", "Sur le même sujet", "Читайте также", "3 Kommentare"). */
export function isTailHeading(line: string): boolean {
  if (line.length > Math.max(MAX_CHARS, TAIL_ENDING_MAX_CHARS)) return false;
  const k = key(line.replace(COUNT_LEAD, ''));
  if (TAILS.has(k)) return true;
  const words = k.split(' ');
  if (words.length === 2 && TAIL_LEADS.has(words[0]!)) return true;
  // A heading that ends with a recommendation phrase: "Diese Artikel könnten euch auch interessieren:", "Stories you might also like".
  return words.length <= TAIL_ENDING_MAX_WORDS && TAIL_ENDINGS.some((e) => k === e || k.endsWith(` ${e}`));
}

/** Captions and credits are short. */
const CAPTION_MAX_CHARS = 120;
/** A caption that opens with its label ("Foto:", "Abbildung:") is told by the label; it may be longer. */
const LABELLED_CAPTION_MAX_CHARS = 300;

/** An image caption or credit line in some language: "Foto: dpa", "Crédits photos : Bestimage", "Фото © ТАСС", "© Reuters". */
export function isCaptionLine(line: string): boolean {
  const t = line.trim();
  // A caption led by its label ("Abbildung: Vergleich auf dem Gletscher. Unsere Messungen ...") may run to a few sentences.
  const m = /^([^:©/|]{2,30}?)\s*[:©/|]/u.exec(t);
  if (m !== null && t.length <= LABELLED_CAPTION_MAX_CHARS && CAPTIONS.has(key(m[1]!))) return true;
  if (t.length > CAPTION_MAX_CHARS) return false;
  if (/^©|©\s*[\p{Lu}\d]/u.test(t) && t.split(/\s+/).length <= 12) return true;
  // The label after what the picture shows: "Roman Prymula, photo: Archives du Gouvernement".
  const after = /,\s*([^,:]{2,30}?)\s*:/u.exec(t);
  if (after !== null && CAPTIONS.has(key(after[1]!))) return true;
  // A credit closing the line: "Das Hermelin im Winter (mlharing / iStock.com)", "Angus Barbieri /domena publiczna".
  return CREDIT_END.test(t);
}

/** A photographer and agency in brackets, or a credit after a spaced slash, at the end of a short line. */
const CREDIT_END = /\([^()/]{2,40}\s\/\s[^()/]{2,40}\)$|\s\/[\p{L}][\p{L} .-]{2,40}$/u;
