// Resolves a speaker mention to a canonical entity: names directly, role nouns through the article's roles, pronouns to antecedents.
import type { Speaker } from '../model.js';
import { LEX } from './lexicon.js';
import type { NameMention } from './entities.js';
import { tokenAt, type TextView } from './text-view.js';
import type { Attribution, Subject, Subjects } from './subjects.js';
import { LIMITS } from './limits.js';

/** Returns speakerOf(attribution), memoised; resolved subjects feed later pronoun resolution. */
export function makeSpeakerResolver(v: TextView, sb: Subjects): (a: Attribution) => Speaker | null {
  const { text, tk, tokens, ents, inQuote, cueAt, sentStartTok } = v;
  const { subjectLeft } = sb;
  // ---- speaker resolution
  const personMentions = ents.mentions.filter((m) => m.type === 'person');
  // gender of a person entity when its given name or a title says so: lets he/she skip the wrong antecedent
  const gender = new Map<string, 'm' | 'f'>();
  for (const m of personMentions) {
    if (gender.has(m.entity)) continue;
    const first = m.entity.split(' ')[0]!;
    if (m.role.includes('mr') || m.role.includes('sir') || m.role.includes('lord') || LEX.maleNames.has(first)) gender.set(m.entity, 'm');
    else if (
      m.role.some((r) => r === 'mrs' || r === 'ms' || r === 'miss' || r === 'lady' || r === 'dame' || r === 'queen' || r === 'princess') ||
      LEX.femaleNames.has(first)
    )
      gender.set(m.entity, 'f');
  }
  const agrees = (entity: string, want: 'm' | 'f' | null): boolean => !want || !gender.has(entity) || gender.get(entity) === want;
  const subjectEntity = new Map<number, string>(); // sentence -> entity of its resolved attribution subject
  const resolve = (subj: Subject): Speaker | null => {
    const start = tokens[subj.tokStart]!.start;
    const end = tokens[subj.tokEnd - 1]!.end;
    const name = text.slice(start, end);
    if (subj.kind === 'name') {
      const m = subj.mention!;
      // a name of no known type speaks: a person, unless its head is a common noun of this text ("Bounce Test" / "the test")
      if (m.type === 'other' && m.common) return null;
      if (m.type === 'other') m.type = 'person';
      return { name, start, end, entity: m.entity, via: 'name' };
    }
    const sent = tokens[subj.tokStart]!.sent;
    if (subj.kind === 'role') {
      const key = subj.roleKey!;
      const noun = key.split(' ').slice(-1)[0]!;
      const ent = ents.roles.get(key) ?? ents.roles.get(noun) ?? nearestWithRole(noun, start);
      return { name, start, end, entity: ent, via: 'role' };
    }
    const pn = tokens[subj.tokStart]!.norm;
    // "we" and "I" outside quotation marks are the writer (or a group never named): not a speaker to credit
    if (pn === 'we' || LEX.selfPronouns.has(pn)) return null;
    if (LEX.groupPronouns.has(pn)) return { name, start, end, entity: null, via: 'pronoun' };
    const want = LEX.malePronouns.has(pn) ? 'm' : LEX.femalePronouns.has(pn) ? 'f' : null;
    return { name, start, end, entity: governingSubject(subj.tokStart, want) ?? antecedent(start, sent, want), via: 'pronoun' };
  };

  /** "Putin said he hoped", "The Russian leader noted in the message that he hopes": the subject of an earlier cue in the sentence. */
  function governingSubject(pronounTok: number, want: 'm' | 'f' | null): string | null {
    const lo = sentStartTok(pronounTok);
    const stop = Math.max(lo, pronounTok - LIMITS.governingScanTokens);
    for (let c = pronounTok - 1; c >= stop; c--) {
      if (inQuote[c]) break;
      const n = cueAt(c);
      if (n === 0 || c + n > pronounTok) continue;
      const s = subjectLeft(c, lo);
      if (s && s.kind !== 'pronoun') {
        const ent = resolve(s)?.entity;
        if (ent && agrees(ent, want)) return ent;
      }
      if (s) continue;
    }
    return null;
  }

  // person mentions by role noun (in mention order) and by sentence: the lookups below touch only their own bucket
  const byRole = new Map<string, NameMention[]>();
  for (const m of personMentions) {
    for (const r of new Set(m.role)) {
      const list = byRole.get(r);
      if (list) list.push(m);
      else byRole.set(r, [m]);
    }
  }
  const bySentence = new Map<number, NameMention[]>();
  for (const m of personMentions) {
    const s = sentenceOf(m.start);
    const list = bySentence.get(s);
    if (list) list.push(m);
    else bySentence.set(s, [m]);
  }

  /** Index of the last sentence starting at or before offset `off` (-1 when none). */
  function sentenceOf(off: number): number {
    let lo = 0;
    let hi = tk.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tk.sentences[mid]!.start <= off) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The latest mention (in mention order) holding role `noun` that starts before `before`. */
  function nearestWithRole(noun: string, before: number): string | null {
    const list = byRole.get(noun);
    if (!list) return null;
    // mentions are in text order: binary search for the last one starting before `before`
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < before) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1]!.entity : null;
  }

  /** The person a he/she refers to: the subject of the nearest sentence that has one. */
  function antecedent(before: number, sent: number, want: 'm' | 'f' | null): string | null {
    for (let s = sent; s >= Math.max(0, sent - 6); s--) {
      const resolved = subjectEntity.get(s);
      if (resolved && s < sent && agrees(resolved, want)) return resolved;
      const sent0 = tk.sentences[s]!;
      let first: NameMention | null = null;
      for (const m of bySentence.get(s) ?? []) {
        if (m.start >= sent0.start && m.start < Math.min(sent0.end, before) && !insideQuote(m.start) && agrees(m.entity, want)) {
          first = m;
          break;
        }
      }
      if (first) return first.entity;
    }
    return null;
  }

  function insideQuote(off: number): boolean {
    const i = tokenAt(tokens, off);
    return i < tokens.length && inQuote[i] === 1;
  }

  const speakerCache = new Map<Attribution, Speaker | null>();
  const speakerOf = (a: Attribution): Speaker | null => {
    if (!speakerCache.has(a)) {
      const sp = a.subject ? resolve(a.subject) : null;
      speakerCache.set(a, sp);
      if (sp?.entity && a.subject) subjectEntity.set(tokens[a.subject.tokStart]!.sent, sp.entity);
    }
    return speakerCache.get(a)!;
  };
  return speakerOf;
}
