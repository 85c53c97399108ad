// The memory bound's sweep (see WeaveCore.forgetUnheld): it visits only the ids that can be forgotten (live, df <= forgetMaxDf) and the archived events that may hold one, not the whole id space.
import type { WeaveCore } from './core.js';
import type { Vocabulary } from './vocabulary.js';
import { releaseGroups } from './records.js';
import { withRoom } from '../util/typed-grow.js';

/** Live ids of df <= maxDf (a superset of those the sweep can forget), kept across sweeps; and archived id arrays known clean. */
export class ForgetSweep {
  /** The vocabulary the list was built over (a vocabulary rebuilt from rows or a snapshot starts a new list). */
  private vocab: Vocabulary | null = null;
  /** Ids that were live with df <= maxDf at the last sweep, ascending, its first `count` entries (a live id's df only grows: one above maxDf never returns). */
  private ids = new Int32Array(1024);
  private count = 0;
  /** The buffer the next sweep's candidates are merged into (the two lists trade places at each sweep: none is grown per sweep). */
  private spare = new Int32Array(1024);
  /** Id arrays of archived events holding no live id of df <= maxDf: none of their ids can ever be forgotten (arrays are replaced, never written). */
  private readonly clean = new WeakSet<Int32Array>();

  /** The ids to visit into `spare`, ascending: the list kept, with the ids interned since merged in; a new vocabulary is scanned once. Their count. */
  private candidates(vocab: Vocabulary, maxDf: number): number {
    if (this.vocab !== vocab) {
      this.vocab = vocab;
      this.count = 0;
      let n = 0;
      for (let id = 0; id < vocab.size; id++) {
        if (!(vocab.isLive(id) && vocab.df[id] <= maxDf)) continue;
        if (n === this.spare.length) this.spare = withRoom(this.spare, n + 1, true);
        this.spare[n++] = id;
      }
      vocab.takeBorn(true);
      return n;
    }
    const born = vocab.takeBorn(true).sort((a, b) => a - b);
    const old = this.ids;
    const oldCount = this.count;
    this.spare = withRoom(this.spare, oldCount + born.length, false);
    const out = this.spare;
    let n = 0;
    let i = 0;
    let j = 0;
    while (i < oldCount || j < born.length) {
      const id = j >= born.length || (i < oldCount && old[i] < born[j]) ? old[i++] : born[j++];
      if (n === 0 || out[n - 1] !== id) out[n++] = id;
    }
    return n;
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
    // ascending, as a pass over the whole id space would find them (the rows' order follows); the ids kept are written over
    // the candidates in place (never ahead of the one read)
    const n = this.candidates(vocab, maxDf);
    const list = this.spare;
    let kept = 0;
    for (let k = 0; k < n; k++) {
      const id = list[k];
      if (!vocab.isLive(id) || vocab.df[id] > maxDf) continue;
      if (held[id] || vocab.seen[id] > seenBefore || !idle(core.postings.get(id)) || !idle(core.actorPostings.get(id))) {
        list[kept++] = id;
        continue;
      }
      gone.push(id);
      held[id] = 2;
      if (core.postings.delete(id)) core.dirtyPostings.add(id);
      if (core.actorPostings.delete(id)) core.dirtyActorPostings.add(id);
    }
    this.spare = this.ids;
    this.ids = list;
    this.count = kept;
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
        core.idleArrays.settle(e);
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
