// The engine: wires ingest -> extract -> store; the one API the CLI, the HTTP API and the web page call.
import { resolve } from 'node:path';
import { extract, isRejection } from './extract/index.js';
import { readSources, type ReadOptions } from './ingest/sources.js';
import type { Article, RawDoc, Rejection } from './model.js';
import type { Store } from './store/store.js';

export interface IngestReport {
  /** Documents read (articles plus rejections). */
  read: number;
  added: string[];
  /** Documents already in the store (same original bytes): nothing new was written. */
  unchanged: number;
  rejected: Rejection[];
}

export interface IngestOptions extends ReadOptions {
  /** Called after each document with the running report. */
  onProgress?: (r: IngestReport, label: string) => void;
}

export type IngestOutcome =
  | { status: 'added'; article: Article }
  | { status: 'unchanged'; rawId: string }
  | { status: 'rejected'; rejection: Rejection };

/** What the pipeline produced for one new article; later stages add their results here. */
export interface ProcessedArticle {
  article: Article;
}

export class Engine {
  private readonly listeners: ((p: ProcessedArticle) => void | Promise<void>)[] = [];

  constructor(readonly store: Store) {}

  /** Read inputs, keep every original, clean each into an article, and store it; bad inputs become stored rejections. */
  async ingest(inputs: string[], opts: IngestOptions = {}): Promise<IngestReport> {
    const report: IngestReport = { read: 0, added: [], unchanged: 0, rejected: [] };
    const db = resolve(this.store.location);
    const skip = new Set([db, `${db}-wal`, `${db}-shm`, `${db}-journal`]);
    for await (const item of readSources(inputs, { ...opts, skip })) {
      report.read++;
      if (item.rejection) {
        await this.reject(report, item.rejection);
        opts.onProgress?.(report, item.rejection.origin.path ?? '');
        continue;
      }
      const raw = item.raw;
      const label = raw.origin.line ? `${raw.origin.path}:${raw.origin.line}` : (raw.origin.path ?? raw.origin.url ?? '');
      const outcome = await this.ingestRaw(raw);
      if (outcome.status === 'unchanged') report.unchanged++;
      else if (outcome.status === 'rejected') report.rejected.push(outcome.rejection);
      else report.added.push(outcome.article.id);
      opts.onProgress?.(report, label);
    }
    return report;
  }

  /** Take one original document through every stage into the store (the path `ingest`, `watch` and the API share). */
  async ingestRaw(raw: RawDoc): Promise<IngestOutcome> {
    if (await this.store.hasRaw(raw.id)) return { status: 'unchanged', rawId: raw.id };
    await this.store.putRaw(raw);
    const out = extract(raw);
    if (isRejection(out)) {
      await this.store.putRejection(out);
      return { status: 'rejected', rejection: out };
    }
    await this.store.putArticle(out);
    await this.store.clearRejectionsFor(raw.id);
    const processed: ProcessedArticle = { article: out };
    for (const fn of this.listeners) await fn(processed);
    return { status: 'added', article: out };
  }

  /** Be told of every article newly added (alerts listen here). */
  onArticle(fn: (p: ProcessedArticle) => void | Promise<void>): void {
    this.listeners.push(fn);
  }

  private async reject(report: IngestReport, r: Rejection): Promise<void> {
    report.rejected.push(r);
    await this.store.putRejection(r);
  }

  /** Find an article by full id, unique id prefix or the caller's source id. */
  async article(ref: string): Promise<Article | null> {
    const id = await this.store.resolveArticleId(ref);
    return id ? this.store.getArticle(id) : null;
  }
}
