// Entity and speaker statistics added up per batch, not per row: an article's mention and quote rows change counts in
// memory, written in one statement per name before the batch commits or anything reads them.
import type { Prepare } from './connection.js';

interface EntityDelta {
  /** The greatest type inserted in this backlog (null: rows were only removed). */
  type: string | null;
  articles: number;
  mentions: number;
}

interface SpeakerDelta {
  inserted: boolean;
  quotes: number;
  articles: number;
}

/**
 * What the row triggers of schema 6-12 did, summed: an inserted mention adds an article and its mentions to its name (the
 * type is the greatest seen), a mention updated in place moves the mentions, a deleted one takes them away; a quote adds
 * one to its speaker's quotes, and an article adds one to the articles of each speaker it quotes. Whoever reads the
 * statistics first calls `sync()`; a batch calls it before it commits, so a committed state always holds them.
 */
export class StatsBacklog {
  private readonly entities = new Map<string, EntityDelta>();
  private readonly speakers = new Map<string, SpeakerDelta>();

  constructor(private readonly stmt: Prepare) {}

  private entity(name: string): EntityDelta {
    const d = this.entities.get(name) ?? { type: null, articles: 0, mentions: 0 };
    this.entities.set(name, d);
    return d;
  }

  private speaker(name: string): SpeakerDelta {
    const d = this.speakers.get(name) ?? { inserted: false, quotes: 0, articles: 0 };
    this.speakers.set(name, d);
    return d;
  }

  /** A mention row inserted (`articles` 1) or updated in place (0, `mentions` the change). */
  mention(name: string, type: string, articles: number, mentions: number): void {
    const d = this.entity(name);
    if (d.type === null || type > d.type) d.type = type;
    d.articles += articles;
    d.mentions += mentions;
  }

  /** An article's mention rows deleted. */
  mentionsRemoved(rows: { name: string; mentions: number }[]): void {
    for (const r of rows) {
      const d = this.entity(r.name);
      d.articles -= 1;
      d.mentions -= r.mentions;
    }
  }

  /** A quote row of `speaker` inserted (`sign` 1) or deleted (-1); `first`: the article's first (or, deleting, last) quote of that speaker. */
  quote(speaker: string | null, sign: 1 | -1, first: boolean): void {
    if (speaker === null) return;
    const d = this.speaker(speaker);
    if (sign > 0) d.inserted = true;
    d.quotes += sign;
    if (first) d.articles += sign;
  }

  get size(): number {
    return this.entities.size + this.speakers.size;
  }

  /** Write every change since the last sync (inside the caller's transaction). */
  sync(): void {
    if (this.entities.size) {
      const upsert = this.stmt(
        `INSERT INTO entity_stats (name, type, articles, mentions) VALUES (?,?,?,?)
           ON CONFLICT(name) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions, type = max(type, excluded.type)`,
      );
      const update = this.stmt('UPDATE entity_stats SET articles = articles + ?, mentions = mentions + ? WHERE name = ?');
      for (const [name, d] of this.entities) {
        if (d.type !== null) upsert.run(name, d.type, d.articles, d.mentions);
        else update.run(d.articles, d.mentions, name);
      }
      this.entities.clear();
    }
    if (this.speakers.size) {
      const upsert = this.stmt(
        `INSERT INTO speaker_stats (name, quotes, articles) VALUES (?,?,?)
           ON CONFLICT(name) DO UPDATE SET quotes = quotes + excluded.quotes, articles = articles + excluded.articles`,
      );
      const update = this.stmt('UPDATE speaker_stats SET quotes = quotes + ?, articles = articles + ? WHERE name = ?');
      for (const [name, d] of this.speakers) {
        if (d.inserted) upsert.run(name, d.quotes, d.articles);
        else update.run(d.quotes, d.articles, name);
      }
      this.speakers.clear();
    }
  }

  /** The transaction that wrote the rows was rolled back: their changes are gone. */
  dropped(): void {
    this.entities.clear();
    this.speakers.clear();
  }
}
