// An analysis' stored JSON (entities, mentions, quotes): made once, by whoever made the analysis (a prepare thread), not again by the writer.
import type { Analysis } from '../model.js';

/** The three JSON columns an analysis is stored as. */
export interface AnalysisJson {
  entities: string;
  mentions: string;
  quotes: string;
}

const made = new WeakMap<Analysis, AnalysisJson>();

/** The JSON columns of `a`: those it was rebuilt from (`analysisFromJson`), else serialised now. */
export function analysisJson(a: Analysis): AnalysisJson {
  return made.get(a) ?? { entities: JSON.stringify(a.entities), mentions: JSON.stringify(a.mentions), quotes: JSON.stringify(a.quotes) };
}

/** Serialise an analysis for another thread: its three JSON columns (strings cross threads cheaply) and the rest as it is. */
export function analysisToJson(a: Analysis): { json: AnalysisJson; rest: Omit<Analysis, 'entities' | 'mentions' | 'quotes'> } {
  const { entities: _e, mentions: _m, quotes: _q, ...rest } = a;
  return { json: analysisJson(a), rest };
}

/** The analysis back from `analysisToJson`, remembering its JSON so storing it serialises nothing again. */
export function analysisFromJson(wire: ReturnType<typeof analysisToJson>): Analysis {
  const a: Analysis = {
    entities: JSON.parse(wire.json.entities),
    mentions: JSON.parse(wire.json.mentions),
    quotes: JSON.parse(wire.json.quotes),
    ...wire.rest,
  };
  made.set(a, wire.json);
  return a;
}
