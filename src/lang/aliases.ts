// One referent, many names: data/lang/aliases.json read into a lookup from any spelling to the canonical entity.
import aliasData from '../../data/lang/aliases.json' with { type: 'json' };
import type { EntityType } from '../model.js';
import { LangDataError } from './profile.js';

const BY_NAME = new Map<string, { name: string; type: EntityType }>();
const TYPES = new Set(['person', 'org', 'place', 'other']);

function key(s: string): string {
  return s.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

const maybe = (aliasData as { entities?: Record<string, { type?: string; aliases?: unknown }> }).entities;
if (!maybe || typeof maybe !== 'object') throw new LangDataError('..', 'aliases', 'entities');
const entries = maybe;
for (const [name, e] of Object.entries(entries)) {
  if (!TYPES.has(e.type ?? '') || !Array.isArray(e.aliases)) throw new LangDataError('..', 'aliases', `entities.${name}`);
  const v = { name, type: e.type as EntityType };
  BY_NAME.set(key(name), v);
  for (const a of e.aliases as string[]) if (!BY_NAME.has(key(a))) BY_NAME.set(key(a), v);
}

/** The canonical entity a name stands for (`U.S.` -> United States, `Путин` -> Vladimir Putin), or null. */
export function canonicalAlias(name: string): { name: string; type: EntityType } | null {
  return BY_NAME.get(key(name)) ?? null;
}

/** Every known spelling (aliases and canonical names), as written in the data file. */
export function aliasSpellings(): string[] {
  const out: string[] = [];
  for (const [name, e] of Object.entries(entries)) out.push(name, ...((e.aliases as string[]) ?? []));
  return out;
}
