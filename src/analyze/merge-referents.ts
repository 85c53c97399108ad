// One entity per referent in languages other than English: inflected forms by their stems, a surname alone by its full
// name; and the entities the merged mentions make.
import type { Entity, EntityType } from '../model.js';
import { type LangProfile, stem } from '../lang/index.js';
import type { EntityResult, NameMention } from './entities.js';
import { langLex } from './lang-lex.js';

/** One entity per referent: inflected forms by their stems (`Путина` = `Путин`), a surname alone by its full name. */
export function mergeReferents(raw: NameMention[], p: LangProfile): void {
  const stemKey = (name: string): string =>
    name
      .split(/\s+/)
      .map((w) => stem(w.toLowerCase(), p.code))
      .join(' ');
  const particles = langLex(p).surnameParticles;
  /** how many of the words open with a surname's particles (`Von der Leyen`: 2) */
  const particleCount = (ws: string[]): number => particles.find((ps) => ps.length < ws.length && ps.every((w, i) => ws[i]!.toLowerCase() === w))?.length ?? 0;
  const byStem = new Map<string, string>();
  const fullByLast = new Map<string, { entity: string; type: EntityType }>();
  for (const m of raw) {
    const k = stemKey(m.entity);
    if (!byStem.has(k)) byStem.set(k, m.entity);
    const ws = m.entity.split(/\s+/);
    const surface = m.text.split(/\s+/);
    for (const words of [ws, surface]) {
      if ((m.type !== 'person' && m.type !== 'other') || words.length < 2 || words.length > 4 || particleCount(words) > 0) continue;
      const last = stem(words[words.length - 1]!.toLowerCase(), p.code);
      if (!fullByLast.has(last)) fullByLast.set(last, { entity: m.entity, type: m.type });
    }
  }
  for (const m of raw) {
    const all = m.entity.split(/\s+/);
    // a surname alone, behind its particles too (`Von der Leyen`)
    const ws = all.slice(particleCount(all));
    if (ws.length === 1 && m.type !== 'org' && m.type !== 'place') {
      const full = fullByLast.get(stem(ws[0]!.toLowerCase(), p.code));
      if (full) {
        m.entity = full.entity;
        if (m.type !== 'person') m.type = full.type;
        continue;
      }
    }
    const canon = byStem.get(stemKey(m.entity));
    if (canon) m.entity = canon;
  }
}

/** The entities the merged mentions name (an entity of no known type takes a type one of its mentions has, and every
 * mention its entity's type), the roles titles stand for (`der Kanzler`, `le président`: the person named with the
 * title), and the mentions by their last token. */
export function referents(raw: NameMention[]): Omit<EntityResult, 'mentions'> {
  const roles = new Map<string, string>();
  for (const m of raw) if (m.type === 'person' && m.role.length > 0) roles.set(m.role.join(' '), m.entity);
  const entities = new Map<string, Entity>();
  for (const m of raw) {
    const cur = entities.get(m.entity);
    if (cur) {
      cur.mentions++;
      if (!cur.aliases.includes(m.text)) cur.aliases.push(m.text);
      if (cur.type === 'other' && m.type !== 'other') cur.type = m.type;
    } else entities.set(m.entity, { name: m.entity, type: m.type, aliases: [m.text], mentions: 1 });
  }
  for (const m of raw) m.type = entities.get(m.entity)!.type;
  const byLastToken = new Map<number, NameMention>();
  for (const m of raw) byLastToken.set(m.tokEnd - 1, m);
  return { entities: [...entities.values()], roles, byLastToken };
}
