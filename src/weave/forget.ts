// The memory bound's sweep (see WeaveCore.forgetUnheld): it visits only the ids that can be forgotten (live, df <= forgetMaxDf) and the archived events that may hold one, not the whole id space.
import type { WeaveCore } from './core.js';
import type { Vocabulary } from './vocabulary.js';
import { releaseGroups } from './records.js';

/** Live ids of df <= maxDf (a superset of those the sweep can forget), kept across sweeps; and archived id arrays known clean. */
export class ForgetSweep {
  /** The vocabulary the list was built over (a vocabulary rebuilt from rows or a snapshot starts a new list). */
  private vocab: Vocabulary | null = null;
  /** Ids that were live with df <= maxDf at the last sweep, ascending (a live id's df only grows: one above maxDf never returns). */
  private ids: number[] = [];
  /** Id arrays of archived events holding no live id of df <= maxDf: none of their ids can ever be forgotten (arrays are replaced, never written). */
  private readonly clean = new WeakSet<Int32Array>();

  /** The ids to visit: the list kept, with the ids interned since merged in (ascending); a new vocabulary is scanned once. */
  private candidates(vocab: Vocabulary, maxDf: number): number[] {
    if (this.vocab !== vocab) {
      this.vocab = vocab;
      const out: number[] = [];
      for (let id = 0; id < vocab.size; id++) if (vocab.isLive(id) && vocab.df[id] <= maxDf) out.push(id);
      vocab.takeBorn(true);
      return out;
    }
    const born = vocab.takeBorn(true).sort((a, b) => a - b);
    const old = this.ids;
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < old.length || j < born.length) {
      const id = j >= born.length || (i < old.length && old[i] < born[j]) ? old[i++] : born[j++];
      if (out.length === 0 || out[out.length - 1] !== id) out.push(id);
    }
    return out;
  }

  /** One sweep over core (WeaveCore.forgetUnheld's contract); how many features were forgotten. */
  run(core: WeaveCore): number {
    const vocab = core.vocab;
    const config = core.config;
    const maxDf = config.forgetMaxDf;
    const held = new Uint8Array(vocab.size);
    const idleBefore = core.seq - config.forgetAfterArticles;
    // archived events (idle past both bounds) hold no feature: they let go of those forgotten
    const archivedBefore = Math.min(idleBefore, core.seq - config.archiveAfterArticles);
    const archived: number[] = [];
    for (let ev = 0; ev < core.eventList.length; ev++) {
      const e = core.eventList[ev];
      if (e.lastSeq <= archivedBefore) {
        if (e.centroidIds.length + e.founderIds.length > 0 && !(this.clean.has(e.centroidIds) && this.clean.has(e.founderIds))) archived.push(ev);
        continue;
      }
      for (const id of e.centroidIds) held[id] = 1;
      for (const id of e.founderIds) held[id] = 1;
    }
    const window = config.refineWindow;
    for (let s = Math.max(1, core.seq - 2 * window - 1); s <= core.seq; s++) {
      const r = core.recent.atSeq(s);
      if (r) for (const id of r.ids) held[id] = 1;
    }
    const seenBefore = vocab.docs - config.forgetAfterArticles;
    const idle = (list: readonly number[] | undefined): boolean => {
      if (!list) return true;
      for (const ev of list) if (core.eventList[core.live(ev)].lastSeq > idleBefore) return false;
      return true;
    };
    const gone: number[] = [];
    const kept: number[] = [];
    // ascending, as a pass over the whole id space would find them (the rows' order follows)
    for (const id of this.candidates(vocab, maxDf)) {
      if (!vocab.isLive(id) || vocab.df[id] > maxDf) continue;
      if (held[id] || vocab.seen[id] > seenBefore || !idle(core.postings.get(id)) || !idle(core.actorPostings.get(id))) {
        kept.push(id);
        continue;
      }
      gone.push(id);
      held[id] = 2;
      if (core.postings.delete(id)) core.dirtyPostings.add(id);
      if (core.actorPostings.delete(id)) core.dirtyActorPostings.add(id);
    }
    this.ids = kept;
    for (const ev of archived) {
      const e = core.eventList[ev];
      const keep = (ids: Int32Array): number[] => {
        const out: number[] = [];
        for (let i = 0; i < ids.length; i++) if (held[ids[i]] !== 2) out.push(i);
        return out;
      };
      const c = keep(e.centroidIds);
      const f = keep(e.founderIds);
      if (c.length !== e.centroidIds.length || f.length !== e.founderIds.length) {
        e.centroidIds = Int32Array.from(c, (i) => e.centroidIds[i]);
        e.centroidWeights = Float32Array.from(c, (i) => e.centroidWeights[i]);
        e.centroidCounts = Uint32Array.from(c, (i) => e.centroidCounts[i]);
        e.founderIds = Int32Array.from(f, (i) => e.founderIds[i]);
        e.founderWeights = Float32Array.from(f, (i) => e.founderWeights[i]);
        releaseGroups(e);
        core.dirtyEvents.add(ev);
      }
      // the ids left are live (the gone ones were dropped above); with none of df <= maxDf the arrays are done with
      if (noneForgettable(vocab, e.centroidIds, maxDf, held)) this.clean.add(e.centroidIds);
      if (noneForgettable(vocab, e.founderIds, maxDf, held)) this.clean.add(e.founderIds);
    }
    vocab.forget(gone);
    return gone.length;
  }
}

/** Whether no id of the array is of df <= maxDf (gone ids, marked 2 in held, were dropped from it already). */
function noneForgettable(vocab: Vocabulary, ids: Int32Array, maxDf: number, held: Uint8Array): boolean {
  for (let i = 0; i < ids.length; i++) if (held[ids[i]] === 2 || vocab.df[ids[i]] <= maxDf) return false;
  return true;
}
