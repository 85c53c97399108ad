// A current SQLite store's analysis, quote and mention tables put back as schema 17 kept them (keyed by the article's id, not its
// seq; mentions by name in a b-tree index, not in mention_names), for tests that open an older store: migration 18 then runs on what an older newsloom really wrote.
import type Database from 'better-sqlite3';

export function analysisRowsAsSchema17(db: Database.Database): void {
  db.exec(`DROP TABLE mention_names;
    CREATE TABLE analyses_17 (article_id TEXT PRIMARY KEY REFERENCES articles(id), entities TEXT NOT NULL, mentions TEXT NOT NULL,
      quotes TEXT NOT NULL, language TEXT, note TEXT);
    INSERT INTO analyses_17 SELECT a.id, x.entities, x.mentions, x.quotes, x.language, x.note FROM analyses x JOIN articles a ON a.seq = x.article_seq;
    DROP TABLE analyses;
    ALTER TABLE analyses_17 RENAME TO analyses;
    CREATE TABLE quotes_17 (
      article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, cue TEXT,
      speaker TEXT, speaker_entity TEXT, reporter TEXT, qstart INTEGER NOT NULL, qend INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
    INSERT INTO quotes_17 SELECT a.id, q.idx, q.text, q.kind, q.cue, q.speaker, q.speaker_entity, q.reporter, q.qstart, q.qend
      FROM quotes q JOIN articles a ON a.seq = q.article_seq;
    DROP TABLE quotes;
    ALTER TABLE quotes_17 RENAME TO quotes;
    CREATE INDEX quotes_speaker_entity_nocase ON quotes(speaker_entity COLLATE NOCASE);
    CREATE INDEX quotes_speaker_nocase ON quotes(speaker COLLATE NOCASE) WHERE speaker_entity IS NULL;
    CREATE TABLE entity_mentions_17 (article_id TEXT NOT NULL REFERENCES articles(id), name TEXT NOT NULL, type TEXT NOT NULL,
      mentions INTEGER NOT NULL, PRIMARY KEY (article_id, name));
    INSERT INTO entity_mentions_17 SELECT a.id, m.name, m.type, m.mentions FROM entity_mentions m JOIN articles a ON a.seq = m.article_seq;
    DROP TABLE entity_mentions;
    ALTER TABLE entity_mentions_17 RENAME TO entity_mentions;
    CREATE INDEX entity_mentions_name ON entity_mentions(name);`);
}
