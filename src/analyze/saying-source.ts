// A quotation given as someone's saying through a reporter (Arabic `ونقلت وكالة رويترز عن مصدر حكومي قوله إن «…»`,
// `ونقل بيان للرئاسة عن عون قوله: «…»`): the saying noun before the quotation names its speaker after the source
// preposition, and the organisation that passes it on is the reporter. Language data: `sayingNouns`, `sourcePrepositions`.
import type { LangProfile } from '../lang/index.js';
import type { Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import { nameSpeaker } from './lang-subject-phrases.js';
import type { Token } from './tokens.js';

/** Words between the source preposition and the saying noun, at most (`عن مصدر حكومي مطلع قوله`). */
const MAX_SOURCE = 6;

/**
 * For a quotation opening at token `openTok` in a sentence from `from`: when a saying noun stands right before it (a colon
 * or a complementiser between), the speaker named after the source preposition before that noun (null when the source
 * is no name: `عن مصدر حكومي`), and the organisation named before the preposition as the reporter; undefined when the
 * quotation is not introduced so.
 */
export function sayingSource(
  tokens: Token[],
  norms: string[],
  p: LangProfile,
  complementizers: ReadonlySet<string>,
  byStart: ReadonlyMap<number, NameMention>,
  mentions: readonly NameMention[],
  openTok: number,
  from: number,
): { speaker: Speaker | null; reporter: string | null; cue: string } | undefined {
  if (p.sayingNouns.size === 0) return undefined;
  let k = openTok - 1;
  if (tokens[k]?.text === ':') k--;
  if (complementizers.has(norms[k] ?? '')) k--;
  if (k <= from || !p.sayingNouns.has(norms[k]!)) return undefined;
  for (let j = k - 1; j >= Math.max(from, k - 1 - MAX_SOURCE); j--) {
    if (!p.sourcePrepositions.has(norms[j]!)) continue;
    const m = byStart.get(j + 1);
    const named = m && (m.type === 'person' || m.type === 'org') && m.tokEnd <= k ? m : null;
    const via = mentions.find((o) => o.type === 'org' && o.tokStart >= from && o.tokEnd <= j);
    return { speaker: named ? nameSpeaker(named) : null, reporter: via?.entity ?? null, cue: tokens[k]!.text };
  }
  return undefined;
}
