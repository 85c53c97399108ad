// Full-text rows written per batch, not per article: the articles a batch inserts, and the names their analyses mention,
// are indexed in one statement each before it commits.
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
  /** Articles whose mentioned names are indexed at the next sync (mention_names); true: names indexed before go first. */
  private readonly named = new Map<number, boolean>();

  constructor(private readonly stmt: Prepare) {}

  /** An article row was inserted under `seq` (not indexed yet). */
  added(seq: number): void {
    this.seqs.push(seq);
  }

  get size(): number {
    return this.seqs.length;
  }

  /** An article's entity mentions were written under its `seq`; `replaced`: names of an earlier analysis may be indexed. */
  mentioned(seq: number, replaced: boolean): void {
    this.named.set(seq, replaced || this.named.get(seq) === true);
  }

  /** Index every article inserted since the last sync, as the insert triggers did (title '' when none). */
  sync(): void {
    this.syncNames();
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

  /** Index the names of the articles whose mentions were written since the last sync (one row of name tokens each). */
  private syncNames(): void {
    if (!this.named.size) return;
    const replaced = [...this.named].filter(([, r]) => r).map(([seq]) => seq);
    if (replaced.length) this.stmt('DELETE FROM mention_names WHERE rowid IN (SELECT value FROM json_each(?))').run(JSON.stringify(replaced));
    this.stmt(
      `INSERT INTO mention_names (rowid, names) SELECT article_seq, group_concat(newsloom_name_token(name), ' ') FROM entity_mentions
         WHERE article_seq IN (SELECT value FROM json_each(?)) GROUP BY article_seq ORDER BY article_seq`,
    ).run(JSON.stringify([...this.named.keys()]));
    this.named.clear();
  }

  /** The transaction that inserted them was rolled back: nothing to index. */
  dropped(): void {
    this.seqs.length = 0;
    this.named.clear();
  }
}
