// The write path: ingest (files, rows, one raw document) and recluster. Each article is the pure prepare step, then an
// in-memory plan over the woven state (copy lineage, weave assignment, moves), then one store write of that plan.
import { resolve } from 'node:path';
import { analyzeArticle } from '../analyze/index.js';
import { type CopyIndex, signatureToBuffer } from '../fingerprint/index.js';
import { rawDocFromRow } from '../ingest/jsonl.js';
import { type ReadOptions, readSources } from '../ingest/sources.js';
import type { Analysis, Article, Assignment, RawDoc, Rejection } from '../model.js';
import type { FingerprintRecord, LineageUpdate, Store } from '../store/store.js';
import type { Weaver } from '../weave/index.js';
import { orderedWindow, type Preparer, preparer } from '../parallel/prepare-pool.js';
import { type Prepared, prepareDoc } from './prepare.js';
import { planWeave, type WeavePlan, writeWeave } from './weave-step.js';
import { SNAPSHOT_EVERY_MS, type WovenState } from './woven-state.js';

export interface IngestReport {
  /** Documents read (articles plus rejections). */
  read: number;
  added: string[];
  /** Documents already in the store (same original bytes): nothing new was written. */
  unchanged: number;
  rejected: Rejection[];
}

export interface IngestOptions extends ReadOptions {
  /** Threads preparing documents (extract, analyze, fingerprint) ahead of the one writer; 1 (the default) prepares inline. */
  threads?: number;
  /** Called after each document with the running report. */
  onProgress?: (r: IngestReport, label: string) => void;
}

export type IngestOutcome =
  | { status: 'added'; article: Article; processed: ProcessedArticle }
  | { status: 'unchanged'; rawId: string }
  | { status: 'rejected'; rejection: Rejection };

/** What the pipeline produced for one new article. */
export interface ProcessedArticle {
  article: Article;
  analysis: Analysis;
  assignment: Assignment;
  copyOf: string | null;
}

/** Everything storing one prepared article writes, decided in memory first. */
export interface ArticlePlan {
  article: Article;
  analysis: Analysis;
  fingerprint: FingerprintRecord;
  /** Earlier articles whose copy lineage changed. */
  lineage: LineageUpdate[];
  weave: WeavePlan;
}

/**
 * Writes are committed in batches of this many documents during a long ingest. Each commit writes every page its batch
 * changed: the pages that every batch changes (index leaves of entity names and ids, the weave's rows, FTS5 segments)
 * are written once per batch, so larger batches write fewer pages per article (1,000 against 200 on a 10k-article store:
 * 19 against 30-32 WAL pages per article; docs/BENCHMARKS.md, storecut). A crash loses at most one batch (re-done on resume).
 */
const BATCH = 1000;
/** Documents read ahead of the writer per prepare thread: bounds memory whatever the input size. */
const AHEAD_PER_THREAD = 16;

/** Add a prepared article (stored at arrival order `seq`) to the copy index and the weaver: in memory only. */
export function planArticle(copies: CopyIndex, weaver: Weaver, p: Extract<Prepared, { kind: 'article' }>, seq: number): ArticlePlan {
  const { article, analysis, fp } = p;
  const { result, changed } = copies.addDetailed({ id: article.id, fp, published: article.published, seq });
  const fingerprint: FingerprintRecord = {
    articleId: article.id,
    seq,
    exact: fp.exact,
    minhash: signatureToBuffer(fp.minhash),
    shingles: fp.shingles,
    published: article.published,
    ...result,
  };
  return { article, analysis, fingerprint, lineage: changed, weave: planWeave(weaver, article, analysis, p.weave) };
}

/** Store an article plan in one go (inside the caller's batch). */
export async function writeArticlePlan(store: Store, plan: ArticlePlan): Promise<void> {
  await store.clearRejectionsFor(plan.article.rawId);
  await store.putAnalysis(plan.article.id, plan.analysis);
  await store.putFingerprint(plan.fingerprint);
  if (plan.lineage.length) await store.updateLineage(plan.lineage);
  await writeWeave(store, plan.weave);
}

export class WritePath {
  private readonly listeners: ((p: ProcessedArticle) => void | Promise<void>)[] = [];

  constructor(
    private readonly store: Store,
    private readonly state: WovenState,
  ) {}

  /** Read inputs, keep every original, take each through every stage and store it; bad inputs become stored rejections. */
  async ingest(inputs: string[], opts: IngestOptions = {}): Promise<IngestReport> {
    const report: IngestReport = { read: 0, added: [], unchanged: 0, rejected: [] };
    const db = resolve(this.store.location);
    const skip = new Set([db, `${db}-wal`, `${db}-shm`, `${db}-journal`]);
    await this.state.load();
    const pool = preparer(opts.threads ?? 1);
    // Documents are prepared ahead on the pool (the pure step); this one writer takes them in input order, so ids and
    // results are those of a serial run. A document already stored is not prepared at all (re-ingest stays cheap).
    const ahead = orderedWindow(readSources(inputs, { ...opts, skip }), (item) => this.prepareAhead(pool, item.raw), pool.threads * AHEAD_PER_THREAD);
    await this.store.beginBatch();
    try {
      for await (const { item, result } of ahead) {
        report.read++;
        if (item.rejection) {
          report.rejected.push(item.rejection);
          await this.store.putRejection(item.rejection);
          opts.onProgress?.(report, item.rejection.origin.path ?? '');
        } else {
          const raw = item.raw;
          count(report, await this.storeRaw(raw, result));
          opts.onProgress?.(report, raw.origin.line ? `${raw.origin.path}:${raw.origin.line}` : (raw.origin.path ?? raw.origin.url ?? ''));
        }
        if (report.read % BATCH === 0) {
          // Commit often; the weave rows that changed go with the articles (at most every few seconds: articles after
          // them are rewoven on a restart), the summaries readers list (every event's) only now and then.
          if (Date.now() - this.state.lastSnapshot > SNAPSHOT_EVERY_MS) await this.state.flush();
          else await this.state.flushRows();
          await this.store.endBatch();
          await this.store.beginBatch();
        }
      }
      await this.state.flush();
    } finally {
      await this.store.endBatch();
      await pool.close();
    }
    return report;
  }

  /** Prepare a document on the pool unless it is already stored (null: nothing to prepare). */
  private async prepareAhead(pool: Preparer, raw: RawDoc | undefined): Promise<Prepared | null> {
    if (!raw || (await this.store.hasRaw(raw.id))) return null;
    return pool.prepare(raw);
  }

  /**
   * Store documents prepared elsewhere (another process's workers), in the order given, in one batch with the weave rows
   * they change: what one writer of a job queue applies. A document already stored is unchanged (a job applied twice).
   */
  async applyPrepared(items: { raw: RawDoc; prepared: Prepared }[]): Promise<IngestOutcome[]> {
    await this.state.load();
    const outcomes: IngestOutcome[] = [];
    await this.store.beginBatch();
    try {
      for (const { raw, prepared } of items) outcomes.push(await this.storeRaw(raw, prepared));
      if (Date.now() - this.state.lastSnapshot > SNAPSHOT_EVERY_MS) await this.state.flush();
      else await this.state.flushRows();
    } finally {
      await this.store.endBatch();
    }
    return outcomes;
  }

  /** Ingest rows shaped like JSONL input ({id?, url?, title?, text?, html?, published?, outlet?}), as the HTTP API receives them. */
  async ingestRows(rows: Record<string, unknown>[], source = 'api'): Promise<IngestReport> {
    const report: IngestReport = { read: 0, added: [], unchanged: 0, rejected: [] };
    await this.state.load();
    await this.store.beginBatch();
    try {
      for (let i = 0; i < rows.length; i++) {
        report.read++;
        const origin = { kind: 'jsonl' as const, path: source, line: i + 1 };
        const row = rows[i];
        try {
          if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new Error(`${source}:${i + 1}: must be a JSON object`);
          const raw = rawDocFromRow(row, origin, `${source}:${i + 1}`);
          count(report, await this.ingestRaw(raw));
        } catch (e) {
          const rejection: Rejection = { rawId: null, origin, stage: 'ingest', reason: (e as Error).message, at: new Date().toISOString() };
          report.rejected.push(rejection);
          await this.store.putRejection(rejection);
        }
      }
      await this.state.flush();
    } finally {
      await this.store.endBatch();
    }
    return report;
  }

  /** Take one original document through every stage into the store (the path `ingest`, `watch` and the API share). */
  async ingestRaw(raw: RawDoc): Promise<IngestOutcome> {
    return this.storeRaw(raw, null);
  }

  /** The writer's part of one document, given what the pure step made of it (null: make it here). */
  private async storeRaw(raw: RawDoc, ready: Prepared | null): Promise<IngestOutcome> {
    // checked again in order: the same document twice within the read-ahead window is stored once
    if (await this.store.hasRaw(raw.id)) return { status: 'unchanged', rawId: raw.id };
    const prepared = ready ?? prepareDoc(raw);
    await this.store.putRaw(raw);
    if (prepared.kind === 'rejected') {
      await this.store.putRejection(prepared.rejection);
      return { status: 'rejected', rejection: prepared.rejection };
    }
    // The store gives the article its arrival order (seq) as it keeps the row; the plan orders copies by it.
    const seq = await this.store.putArticle(prepared.article);
    const plan = planArticle(await this.state.copyIndex(), await this.state.weaver(), prepared, seq);
    await writeArticlePlan(this.store, plan);
    this.state.changed();
    const processed: ProcessedArticle = {
      article: plan.article,
      analysis: plan.analysis,
      assignment: plan.weave.assignment,
      copyOf: plan.fingerprint.copyOf,
    };
    for (const fn of this.listeners) await fn(processed);
    return { status: 'added', article: plan.article, processed };
  }

  /** Be told of every article newly added (alerts listen here). */
  onArticle(fn: (p: ProcessedArticle) => void | Promise<void>): void {
    this.listeners.push(fn);
  }

  /** Re-run the weave from scratch over every article in ingest order (event ids may change). */
  async recluster(onProgress?: (done: number) => void): Promise<{ articles: number; events: number; storylines: number }> {
    const weaver = this.state.newWeaver();
    let n = 0;
    await this.store.beginBatch();
    try {
      for await (const a of this.store.allArticles()) {
        const analysis = (await this.store.getAnalysis(a.id)) ?? analyzeArticle(a);
        await writeWeave(this.store, planWeave(weaver, a, analysis));
        n++;
        onProgress?.(n);
      }
      this.state.replaceWeaver(weaver);
      await this.state.flush();
    } finally {
      await this.store.endBatch();
    }
    return { articles: n, events: weaver.eventCount, storylines: weaver.storylineCount };
  }
}

function count(report: IngestReport, o: IngestOutcome): void {
  if (o.status === 'unchanged') report.unchanged++;
  else if (o.status === 'rejected') report.rejected.push(o.rejection);
  else report.added.push(o.article.id);
}
