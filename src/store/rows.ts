// Turning store rows (SQLite or PostgreSQL: the same column names) into the records the engine reads.
import type { Analysis, Article, Assignment, Origin, RawDoc, Rejection } from '../model.js';
import type { ArticleLink, ArticleSummary, FingerprintRecord, StoredQuote, StoredRejection } from './store.js';
import { analysisLists } from './analysis-json.js';
import { paragraphsFromColumn } from './write-rules.js';

export type Row = Record<string, unknown>;

/** The SQL that reads an article with its place in its copy lineage: PostgreSQL keys fingerprints by the article's id, SQLite by its seq. */
const LINK_FROM = 'SELECT a.id, a.title, a.outlet, a.published, a.url, f.copy_of, f.similarity FROM articles a LEFT JOIN fingerprints f ON';
export const LINK_SQL = `${LINK_FROM} f.article_id = a.id`;
export const SQLITE_LINK_SQL = `${LINK_FROM} f.article_seq = a.seq`;

/** A JSONL row's body: its HTML when it has some, else its text. */
function bodyOfRow(bytes: Buffer): string {
  const row = JSON.parse(bytes.toString('utf8')) as { html?: string; text?: string };
  return row.html?.trim() ? row.html : (row.text ?? '');
}

/** A stored original, with the body kept beside its bytes (see bodyToKeep) or, when none was, the body read from the bytes. */
export function rowToRaw(r: Row, keptBody: string | null): RawDoc {
  const bytes = r.bytes as Buffer;
  const origin = JSON.parse(r.origin as string) as Origin;
  const body = keptBody ?? (origin.kind === 'jsonl' ? bodyOfRow(bytes) : bytes.toString('utf8'));
  return {
    id: r.id as string,
    origin,
    format: r.format as RawDoc['format'],
    bytes: new Uint8Array(bytes),
    body,
    fetchedAt: r.fetched_at as string,
    hints: JSON.parse(r.hints as string),
  };
}

/** A stored analysis (entities, mentions and quotes kept as JSON: tables, or lists of objects as written before; analysis-json.ts). */
export function rowToAnalysis(r: Row): Analysis {
  const a: Analysis = analysisLists({ entities: r.entities as string, mentions: r.mentions as string, quotes: r.quotes as string });
  // an analysis stored before migration 11 (SQLite) / 7 (PostgreSQL) has neither: it says nothing of its language
  if (r.language != null || r.note != null) {
    a.language = (r.language as string | null) ?? null;
    if (r.note != null) a.note = r.note as string;
  }
  return a;
}

export function rowToLink(r: Row): ArticleLink {
  return {
    id: r.id as string,
    title: (r.title as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    copyOf: (r.copy_of as string | null) ?? null,
    similarity: (r.copy_of ? (r.similarity as number | null) : null) ?? null,
  };
}

export function rowToAssignment(r: Row): Assignment & { articleId: string } {
  const extra = JSON.parse(r.reasons as string) as { reasons: Assignment['reasons']; newStoryline: boolean };
  return {
    articleId: r.article_id as string,
    event: r.event as string,
    storyline: r.storyline as string,
    score: r.score as number,
    newEvent: !!r.new_event,
    newStoryline: extra.newStoryline,
    reasons: extra.reasons,
  };
}

export function rowToSummary(r: Row): ArticleSummary {
  return {
    id: r.id as string,
    title: (r.title as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    language: (r.language as string | null) ?? null,
    words: r.words as number,
  };
}

export function rowToArticle(r: Row): Article {
  return {
    id: r.id as string,
    rawId: r.raw_id as string,
    sourceId: (r.source_id as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    authors: JSON.parse(r.authors as string),
    published: (r.published as string | null) ?? null,
    dateline: (r.dateline as string | null) ?? null,
    language: (r.language as string | null) ?? null,
    text: r.text as string,
    paragraphs: paragraphsFromColumn(r.paragraphs as string, r.text as string),
    removed: JSON.parse(r.removed as string),
    provenance: JSON.parse(r.provenance as string),
  };
}

export function rowToRejection(r: Row): StoredRejection {
  return {
    key: r.key as string,
    rawId: (r.raw_id as string | null) ?? null,
    origin: JSON.parse(r.origin as string),
    stage: r.stage as Rejection['stage'],
    reason: r.reason as string,
    at: r.first_at as string,
    lastAt: r.last_at as string,
    count: r.count as number,
    ...(r.bytes ? { bytes: new Uint8Array(r.bytes as Buffer) } : {}),
  };
}

/** A stored quote row joined with its article's date and outlet and its event. */
export function rowToQuote(r: Row): StoredQuote {
  return {
    articleId: r.article_id as string,
    idx: r.idx as number,
    text: r.text as string,
    kind: r.kind as string,
    cue: (r.cue as string | null) ?? null,
    speaker: (r.speaker as string | null) ?? null,
    speakerEntity: (r.speaker_entity as string | null) ?? null,
    reporter: (r.reporter as string | null) ?? null,
    start: r.qstart as number,
    end: r.qend as number,
    published: (r.published as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    event: (r.event as string | null) ?? null,
  };
}

/** A stored fingerprint row (a numeric or bigint-string seq, the signature bytes) as a record. */
export function rowToFingerprint(r: Row): FingerprintRecord {
  return {
    articleId: r.article_id as string,
    seq: Number(r.seq),
    exact: r.exact as string,
    minhash: new Uint8Array(r.minhash as Buffer),
    shingles: r.shingles as number,
    published: (r.published as string | null) ?? null,
    copyOf: (r.copy_of as string | null) ?? null,
    similarity: (r.similarity as number | null) ?? 0,
    group: (r.grp as string | null) ?? (r.article_id as string),
  };
}
