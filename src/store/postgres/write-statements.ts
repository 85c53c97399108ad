// The longer statements of the PostgreSQL store's writes: an article with its search vector, an analysis with its quotes and entities.
import { analysisJson } from '../analysis-json.js';
import type { Analysis } from '../../model.js';
import { entityKeyRows } from '../link-candidates.js';

/**
 * Insert or replace an article ($1..$16: its columns; $17, $18: searchText() of its title and text). The tsvector is title
 * (weight A), one "|" that no search can produce (so no phrase runs from the title into the text), then text (weight B).
 * Returns the article's seq and whether it was inserted (not replaced).
 */
export const UPSERT_ARTICLE = `INSERT INTO articles (id, raw_id, source_id, url, outlet, title, authors, published, dateline, language, text, paragraphs, removed, provenance, words, ingested_at, fts)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,
               setweight(to_tsvector('simple', $17), 'A') || $$'|':1$$::tsvector || setweight(to_tsvector('simple', $18), 'B'))
       ON CONFLICT (id) DO UPDATE SET raw_id = excluded.raw_id, source_id = excluded.source_id, url = excluded.url, outlet = excluded.outlet,
         title = excluded.title, authors = excluded.authors, published = excluded.published, dateline = excluded.dateline, language = excluded.language,
         text = excluded.text, paragraphs = excluded.paragraphs, removed = excluded.removed, provenance = excluded.provenance, words = excluded.words,
         fts = excluded.fts
       RETURNING seq, (xmax = 0) AS inserted`;

/**
 * One statement (so one round trip, atomic without a transaction): upsert the analysis, upsert its quotes and entities,
 * and delete the quotes and entities the new analysis no longer has. Each row is touched by one part only.
 */
export const UPSERT_ANALYSIS = `WITH up AS (INSERT INTO analyses (article_id, entities, mentions, quotes, language, note) VALUES ($1, $2, $3, $4, $17, $18)
                   ON CONFLICT (article_id) DO UPDATE SET entities = excluded.entities, mentions = excluded.mentions, quotes = excluded.quotes,
                     language = excluded.language, note = excluded.note),
            ik AS (INSERT INTO entity_keys (key, name) SELECT * FROM unnest($19::text[], $20::text[]) ON CONFLICT DO NOTHING),
            dq AS (DELETE FROM quotes WHERE article_id = $1 AND idx >= cardinality($5::int[])),
            iq AS (INSERT INTO quotes (article_id, idx, text, kind, cue, speaker, speaker_entity, reporter, qstart, qend)
                   SELECT $1::text, * FROM unnest($5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::int[])
                   ON CONFLICT (article_id, idx) DO UPDATE SET text = excluded.text, kind = excluded.kind, cue = excluded.cue, speaker = excluded.speaker,
                     speaker_entity = excluded.speaker_entity, reporter = excluded.reporter, qstart = excluded.qstart, qend = excluded.qend),
            de AS (DELETE FROM entity_mentions WHERE article_id = $1 AND NOT (name = ANY($14::text[])))
       INSERT INTO entity_mentions (article_id, name, type, mentions) SELECT $1::text, * FROM unnest($14::text[], $15::text[], $16::int[])
       ON CONFLICT (article_id, name) DO UPDATE SET type = excluded.type, mentions = excluded.mentions`;

/** The parameters of UPSERT_ANALYSIS: the quotes and entities as parallel arrays, the language and note, the entity keys. */
export function analysisParams(articleId: string, a: Analysis): unknown[] {
  const q = a.quotes;
  const e = [...new Map(a.entities.map((x) => [x.name, x])).values()]; // one row per name; a later duplicate replaces an earlier one
  const keys = entityKeyRows(e.map((x) => x.name));
  const json = analysisJson(a);
  return [
    articleId,
    json.entities,
    json.mentions,
    json.quotes,
    q.map((_, i) => i),
    q.map((x) => x.text),
    q.map((x) => x.kind),
    q.map((x) => x.cue),
    q.map((x) => x.speaker?.name ?? null),
    q.map((x) => x.speaker?.entity ?? null),
    q.map((x) => x.reporter),
    q.map((x) => x.start),
    q.map((x) => x.end),
    e.map((x) => x.name),
    e.map((x) => x.type),
    e.map((x) => x.mentions),
    a.language ?? null,
    a.note ?? null,
    keys.map((k) => k.key),
    keys.map((k) => k.name),
  ];
}
