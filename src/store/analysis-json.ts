// An analysis' stored JSON (entities, mentions, quotes): made once, by whoever made the analysis (a prepare thread), not
// again by the writer; each list as a table (its objects' keys once, then one array of values per object: listJson).
import type { Analysis, EntityMention } from '../model.js';

/** The three JSON columns an analysis is stored as. */
export interface AnalysisJson {
  entities: string;
  mentions: string;
  quotes: string;
}

const made = new WeakMap<Analysis, AnalysisJson>();

/** A value JSON writes the same inside an array as inside an object (an object's undefined, function or symbol value is left out there, null here; a toJSON may read its key). */
function plainValue(v: unknown): boolean {
  const t = typeof v;
  if (t === 'undefined' || t === 'function' || t === 'symbol') return false;
  return t !== 'object' || v === null || typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * A list of objects as JSON: when every object has the same keys in the same order (and plain values), a table: `[keys,
 * ...rows]`, each row the object's values in key order, a row one value short when its last value is its first again (a
 * mention's entity that is its own text); else the list as it is. listFromJson gives the same objects back (keys in the
 * same order) and reads both forms: a stored list of objects never starts with an array.
 */
export function listJson(xs: readonly object[]): string {
  const first = xs[0];
  if (first === undefined || typeof first !== 'object' || first === null || Array.isArray(first)) return JSON.stringify(xs);
  const keys = Object.keys(first);
  const n = keys.length;
  if (n < 2 || keys.includes('__proto__')) return JSON.stringify(xs);
  const rows: unknown[][] = [keys];
  for (const x of xs) {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return JSON.stringify(xs);
    const own = Object.keys(x);
    if (own.length !== n) return JSON.stringify(xs);
    const row = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (own[i] !== k) return JSON.stringify(xs);
      const v = (x as Record<string, unknown>)[k];
      if (!plainValue(v)) return JSON.stringify(xs);
      row[i] = v;
    }
    if (typeof row[0] === 'string' && row[n - 1] === row[0]) row.length = n - 1;
    rows.push(row);
  }
  return JSON.stringify(rows);
}

/** The list listJson() wrote (or a list stored as it is, as before). */
export function listFromJson<T>(json: string): T[] {
  const parsed = JSON.parse(json) as unknown[];
  if (!Array.isArray(parsed) || !Array.isArray(parsed[0])) return parsed as T[];
  const keys = parsed[0] as string[];
  const n = keys.length;
  const out = new Array<T>(parsed.length - 1);
  for (let r = 1; r < parsed.length; r++) {
    const row = parsed[r] as unknown[];
    const o: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) o[keys[i]!] = i < row.length ? row[i] : row[0];
    out[r - 1] = o as T;
  }
  return out;
}

/** The JSON columns of `a`: those it was rebuilt from (`analysisFromJson`), else made now. */
export function analysisJson(a: Analysis): AnalysisJson {
  return made.get(a) ?? { entities: listJson(a.entities), mentions: listJson(a.mentions), quotes: listJson(a.quotes) };
}

/** The three lists of an analysis from its JSON columns (either form). */
export function analysisLists(json: AnalysisJson): Pick<Analysis, 'entities' | 'mentions' | 'quotes'> {
  return { entities: listFromJson(json.entities), mentions: listFromJson(json.mentions), quotes: listFromJson(json.quotes) };
}

/** Serialise an analysis for another thread: its three JSON columns (strings cross threads cheaply) and the rest as it is. */
export function analysisToJson(a: Analysis): { json: AnalysisJson; rest: Omit<Analysis, 'entities' | 'mentions' | 'quotes'> } {
  const { entities: _e, mentions: _m, quotes: _q, ...rest } = a;
  return { json: analysisJson(a), rest };
}

/**
 * The analysis back from `analysisToJson`, remembering its JSON so storing it serialises nothing again. Its mentions are
 * read from their JSON when first asked for: the writer, which gets every analysis this way, stores them from that JSON
 * and reads only the entities and quotes.
 */
export function analysisFromJson(wire: ReturnType<typeof analysisToJson>): Analysis {
  const { json } = wire;
  let mentions: EntityMention[] | null = null;
  const a: Analysis = {
    entities: listFromJson(json.entities),
    get mentions(): EntityMention[] {
      mentions ??= listFromJson<EntityMention>(json.mentions);
      return mentions;
    },
    set mentions(m: EntityMention[]) {
      mentions = m;
    },
    quotes: listFromJson(json.quotes),
    ...wire.rest,
  };
  made.set(a, json);
  return a;
}
