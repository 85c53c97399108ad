// The typed records that flow one way through newsloom's stages: RawDoc -> Article -> Analysis -> Fingerprint -> Assignment.

/** Where a metadata value came from, how sure we are, and why it is null or partial. */
export interface Field<T> {
  value: T | null;
  /** "json-ld" | "meta" | "time-tag" | "url" | "byline" | "dateline" | "body" | "title-line" | "file" | "input" | "detector" | "none" */
  source: string;
  confidence: number;
  note?: string;
  /** A partial value that must not be completed by guessing, e.g. ISO "--12-13" for "December 13" with no year. */
  partial?: string;
}

/** Where an input came from: enough to find it again and to report a problem with it. */
export interface Origin {
  kind: 'file' | 'jsonl' | 'stdin' | 'url' | 'feed' | 'warc';
  /** File path (as given), or "-" for stdin. */
  path?: string;
  /** 1-based line number inside a JSONL input. */
  line?: number;
  /** Byte offset of the record inside a WARC file (of its gzip member in a .warc.gz). */
  offset?: number;
  url?: string;
}

/** Metadata that an input format supplied alongside the document (JSONL fields, feed items). */
export interface RawHints {
  sourceId?: string;
  url?: string;
  title?: string;
  published?: string;
  outlet?: string;
  authors?: string[];
  language?: string;
}

/** One original input document: its exact bytes and where they came from. Nothing here is interpreted yet. */
export interface RawDoc {
  /** Stable id: content hash of the record (same input twice -> same id). */
  id: string;
  origin: Origin;
  /** What the bytes are: plain text or an HTML page. */
  format: 'text' | 'html';
  /** The original bytes exactly as read (a whole file, or one JSONL line). */
  bytes: Uint8Array;
  /** The document itself, decoded: the plain text or HTML that extraction reads. */
  body: string;
  fetchedAt: string;
  hints: RawHints;
}

/** A piece of the input that cleaning cut, kept for audit. */
export interface Removed {
  text: string;
  reason: string;
}

export interface ArticleProvenance {
  title: Field<string>;
  authors: Field<string[]>;
  published: Field<string>;
  outlet: Field<string>;
  dateline: Field<string>;
  language: Field<string>;
  url: Field<string>;
}

/** The cleaned unit every later stage reads. */
export interface Article {
  id: string;
  rawId: string;
  /** The caller's own id for the record (JSONL `id`), if any. */
  sourceId: string | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  authors: string[];
  /** ISO 8601 date or date-time; null when the input does not give a full date (see provenance.published). */
  published: string | null;
  dateline: string | null;
  language: string | null;
  text: string;
  paragraphs: string[];
  removed: Removed[];
  provenance: ArticleProvenance;
}

/** An input that failed a stage, kept with its reason so it can be read and retried. */
export interface Rejection {
  rawId: string | null;
  origin: Origin;
  stage: 'ingest' | 'extract' | 'analyze' | 'store';
  reason: string;
  at: string;
  /** The input's bytes when they could be read (a bad JSONL line, a non-UTF-8 file), kept so nothing is lost. */
  bytes?: Uint8Array;
}

export type EntityType = 'person' | 'org' | 'place' | 'other';

/** One mention of a named entity in an article's text. */
export interface EntityMention {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** Canonical name of the entity this mention refers to (e.g. "Vladimir Putin"). */
  entity: string;
}

/** A canonical entity within an article. */
export interface Entity {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker {
  /** The words in the text that name the speaker ("the Russian president", "he", "Putin"). */
  name: string;
  start: number;
  end: number;
  /** Canonical entity the mention resolves to, when the article names one. */
  entity: string | null;
  via: 'name' | 'role' | 'pronoun' | 'nearest';
}

/** A quotation with its offsets into the article text, its speaker and who reported it. */
export interface Quote {
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  cue: string | null;
  speaker: Speaker | null;
  /** The outlet or agency that relayed the statement ("TASS cited Putin as saying"), never the speaker. */
  reporter: string | null;
}

export interface Analysis {
  entities: Entity[];
  mentions: EntityMention[];
  quotes: Quote[];
  /** ISO 639-1 code of the language whose rules were applied, or null when none were (neutral processing). */
  language?: string | null;
  /** How the language was decided and what was (not) done because of it, e.g. "no rules for 'pl': no entities or speakers". */
  note?: string;
}

export interface Fingerprint {
  /** Hash of the normalised text: equal for exact copies. */
  exact: string;
  /** MinHash signature over word shingles. */
  minhash: Uint32Array;
  /** Number of distinct shingles the signature summarises. */
  shingles: number;
}

/** Why an article joined (or founded) an event, and with what score. */
export interface Reason {
  kind: string;
  detail: string;
  weight?: number;
}

export interface Assignment {
  event: string;
  storyline: string;
  score: number;
  newEvent: boolean;
  newStoryline: boolean;
  reasons: Reason[];
}
