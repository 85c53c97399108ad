// Who an 'according to' phrase outside English gives: the one named last (`selon lui`), the name before a relative
// (`Elly Schlein, secondo cui`), a document's source, else its subject or the organisation its words name.
import type { Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import type { LangLex } from './lang-lex.js';
import { nameSpeaker, type subjectPhrases } from './lang-subject-phrases.js';
import { matchPhrase } from './lexicon.js';
import type { PersonsSeen } from './persons-seen.js';

export interface AccordingContext {
  norms: string[];
  ll: LangLex;
  mentions: NameMention[];
  inQuote: Uint8Array;
  phrases: ReturnType<typeof subjectPhrases>;
  seen: PersonsSeen;
  /** the source of a document's noun after the phrase (`Según el informe del CSIC`), undefined when none */
  documentAt: (c: number, i: number) => Speaker | null | undefined;
  subjectAt: (from: number, limit: number) => Speaker | null;
}

/** `(c, n, limit)`: the speaker an 'according to' phrase of n words at token c gives, null when none. */
export function accordingSubjects(x: AccordingContext): (c: number, n: number, limit: number) => Speaker | null {
  const { norms, ll, phrases, seen } = x;
  return (c, n, limit) => {
    if (phrases.unnamedSourceAt(c + n)) return null; // (no one, whatever body it is in: `Según fuentes del Ministerio`)
    if (matchPhrase(ll.pronounAccording, norms, c) === n) return seen.pronounSpeaker(c);
    // the name before the comma (`Elly Schlein, secondo cui`), else the person named last
    if (matchPhrase(ll.relativeAccording, norms, c) === n) {
      const m = phrases.nameBeforeComma(c - 1);
      return m ? nameSpeaker(m) : seen.pronounSpeaker(c);
    }
    const source = x.documentAt(c, c + n);
    if (source !== undefined) return source;
    // else its subject, or the organisation its words name (`Nach Angaben des DWD`; not an unnamed one's: `Selon un
    // conseiller de Matignon`), or a name of no known type right after it (`По словам Фидана`)
    const end = phrases.accordingEnd(c + n, limit);
    const named = (m: NameMention): boolean =>
      m.tokEnd <= end && !x.inQuote[m.tokStart] && (m.type === 'org' ? m.tokStart >= c + n : m.type === 'other' && m.tokStart === c + n);
    const org = !ll.indefinite.has(norms[c + n] ?? '') && x.mentions.find(named);
    return x.subjectAt(c + n, end) ?? (org ? nameSpeaker(org) : phrases.elidedIn(c + n, end));
  };
}
