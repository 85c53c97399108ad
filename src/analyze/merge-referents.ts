// One entity per referent in languages other than English: inflected forms by their stems, a surname alone by its full name.
import type { EntityType } from '../model.js';
import { type LangProfile, stem } from '../lang/index.js';
import type { NameMention } from './entities.js';

/** One entity per referent: inflected forms by their stems (`Путина` = `Путин`), a surname alone by its full name. */
export function mergeReferents(raw: NameMention[], p: LangProfile): void {
  const stemKey = (name: string): string =>
    name
      .split(/\s+/)
      .map((w) => stem(w.toLowerCase(), p.code))
      .join(' ');
  const byStem = new Map<string, string>();
  const fullByLast = new Map<string, { entity: string; type: EntityType }>();
  for (const m of raw) {
    const k = stemKey(m.entity);
    if (!byStem.has(k)) byStem.set(k, m.entity);
    const ws = m.entity.split(/\s+/);
    const surface = m.text.split(/\s+/);
    for (const words of [ws, surface]) {
      if ((m.type !== 'person' && m.type !== 'other') || words.length < 2 || words.length > 4) continue;
      const last = stem(words[words.length - 1]!.toLowerCase(), p.code);
      if (!fullByLast.has(last)) fullByLast.set(last, { entity: m.entity, type: m.type });
    }
  }
  for (const m of raw) {
    const ws = m.entity.split(/\s+/);
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
