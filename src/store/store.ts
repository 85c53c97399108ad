// The Store interface: everything newsloom keeps (originals, articles, rejections, search), independent of the database behind it.
import type { Article, RawDoc, Rejection } from '../model.js';

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  words: number;
}

export interface SearchHit extends ArticleSummary {
  snippet: string;
  score: number;
}

export interface StoredRejection extends Rejection {
  key: string;
  count: number;
  lastAt: string;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface Store {
  /** Where the data lives, for messages ("./newsloom.db"). */
  readonly location: string;
  hasRaw(id: string): Promise<boolean>;
  /** Keep an original document; a second put of the same id is a no-op. */
  putRaw(raw: RawDoc): Promise<void>;
  getRaw(id: string): Promise<RawDoc | null>;
  /** Store an article (replacing one with the same id); returns its ingest sequence number. */
  putArticle(article: Article): Promise<number>;
  getArticle(id: string): Promise<Article | null>;
  /** Resolve a full id, a unique id prefix, or a caller's source id to an article id. */
  resolveArticleId(ref: string): Promise<string | null>;
  listArticles(page?: Page): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /** All articles in ingest order. */
  allArticles(): AsyncIterable<Article>;
  search(query: string, page?: Page): Promise<SearchHit[]>;
  /** Record a rejection; the same input failing the same way again only bumps its count. */
  putRejection(r: Rejection): Promise<void>;
  /** Forget rejections of an input that has now been ingested. */
  clearRejectionsFor(rawId: string): Promise<void>;
  listRejections(): Promise<StoredRejection[]>;
  close(): Promise<void>;
}
