// The in-memory woven state of a store: the copy index and the weaver (loaded from the store's weave rows, replaying
// articles stored after the last flush), the saved event and storyline summaries readers list, and flushing it all back:
// the weave as rows, only those that changed (an older store's one-blob snapshot is read once, then replaced by rows).
import { analyzeArticle } from '../analyze/index.js';
import { CopyIndex, fingerprint, signatureFromBuffer, signatureToBuffer, signatureVersion } from '../fingerprint/index.js';
import type { Store } from '../store/store.js';
import { type EventSummary, type StorylineSummary, type WeaveConfig, Weaver, type WeaveSnapshot } from '../weave/index.js';
import { planWeave, writeWeave } from './weave-step.js';
import { olderRows, weaveRowChanges, weaveRowSet } from './weave-rows.js';

/** Meta key of the event and storyline summaries saved with each weave snapshot (what readers list without loading the weave). */
const SUMMARIES_KEY = 'weave.summaries';
/** The weave snapshot is saved at the end of every ingest and at most this often during a long one. */
export const SNAPSHOT_EVERY_MS = 60_000;
/** During a long ingest the changed weave rows are written with the batch commit at most this often. */
export const ROWS_EVERY_MS = 5_000;

interface SavedSummaries {
  /** The store's weave version they were saved at, when (ms), and how many articles were stored then. */
  savedAt: string;
  writtenAt: number;
  articles: number;
  events: EventSummary[];
  storylines: StorylineSummary[];
}

export interface Summaries {
  events: EventSummary[];
  storylines: StorylineSummary[];
  eventById: Map<string, EventSummary>;
  storylineById: Map<string, StorylineSummary>;
}

export class WovenState {
  private copies: CopyIndex | null = null;
  private weaverState: Weaver | null = null;
  private weaveDirty = false;
  /** The weaver changed since its rows were last written. */
  private rowsDirty = false;
  /** The next row write must replace every stored row (the weaver was rebuilt, or read from an old snapshot). */
  private rowsReplace = false;
  /** When the weave rows were last written (ms). */
  private rowsWrittenAt = Date.now();
  private summaries: Summaries | null = null;
  /** When the weave snapshot was last saved (ms). */
  lastSnapshot = Date.now();
  /** The data version this process last produced or loaded its in-memory state (weaver, copy index) at. */
  private stateVersion: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly weaveConfig: Partial<WeaveConfig> | undefined,
  ) {}

  /** The data moved to `version`: when another process wrote (ingest, watch, recluster), drop the state to reload it from the store. */
  dataMoved(version: string): void {
    if (this.stateVersion !== null && version !== this.stateVersion && !this.weaveDirty) {
      this.weaverState = null;
      this.copies = null;
      this.summaries = null;
      this.stateVersion = null;
    }
  }

  /** The weave changed in memory (an article woven): it is saved at the next flush, and summaries are recomputed. */
  changed(): void {
    this.weaveDirty = true;
    this.rowsDirty = true;
    this.summaries = null;
  }

  /** Replace the weaver with one rebuilt from scratch (recluster). */
  replaceWeaver(weaver: Weaver): void {
    this.weaverState = weaver;
    this.rowsReplace = true;
    this.changed();
  }

  /** Load the copy index and the weaver before a write, so their cost is not charged to the first article. */
  async load(): Promise<void> {
    await this.copyIndex();
    await this.weaver();
  }

  /** Persist the weave state (done at the end of every ingest). */
  async flush(): Promise<void> {
    this.lastSnapshot = Date.now();
    if (this.weaveDirty && this.weaverState) {
      const w = this.weaverState;
      await this.writeRows(w, true);
      const summaries: SavedSummaries = {
        savedAt: await this.store.weaveVersion(),
        writtenAt: Date.now(),
        articles: await this.store.countArticles(),
        events: w.events(),
        storylines: w.storylines(),
      };
      await this.store.setMeta(SUMMARIES_KEY, JSON.stringify(summaries));
      this.weaveDirty = false;
    }
    this.stateVersion = await this.store.dataVersion();
  }

  /**
   * Write the weave rows changed since the last write, when the last is older than ROWS_EVERY_MS (inside the caller's
   * batch, so they commit with its articles). Not at every commit: each write holds every term whose document count
   * moved, so writes further apart share most of them; articles stored after the last write are rewoven on a restart.
   */
  async flushRows(): Promise<void> {
    if (this.rowsDirty && this.weaverState && Date.now() - this.rowsWrittenAt >= ROWS_EVERY_MS) await this.writeRows(this.weaverState, false);
  }

  private async writeRows(w: Weaver, saved: boolean): Promise<void> {
    const replace = this.rowsReplace;
    await this.store.saveWeaveRows(weaveRowChanges(w.flushRows({ all: replace, blocks: true }), replace), saved);
    this.rowsReplace = false;
    this.rowsDirty = false;
    this.rowsWrittenAt = Date.now();
  }

  async copyIndex(): Promise<CopyIndex> {
    if (this.copies) return this.copies;
    const index = new CopyIndex(undefined, Math.max(1024, await this.store.countArticles()));
    const version = signatureVersion();
    if ((await this.store.getMeta('fingerprint.version')) === version) {
      for await (const f of this.store.allFingerprints()) {
        index.add({
          id: f.articleId,
          fp: { exact: f.exact, minhash: signatureFromBuffer(f.minhash), shingles: f.shingles },
          published: f.published,
          seq: f.seq,
        });
      }
    } else {
      // Signatures made under other parameters cannot be compared: fingerprint every stored article again.
      let s = 0; // ingest order; never above an article's own seq, so later articles still sort after these
      for await (const a of this.store.allArticles()) {
        const fp = fingerprint(a.text);
        s++;
        index.add({ id: a.id, fp, published: a.published, seq: s });
        await this.store.putFingerprint({
          articleId: a.id,
          seq: s,
          exact: fp.exact,
          minhash: signatureToBuffer(fp.minhash),
          shingles: fp.shingles,
          published: a.published,
          copyOf: null,
          similarity: 0,
          group: a.id,
        });
      }
      await this.store.updateLineage([...index.lineage()]);
      await this.store.setMeta('fingerprint.version', version);
    }
    this.copies = index;
    return index;
  }

  async weaver(): Promise<Weaver> {
    if (this.weaverState) return this.weaverState;
    let weaver = await this.storedWeaver();
    if (!weaver) {
      // No stored state, or one this version cannot read (written by another version): rebuild it from the stored articles.
      weaver = new Weaver(this.weaveConfig);
      this.rowsReplace = true;
    }
    // Articles stored after the last flush (a crash mid-ingest) are woven again, in ingest order.
    const replay: string[] = [];
    if (weaver.size < (await this.store.countArticles())) for await (const a of this.store.allArticles()) if (!weaver.placeOf(a.id)) replay.push(a.id);
    for (const id of replay) {
      const a = await this.store.getArticle(id);
      if (!a) continue;
      const analysis = (await this.store.getAnalysis(id)) ?? analyzeArticle(a);
      await writeWeave(this.store, planWeave(weaver, a, analysis));
      this.weaveDirty = true;
      this.rowsDirty = true;
    }
    this.weaverState = weaver;
    if (this.weaveDirty) await this.flush();
    else this.stateVersion ??= await this.store.dataVersion();
    return weaver;
  }

  /** The weaver from the store's rows, else from an older version's one-blob snapshot (its rows are all written at the next flush), else null. */
  private async storedWeaver(): Promise<Weaver | null> {
    try {
      const records = await this.store.loadWeaveRows();
      const set = weaveRowSet(records);
      if (set) {
        const weaver = Weaver.fromRows(set);
        // rows of an older version: all written again in today's form at the next flush
        if (olderRows(records)) this.rowsReplace = this.rowsDirty = this.weaveDirty = true;
        return weaver;
      }
    } catch {
      // unreadable rows: try the snapshot, else rebuild
    }
    try {
      const saved = await this.store.loadWeaveState();
      if (!saved) return null;
      const weaver = Weaver.restore(JSON.parse(saved) as WeaveSnapshot);
      this.rowsReplace = true;
      this.rowsDirty = true;
      this.weaveDirty = true;
      return weaver;
    } catch {
      return null;
    }
  }

  /** A fresh weaver with this engine's weave configuration (recluster starts from one). */
  newWeaver(): Weaver {
    return new Weaver(this.weaveConfig);
  }

  /** The id an event has now (an event merged into another answers to the other's id); the id itself when unknown. */
  async currentEventId(id: string): Promise<string> {
    try {
      return (await this.weaver()).resolveEvent(id);
    } catch {
      return id;
    }
  }

  /** Event and storyline summaries: from the weaver this process holds, else from those saved with the last weave snapshot (a reader need not load the whole weave). */
  async weaveSummaries(): Promise<Summaries> {
    if (this.summaries) return this.summaries;
    const saved = this.weaverState ? null : await this.savedSummaries();
    const w = saved ? null : await this.weaver();
    const events = saved?.events ?? w!.events();
    const storylines = saved?.storylines ?? w!.storylines();
    this.summaries = { events, storylines, eventById: new Map(events.map((e) => [e.id, e])), storylineById: new Map(storylines.map((s) => [s.id, s])) };
    return this.summaries;
  }

  /** The summaries saved with the current weave snapshot, or null when there are none for it (saved by an older version, or unreadable). */
  private async savedSummaries(): Promise<SavedSummaries | null> {
    const [raw, savedAt] = await Promise.all([this.store.getMeta(SUMMARIES_KEY), this.store.weaveVersion()]);
    if (!raw || !savedAt) return null;
    let s: SavedSummaries;
    try {
      s = JSON.parse(raw) as SavedSummaries;
    } catch {
      return null;
    }
    if (s.savedAt !== savedAt || !Array.isArray(s.events) || !Array.isArray(s.storylines)) return null;
    // Articles stored since: a writer still at work saves again within a minute (keep these meanwhile); a writer that
    // stopped without saving (a crash) left them unwoven, and loading the weave weaves them.
    if (s.articles !== (await this.store.countArticles()) && Date.now() - s.writtenAt > 2 * SNAPSHOT_EVERY_MS) return null;
    return s;
  }
}
