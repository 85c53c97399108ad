// The people a non-English text has named so far, outside quotes, in text order: who a pronoun stands for, and who has
// spoken (a name that spoke counts as a person from then on, whatever the entity rules typed it).
import type { Speaker } from '../model.js';
import type { NameMention } from './entities.js';
import { tokenAt } from './text-view.js';
import type { Token } from './tokens.js';

export class PersonsSeen {
  /** person mentions outside quotes, in text order */
  readonly list: NameMention[];
  private readonly spokenBy = new Set<string>();
  /** the token of the last cue whose subject names no one (`une libraire parisienne évoque`), -1 before any */
  private unnamedAt = -1;

  constructor(
    mentions: readonly NameMention[],
    inQuote: Uint8Array,
    private readonly tokens: Token[],
    private readonly byStart: Map<number, NameMention>,
  ) {
    this.list = mentions.filter((m) => m.type === 'person' && !inQuote[m.tokStart]);
  }

  /** a speaker was given a quote: their entity has spoken, and a name that spoke is a person from here on */
  spoke(sp: Speaker | null | undefined): void {
    if (sp?.entity) this.spokenBy.add(sp.entity);
    if (sp?.via !== 'name') return;
    const m = this.byStart.get(tokenAt(this.tokens, sp.start));
    const list = this.list;
    if (!m || m.start !== sp.start || m.type === 'org' || m.type === 'place' || list.includes(m)) return;
    let at = list.length;
    while (at > 0 && list[at - 1]!.tokStart > m.tokStart) at--;
    list.splice(at, 0, m);
  }

  /** whether the subject of the cue at token i names no one (passed on): a pronoun after it stands for that one */
  unnamedIf(unnamed: boolean, i: number): boolean {
    if (unnamed) this.unnamedAt = i;
    return unnamed;
  }

  hasSpoken(entity: string): boolean {
    return this.spokenBy.has(entity);
  }

  /** the last person named before token i */
  lastBefore(i: number): NameMention | null {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.tokStart < i) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.list[lo - 1]! : null;
  }

  /** the pronoun at token i as the last person named before it, or null (none, or one unnamed spoke after them) */
  pronounSpeaker(i: number): Speaker | null {
    const m = this.lastBefore(i);
    if (!m || (this.unnamedAt > m.tokStart && this.unnamedAt < i)) return null;
    const t = this.tokens[i]!;
    return { name: t.text, start: t.start, end: t.end, entity: m.entity, via: 'pronoun' };
  }
}
