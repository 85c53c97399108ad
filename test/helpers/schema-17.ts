// A current SQLite store's analysis, quote, mention, fingerprint and member tables put back as schema 17 kept them (keyed by
// the article's id, not its seq; mentions by name in a b-tree index, not in mention_names), for tests that open an older store: migrations 18-20 then run on what an older newsloom really wrote.
import type Database from 'better-sqlite3';

/** The outlet-count triggers as schema 7 made them (members keyed by the article's id), for events and storylines. */
const KINDS = ['event', 'storyline'];
const enters = KINDS.map(
  (k) => `INSERT INTO group_outlets (kind, grp, outlet, articles) SELECT '${k}', new.${k}, coalesce(outlet, ''), 1 FROM articles WHERE id = new.article_id
    ON CONFLICT DO UPDATE SET articles = articles + 1;`,
).join(' ');
const leaves = KINDS.map(
  (k) => `UPDATE group_outlets SET articles = articles - 1
    WHERE kind = '${k}' AND grp = old.${k} AND outlet = (SELECT coalesce(outlet, '') FROM articles WHERE id = old.article_id);`,
).join(' ');
const outletChanges = KINDS.map(
  (k) => `UPDATE group_outlets SET articles = articles - 1
    WHERE kind = '${k}' AND grp = (SELECT ${k} FROM event_members WHERE article_id = new.id) AND outlet = coalesce(old.outlet, '');
    INSERT INTO group_outlets (kind, grp, outlet, articles) SELECT '${k}', ${k}, coalesce(new.outlet, ''), 1 FROM event_members WHERE article_id = new.id
    ON CONFLICT DO UPDATE SET articles = articles + 1;`,
).join(' ');

export function rowsAsSchema17(db: Database.Database): void {
  db.exec(`DROP TRIGGER articles_outlet_au;
    CREATE TABLE fingerprints_17 (
      article_id TEXT PRIMARY KEY REFERENCES articles(id), seq INTEGER NOT NULL, exact TEXT NOT NULL, minhash BLOB NOT NULL, shingles INTEGER NOT NULL,
      published TEXT, copy_of TEXT, similarity REAL, grp TEXT);
    INSERT INTO fingerprints_17 SELECT article_id, seq, exact, minhash, shingles, published, copy_of, similarity, grp FROM fingerprints;
    DROP TABLE fingerprints;
    ALTER TABLE fingerprints_17 RENAME TO fingerprints;
    CREATE INDEX fingerprints_seq ON fingerprints(seq);
    CREATE INDEX fingerprints_copies ON fingerprints(copy_of, article_id) WHERE copy_of IS NOT NULL;
    CREATE TABLE event_members_17 (
      article_id TEXT PRIMARY KEY REFERENCES articles(id), event TEXT NOT NULL, storyline TEXT NOT NULL, score REAL NOT NULL,
      new_event INTEGER NOT NULL, reasons TEXT NOT NULL, at TEXT NOT NULL);
    INSERT INTO event_members_17 SELECT a.id, m.event, m.storyline, m.score, m.new_event, m.reasons, m.at FROM event_members m JOIN articles a ON a.seq = m.article_seq;
    DROP TABLE event_members;
    ALTER TABLE event_members_17 RENAME TO event_members;
    CREATE INDEX event_members_event ON event_members(event);
    CREATE INDEX event_members_storyline ON event_members(storyline);
    CREATE TRIGGER event_members_ai AFTER INSERT ON event_members BEGIN ${enters} END;
    CREATE TRIGGER event_members_ad AFTER DELETE ON event_members BEGIN ${leaves} END;
    CREATE TRIGGER event_members_au AFTER UPDATE OF event, storyline ON event_members BEGIN ${leaves} ${enters} END;
    CREATE TRIGGER articles_outlet_au AFTER UPDATE OF outlet ON articles WHEN coalesce(old.outlet, '') <> coalesce(new.outlet, '') BEGIN ${outletChanges} END;
    DROP TABLE mention_names;
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
