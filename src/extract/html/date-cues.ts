// The words that label a shown date ("Published", "Updated", "Originally published") in every language with rules, as patterns.
import { LANG_DATA } from '../../lang/registry.js';

/** Typed error: a language's dates.json holds a cue list that is not a list of words. */
export class DateCueDataError extends Error {
  constructor(code: string, key: string) {
    super(`data/lang/${code}/dates.json: "${key}" must be a list of lower-case words or phrases`);
    this.name = 'DateCueDataError';
  }
}

type CueKey = 'publishedCues' | 'updatedCues' | 'originalCues';

function cues(key: CueKey): string[] {
  const out = new Set<string>();
  for (const [code, data] of Object.entries(LANG_DATA)) {
    const list = (data.dates as Record<string, unknown>)[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || !w.trim())) throw new DateCueDataError(code, key);
    for (const w of list as string[]) out.add(w.toLowerCase());
  }
  return [...out];
}

const asPattern = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A pattern matching any of the words as a whole word (letters of any script count as word characters, unlike `\b`). */
function wholeWords(words: string[]): RegExp {
  // Longest first, so "last updated" is tried before "updated".
  const alts = [...words].sort((a, b) => b.length - a.length).map(asPattern);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alts.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
}

/** "Published", "veröffentlicht", "publié", "опубликовано", ...: the line shows the publication date. */
export const PUB_CUE = wholeWords(cues('publishedCues'));
/** "Updated", "aktualisiert", "mis à jour", "обновлено", ...: the line shows a later update. */
export const UPD_CUE = wholeWords(cues('updatedCues'));
/** "Originally published", "ursprünglich veröffentlicht", ...: the line dates the first publication of a republished piece. */
export const ORIGINAL_CUE = wholeWords(cues('originalCues'));
