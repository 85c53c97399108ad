// Full-text rows written per batch, not per article: the articles a batch inserts are indexed in one statement before it commits.
import type { Prepare } from './connection.js';

/**
 * The articles inserted since the full-text indexes (articles_fts, titles_fts) were last brought up to date. Indexing
 * them one statement per batch instead of one trigger per article keeps FTS5 from writing a segment of its own per
 * article (any later statement with a savepoint makes it flush its pending terms): the same rows, a fraction of the work.
 * Whoever reads the indexes or changes an indexed article first calls `sync()`; a batch calls it before it commits, so a
 * committed state is always fully indexed.
 */
export class FtsBacklog {
  private readonly seqs: number[] = [];

  constructor(private readonly stmt: Prepare) {}

  /** An article row was inserted under `seq` (not indexed yet). */
  added(seq: number): void {
    this.seqs.push(seq);
  }

  get size(): number {
    return this.seqs.length;
  }

  /** Index every article inserted since the last sync, as the insert triggers did (title '' when none). */
  sync(): void {
    if (!this.seqs.length) return;
    const list = JSON.stringify(this.seqs);
    this.stmt(
      "INSERT INTO articles_fts (rowid, title, text) SELECT seq, coalesce(title, ''), text FROM articles WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq",
    ).run(list);
    this.stmt(
      "INSERT INTO titles_fts (rowid, title) SELECT seq, coalesce(title, '') FROM articles WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq",
    ).run(list);
    this.seqs.length = 0;
  }

  /** The transaction that inserted them was rolled back: nothing to index. */
  dropped(): void {
    this.seqs.length = 0;
  }
}
