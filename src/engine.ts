// The engine: wires ingest -> extract -> store; the one API the CLI, the HTTP API and the web page call.
import { resolve } from 'node:path';
import { extract, isRejection } from './extract/index.js';
import { readSources, type ReadOptions } from './ingest/sources.js';
import type { Article, Rejection } from './model.js';
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

export class Engine {
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
      if (await this.store.hasRaw(raw.id)) {
        report.unchanged++;
        opts.onProgress?.(report, label);
        continue;
      }
      await this.store.putRaw(raw);
      const out = extract(raw);
      if (isRejection(out)) {
        await this.reject(report, out);
      } else {
        await this.store.putArticle(out);
        await this.store.clearRejectionsFor(raw.id);
        report.added.push(out.id);
      }
      opts.onProgress?.(report, label);
    }
    return report;
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
