// A prepared document as it crosses between threads: the analysis as its stored JSON (a few strings to copy instead of
// hundreds of small objects to clone), rebuilt on the writer's side with that JSON kept for the store.
import type { Prepared } from '../engine/prepare.js';
import { analysisFromJson, analysisToJson } from '../store/analysis-json.js';

type PreparedArticle = Extract<Prepared, { kind: 'article' }>;

export type PreparedWire = Exclude<Prepared, { kind: 'article' }> | (Omit<PreparedArticle, 'analysis'> & { analysis: ReturnType<typeof analysisToJson> });

export function toWire(p: Prepared): PreparedWire {
  return p.kind === 'article' ? { ...p, analysis: analysisToJson(p.analysis) } : p;
}

export function fromWire(w: PreparedWire): Prepared {
  return w.kind === 'article' ? { ...w, analysis: analysisFromJson(w.analysis) } : w;
}
