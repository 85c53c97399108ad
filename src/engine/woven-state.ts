// The in-memory woven state of a store: the copy index and the weaver (loaded from the store's weave rows, replaying
// articles stored after the last flush), the event and storyline summaries readers list, and flushing it all back: the
// weave and the summaries as rows, only those that changed (an older store's one-blob snapshot and one-value summaries
// are read once, then replaced by rows).
//
// Summaries are written when their event or storyline changes (see Weaver.flushSummaries), and all of them when the IDF
// their key terms are ranked by moves (a snapshot at fixed points of the stream, src/weave/key-idf.ts, written with the
// weave rows: key-idf-rows.ts), so a stored summary equals what the weaver gives now, whenever the flushes fell; a
// re-cluster (or a store whose rows do not match the weave) writes every one again. The process holding the weaver lists
// the stored rows with the changes it has not written yet, so it lists what a reader lists once they are written.
import { analyzeArticle } from '../analyze/index.js';
import { CopyIndex, fingerprint, signatureFromBuffer, signatureToBuffer, signatureVersion } from '../fingerprint/index.js';
import type { Store } from '../store/store.js';
import { type WeaveConfig, Weaver, type WeaveSnapshot } from '../weave/index.js';
import { PendingSummaries, type ReadSummaries, readSummaries, type Summaries, summariesOfRows, withChanges } from './summary-rows.js';
import { planWeave, writeWeave } from './weave-step.js';
import { olderRows, weaveRowChanges, weaveRowSet } from './weave-rows.js';
import { keyIdfOf, keyIdfRows, staleKeyIdfBlocks } from './key-idf-rows.js';
import { appendAll } from '../util/append.js';

/** Meta key of the stamp of the summary rows: the weave version and time they were written at, the articles stored and woven then. */
const SUMMARIES_KEY = 'weave.summary_rows';
/** The weave snapshot is saved at the end of every ingest and at most this often during a long one. */
export const SNAPSHOT_EVERY_MS = 60_000;
/**
 * During a long ingest the changed weave rows are written with the batch commit at most this often. Each write holds
 * every term count, posting list and event that moved since the last, most of them at random places of the rows' table,
 * so writes further apart share more: 30 s instead of 5 s wrote 3.0 instead of 4.6 log pages of weave rows per article
 * (docs/BENCHMARKS.md, session 24). A restart reweaves the articles stored after the last write (up to 30 s of them).
 */
export const ROWS_EVERY_MS = 30_000;
/** Articles re-woven on load (a rebuild, or those stored after the last flush) commit in batches of this many. */
const REPLAY_BATCH = 1000;

interface SummaryStamp {
  /** The store's weave version they were written at, when (ms), how many articles were stored then and how many woven. */
  savedAt: string;
  writtenAt: number;
  articles: number;
  woven: number;
}

export type { Summaries } from './summary-rows.js';

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
  /** Rows the stored key-term IDF snapshot takes (stale ones past a new snapshot's are deleted). */
  private keyIdfBlocks = 0;
  /** The summaries this process lists (null until asked for). */
  private shown: Summaries | null = null;
  /** A reader's: the summaries it read with their rows' versions, the stamp they were read at, and whether the stamp was checked since the data last moved. */
  private read: ReadSummaries | null = null;
  private readStamp: string | null = null;
  private shownChecked = false;
  /** Summaries taken from the weaver and not written yet. */
  private pending = new PendingSummaries();
  /** The store's summary rows do not match the weaver (rebuilt, an older store, a crash): every summary is written at the next flush. */
  private summariesReplace = false;
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
    if (this.weaveDirty) return;
    this.shownChecked = false;
    if (this.stateVersion !== null && version !== this.stateVersion) {
      this.weaverState = null;
      this.copies = null;
      this.shown = null;
      this.pending = new PendingSummaries();
      this.summariesReplace = false;
      this.stateVersion = null;
    }
  }

  /** The weave changed in memory (an article woven): it is saved at the next flush. */
  changed(): void {
    this.weaveDirty = true;
    this.rowsDirty = true;
  }

  /** Replace the weaver with one rebuilt from scratch (recluster). */
  replaceWeaver(weaver: Weaver): void {
    this.weaverState = weaver;
    this.rowsReplace = true;
    this.summariesReplace = true;
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
      // one transaction (the caller's batch when open): a reader sees the rows, the summaries and their stamp together
      await this.store.beginBatch();
      try {
        await this.writeRows(w, true);
        this.takeSummaries(w);
        const savedAt = await this.store.weaveVersion();
        if (!this.pending.empty) await this.store.saveSummaries(this.pending.rows(savedAt));
        this.pending = new PendingSummaries();
        const stamp: SummaryStamp = { savedAt, writtenAt: Date.now(), articles: await this.store.countArticles(), woven: w.size };
        await this.store.setMeta(SUMMARIES_KEY, JSON.stringify(stamp));
      } finally {
        await this.store.endBatch();
      }
      this.weaveDirty = false;
    }
    this.stateVersion = await this.store.dataVersion();
  }

  /** Take the summaries the weaver changed since it last handed them out (all of them when the stored rows do not match it). */
  private takeSummaries(w: Weaver): void {
    const changes = w.flushSummaries({ all: this.summariesReplace });
    this.summariesReplace = false;
    if (!changes.all && changes.events.length + changes.storylines.length + changes.eventsRemoved.length + changes.storylinesRemoved.length === 0) return;
    this.pending.add(changes);
    if (this.shown) this.shown = withChanges(this.shown, changes);
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
    const changes = weaveRowChanges(w.flushRows({ all: replace, blocks: true }), replace);
    // the key-term IDF snapshot when one was taken since (all rows: whenever there is one), in the same transaction
    if (replace) this.keyIdfBlocks = 0;
    const keyIdf = w.keyIdfToSave({ all: replace });
    if (keyIdf) {
      const rows = keyIdfRows(keyIdf);
      appendAll(changes.upserts, rows);
      changes.deletes.push(...staleKeyIdfBlocks(rows.length, this.keyIdfBlocks));
      this.keyIdfBlocks = rows.length;
    }
    await this.store.saveWeaveRows(changes, saved);
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
    await this.checkStoredSummaries(weaver);
    // Articles stored after the last flush (a crash mid-ingest) are woven again, in ingest order.
    const replay: string[] = [];
    if (weaver.size < (await this.store.countArticles())) for await (const a of this.store.allArticles()) if (!weaver.placeOf(a.id)) replay.push(a.id);
    await this.replay(weaver, replay);
    this.weaverState = weaver;
    // what a reader listed may be older than the weave just loaded: listed again from the rows and the weaver's changes
    this.shown = null;
    if (this.weaveDirty) await this.flush();
    else this.stateVersion ??= await this.store.dataVersion();
    return weaver;
  }

  /** Weaves the articles again, in batches as an ingest commits them (a rebuild of a large store is not one commit per article). */
  private async replay(weaver: Weaver, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.store.beginBatch();
    try {
      for (const [i, id] of ids.entries()) {
        const a = await this.store.getArticle(id);
        if (!a) continue;
        const analysis = (await this.store.getAnalysis(id)) ?? analyzeArticle(a);
        await writeWeave(this.store, planWeave(weaver, a, analysis));
        this.weaveDirty = true;
        this.rowsDirty = true;
        if (i % REPLAY_BATCH === REPLAY_BATCH - 1) {
          await this.store.endBatch();
          await this.store.beginBatch();
        }
      }
    } finally {
      await this.store.endBatch();
    }
  }

  /** The weaver from the store's rows, else from an older version's one-blob snapshot (its rows are all written at the next flush), else null. */
  private async storedWeaver(): Promise<Weaver | null> {
    try {
      const records = await this.store.loadWeaveRows();
      const set = weaveRowSet(records);
      if (set) {
        const keyIdf = keyIdfOf(records);
        // without the snapshot of its point (an older store), the weaver takes it now and writes it with its next rows
        const weaver = Weaver.fromRows(set, keyIdf.state);
        this.keyIdfBlocks = keyIdf.blocks;
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

  /**
   * Whether the stored summary rows are those of the weaver just loaded (written at its weave version, with as many
   * articles woven); if not, every summary is written at the next flush. A store with no summary rows (an older version
   * kept them as one value) has them all written now, once.
   */
  private async checkStoredSummaries(weaver: Weaver): Promise<void> {
    if (this.rowsReplace) {
      this.summariesReplace = true;
      return;
    }
    const [stamp, savedAt] = await Promise.all([this.stamp(), this.store.weaveVersion()]);
    if (stamp && stamp.savedAt === savedAt && stamp.woven === weaver.size) return;
    this.summariesReplace = true;
    if (!stamp) this.weaveDirty = true;
  }

  /** The stored summaries' stamp, or null (none: an older store, or unreadable). */
  private async stamp(raw?: string | null): Promise<SummaryStamp | null> {
    const text = raw === undefined ? await this.store.getMeta(SUMMARIES_KEY) : raw;
    if (!text) return null;
    try {
      const s = JSON.parse(text) as SummaryStamp;
      return typeof s.savedAt === 'string' && typeof s.woven === 'number' ? s : null;
    } catch {
      return null;
    }
  }

  /**
   * Event and storyline summaries. The process holding the weaver lists the stored rows with the changes it has not
   * written yet; a reader lists the stored rows while they are fresh (it need not load the whole weave), else loads the weave.
   */
  async weaveSummaries(): Promise<Summaries> {
    const w = this.weaverState;
    if (w) {
      this.takeSummaries(w);
      this.shown ??= this.pending.over(this.pending.replace ? null : summariesOfRows(await this.store.loadSummaries()));
      return this.shown;
    }
    if (this.shown && this.shownChecked) return this.shown;
    const saved = await this.savedSummaries();
    if (!saved) {
      await this.weaver();
      return this.weaveSummaries();
    }
    this.shownChecked = true;
    this.shown = saved;
    return saved;
  }

  /**
   * The stored summaries when they are those of the stored weave (written with it), or null when there are none for it
   * (written by an older version, unreadable, or a writer stopped before writing them).
   */
  private async savedSummaries(): Promise<Summaries | null> {
    const [raw, savedAt] = await Promise.all([this.store.getMeta(SUMMARIES_KEY), this.store.weaveVersion()]);
    const s = await this.stamp(raw);
    if (!raw || !s || !savedAt || s.savedAt !== savedAt) return null;
    // Articles stored since: a writer still at work saves again within a minute (keep these meanwhile); a writer that
    // stopped without saving (a crash) left them unwoven, and loading the weave weaves them.
    if (s.articles !== (await this.store.countArticles()) && Date.now() - s.writtenAt > 2 * SNAPSHOT_EVERY_MS) return null;
    // the same stamp: nothing was written since these were read; else only the rows written since are read
    if (!this.read || this.readStamp !== raw) {
      this.read = await readSummaries(this.store, this.read);
      this.readStamp = raw;
    }
    return this.read.shown;
  }
}
