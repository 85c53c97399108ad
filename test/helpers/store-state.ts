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

/** A listed event or storyline without its key terms and names (a summary keeps those it was written with until its event changes). */
export function withoutKeyTerms({ label: _l, topTerms: _t, headline: _h, ...rest }: Record<string, unknown>): string {
  return JSON.stringify(rest);
}

/** The events and storylines the store's weave rows give now (key terms and names ranked by today's IDF). */
export async function weaveOwnSummaries(store: Store): Promise<string> {
  const w = Weaver.fromRows(weaveRowSet(await store.loadWeaveRows())!);
  return JSON.stringify([w.events(), w.storylines()]);
}

/**
 * The state with each listed event's and storyline's key terms and names left out, and the weave's own events and
 * storylines added: after a killed and resumed run the listed key terms hang on when the flushes fell; the weave itself
 * must be the same.
 */
export async function settledState(state: EngineState, store: Store): Promise<EngineState & { weave: string }> {
  const settle = (json: string): string => withoutKeyTerms(JSON.parse(json) as Record<string, unknown>);
  return { ...state, events: state.events.map(settle), storylines: state.storylines.map(settle), weave: await weaveOwnSummaries(store) };
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
