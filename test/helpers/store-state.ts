// Test helper: everything a user sees of a store, read through the engine (articles with their copy lineage and place, events, storylines), comparable across runs.
import type { Engine } from '../../src/engine/index.js';
import type { Store } from '../../src/store/store.js';
import { weaverOfRecords } from '../../src/engine/key-idf-rows.js';

export interface EngineState {
  articles: string[];
  events: string[];
  storylines: string[];
}

/** The events and storylines the store's weave rows give now (key terms and names ranked by the stored IDF snapshot). */
export async function weaveOwnSummaries(store: Store): Promise<string> {
  const w = weaverOfRecords(await store.loadWeaveRows())!;
  return JSON.stringify([w.events(), w.storylines()]);
}

/** The state (listed events and storylines with their key terms and names) and the weave's own events and storylines: after a killed and resumed run both must be the same. */
export async function settledState(state: EngineState, store: Store): Promise<EngineState & { weave: string }> {
  return { ...state, weave: await weaveOwnSummaries(store) };
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
