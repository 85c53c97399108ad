// Test helper: everything a user sees of a store, read through the engine (articles with their copy lineage and place, events, storylines), comparable across runs.
import type { Engine } from '../../src/engine/index.js';
import type { Store } from '../../src/store/store.js';
import { weaveRowSet } from '../../src/engine/weave-rows.js';
import { Weaver } from '../../src/weave/index.js';

export interface EngineState {
  articles: string[];
  events: string[];
  storylines: string[];
}

/**
 * The state with each listed event's and storyline's key terms and names left out, and the weave's own events and
 * storylines (key terms ranked by today's IDF) added: a summary keeps the key terms it was written with until its event
 * changes, so after a killed and resumed run they hang on when the flushes fell; the weave itself must be the same.
 */
export async function settledState(state: EngineState, store: Store): Promise<EngineState & { weave: string }> {
  const settle = (json: string): string => {
    const { label: _l, topTerms: _t, headline: _h, ...rest } = JSON.parse(json) as Record<string, unknown>;
    return JSON.stringify(rest);
  };
  const w = Weaver.fromRows(weaveRowSet(await store.loadWeaveRows())!);
  return { ...state, events: state.events.map(settle), storylines: state.storylines.map(settle), weave: JSON.stringify([w.events(), w.storylines()]) };
}

/** Articles (ids, texts, metadata, copy of, event, storyline) in ingest order, and every event and storyline as listed. */
export async function engineState(engine: Engine, store: Store): Promise<EngineState> {
  const lineage = new Map<string, string>();
  for await (const f of store.allFingerprints()) lineage.set(f.articleId, `${f.seq}|${f.copyOf}|${f.similarity}|${f.group}`);
  const articles: string[] = [];
  for await (const a of engine.allArticles()) {
    const place = await store.getAssignment(a.id);
    const { fetchedAt: _f, ...provenance } = a.provenance as unknown as Record<string, unknown>;
    articles.push(JSON.stringify({ ...a, provenance, lineage: lineage.get(a.id), event: place?.event, storyline: place?.storyline, reasons: place?.reasons }));
  }
  const events = (await engine.events({ limit: 1_000_000 })).items.map((e) => JSON.stringify(e));
  const storylines = (await engine.storylines({ limit: 1_000_000 })).items.map((s) => JSON.stringify(s));
  return { articles, events, storylines };
}
