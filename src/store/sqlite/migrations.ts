// The SQLite schema as a list of migrations: entry N moves a database from schema N to N+1.
import { WATCH_MIGRATION } from './watch-schema.js';

/** Migration 7's statements, once for events and once for storylines (`kind` is also the event_members column). */
const perGroup = (sql: (kind: string) => string): string => ['event', 'storyline'].map(sql).join('\n     ');
const BACKFILL_OUTLETS = perGroup(
  (kind) => `INSERT INTO group_outlets (kind, grp, outlet, articles)
       SELECT '${kind}', m.${kind}, coalesce(a.outlet, ''), count(*) FROM event_members m JOIN articles a ON a.id = m.article_id GROUP BY m.${kind}, coalesce(a.outlet, '');`,
);
/**
 * An article joining (`new`) or leaving (`old`) an event and its storyline, counted under its outlet; and an article's
 * outlet changing (it moves from the old outlet's count to the new one's in its event and storyline). Members are found
 * by their article's id (migration 7) or, since migration 20, by its seq: `member` names the member's column and the
 * article's.
 */
const memberTriggers = (member: { column: string; article: string }) => ({
  enters: perGroup(
    (kind) => `INSERT INTO group_outlets (kind, grp, outlet, articles)
       SELECT '${kind}', new.${kind}, coalesce(outlet, ''), 1 FROM articles WHERE ${member.article} = new.${member.column}
       ON CONFLICT DO UPDATE SET articles = articles + 1;`,
  ),
  leaves: perGroup(
    (kind) => `UPDATE group_outlets SET articles = articles - 1
       WHERE kind = '${kind}' AND grp = old.${kind} AND outlet = (SELECT coalesce(outlet, '') FROM articles WHERE ${member.article} = old.${member.column});`,
  ),
  outletChanges: perGroup(
    (kind) => `UPDATE group_outlets SET articles = articles - 1
       WHERE kind = '${kind}' AND grp = (SELECT ${kind} FROM event_members WHERE ${member.column} = new.${member.article}) AND outlet = coalesce(old.outlet, '');
     INSERT INTO group_outlets (kind, grp, outlet, articles)
       SELECT '${kind}', ${kind}, coalesce(new.outlet, ''), 1 FROM event_members WHERE ${member.column} = new.${member.article}
       ON CONFLICT DO UPDATE SET articles = articles + 1;`,
  ),
});
const BY_ID = memberTriggers({ column: 'article_id', article: 'id' });
const BY_SEQ = memberTriggers({ column: 'article_seq', article: 'seq' });

/** Each entry moves the schema one version up; never edit a released entry, add a new one. */
export const MIGRATIONS: string[] = [
  `CREATE TABLE raw_docs (
     id TEXT PRIMARY KEY, origin TEXT NOT NULL, format TEXT NOT NULL, bytes BLOB NOT NULL, fetched_at TEXT NOT NULL, hints TEXT NOT NULL);
   CREATE TABLE articles (
     seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, raw_id TEXT NOT NULL REFERENCES raw_docs(id),
     source_id TEXT, url TEXT, outlet TEXT, title TEXT, authors TEXT NOT NULL, published TEXT, dateline TEXT,
     language TEXT, text TEXT NOT NULL, paragraphs TEXT NOT NULL, removed TEXT NOT NULL, provenance TEXT NOT NULL,
     words INTEGER NOT NULL, ingested_at TEXT NOT NULL);
   CREATE INDEX articles_published ON articles(published);
   CREATE INDEX articles_outlet ON articles(outlet);
   CREATE INDEX articles_source_id ON articles(source_id);
   CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
   CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
     INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text); END;
   CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
     INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text); END;
   CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
     INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
     INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text); END;
   CREATE TABLE rejections (
     key TEXT PRIMARY KEY, raw_id TEXT, origin TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL,
     bytes BLOB, first_at TEXT NOT NULL, last_at TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 1);`,
  // 2: what analyze, fingerprint and weave add to each article
  `CREATE TABLE analyses (article_id TEXT PRIMARY KEY REFERENCES articles(id), entities TEXT NOT NULL, mentions TEXT NOT NULL, quotes TEXT NOT NULL);
   CREATE TABLE quotes (
     article_id TEXT NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, cue TEXT,
     speaker TEXT, speaker_entity TEXT, reporter TEXT, qstart INTEGER NOT NULL, qend INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
   CREATE INDEX quotes_speaker ON quotes(speaker_entity);
   CREATE TABLE entity_mentions (article_id TEXT NOT NULL REFERENCES articles(id), name TEXT NOT NULL, type TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY (article_id, name));
   CREATE INDEX entity_mentions_name ON entity_mentions(name);
   CREATE TABLE fingerprints (
     article_id TEXT PRIMARY KEY REFERENCES articles(id), seq INTEGER NOT NULL, exact TEXT NOT NULL, minhash BLOB NOT NULL, shingles INTEGER NOT NULL,
     published TEXT, copy_of TEXT, similarity REAL, grp TEXT);
   CREATE INDEX fingerprints_exact ON fingerprints(exact);
   CREATE INDEX fingerprints_copy_of ON fingerprints(copy_of);
   CREATE INDEX fingerprints_grp ON fingerprints(grp);
   CREATE TABLE event_members (
     article_id TEXT PRIMARY KEY REFERENCES articles(id), event TEXT NOT NULL, storyline TEXT NOT NULL, score REAL NOT NULL,
     new_event INTEGER NOT NULL, reasons TEXT NOT NULL, at TEXT NOT NULL);
   CREATE INDEX event_members_event ON event_members(event);
   CREATE INDEX event_members_storyline ON event_members(storyline);
   CREATE TABLE weave_state (id INTEGER PRIMARY KEY CHECK (id = 1), snapshot TEXT NOT NULL, updated_at TEXT NOT NULL);`,
  // 3: watched sources and alerts
  WATCH_MIGRATION,
  // 4: the decoded document, kept when it is not the UTF-8 reading of the bytes (a windows-1251 page, a Shift_JIS feed item)
  `ALTER TABLE raw_docs ADD COLUMN body TEXT;`,
  // 5: small facts about the data (which fingerprint scheme made the stored signatures)
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // 6: counts kept up to date by triggers, so the entity and speaker lists and the outlet pages need no scan of every
  // article; covering indexes for the outlet statistics and copy flows
  `CREATE TABLE entity_stats (name TEXT PRIMARY KEY, type TEXT NOT NULL, articles INTEGER NOT NULL, mentions INTEGER NOT NULL);
   CREATE INDEX entity_stats_rank ON entity_stats(articles DESC, mentions DESC, name);
   CREATE INDEX entity_stats_type_rank ON entity_stats(type, articles DESC, mentions DESC, name);
   INSERT INTO entity_stats (name, type, articles, mentions) SELECT name, max(type), count(*), sum(mentions) FROM entity_mentions GROUP BY name;
   CREATE TRIGGER entity_mentions_ai AFTER INSERT ON entity_mentions BEGIN
     INSERT INTO entity_stats (name, type, articles, mentions) VALUES (new.name, new.type, 1, new.mentions)
       ON CONFLICT(name) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions, type = max(type, excluded.type); END;
   CREATE TRIGGER entity_mentions_au AFTER UPDATE ON entity_mentions BEGIN
     UPDATE entity_stats SET mentions = mentions + new.mentions - old.mentions, type = max(type, new.type) WHERE name = new.name; END;
   CREATE TRIGGER entity_mentions_ad AFTER DELETE ON entity_mentions BEGIN
     UPDATE entity_stats SET articles = articles - 1, mentions = mentions - old.mentions WHERE name = old.name; END;
   CREATE TABLE speaker_stats (name TEXT PRIMARY KEY, quotes INTEGER NOT NULL, articles INTEGER NOT NULL);
   CREATE INDEX speaker_stats_rank ON speaker_stats(quotes DESC, name);
   INSERT INTO speaker_stats (name, quotes, articles)
     SELECT speaker_entity, count(*), count(DISTINCT article_id) FROM quotes WHERE speaker_entity IS NOT NULL GROUP BY speaker_entity;
   CREATE TRIGGER quotes_ai AFTER INSERT ON quotes WHEN new.speaker_entity IS NOT NULL BEGIN
     INSERT INTO speaker_stats (name, quotes, articles) VALUES (new.speaker_entity, 1, 1)
       ON CONFLICT(name) DO UPDATE SET quotes = quotes + 1,
         articles = articles + NOT EXISTS (SELECT 1 FROM quotes WHERE article_id = new.article_id AND speaker_entity = new.speaker_entity AND idx <> new.idx); END;
   CREATE TRIGGER quotes_ad AFTER DELETE ON quotes WHEN old.speaker_entity IS NOT NULL BEGIN
     UPDATE speaker_stats SET quotes = quotes - 1,
       articles = articles - NOT EXISTS (SELECT 1 FROM quotes WHERE article_id = old.article_id AND speaker_entity = old.speaker_entity)
       WHERE name = old.speaker_entity; END;
   DROP INDEX articles_outlet;
   CREATE INDEX articles_outlet ON articles(outlet, published, language);
   CREATE INDEX articles_id_outlet ON articles(id, outlet, published);
   CREATE INDEX fingerprints_copies ON fingerprints(copy_of, article_id) WHERE copy_of IS NOT NULL;
   CREATE INDEX quotes_speaker_entity_nocase ON quotes(speaker_entity COLLATE NOCASE);
   CREATE INDEX quotes_speaker_nocase ON quotes(speaker COLLATE NOCASE) WHERE speaker_entity IS NULL;`,
  // 7: the outlets of each event and storyline (with article counts), kept by triggers: listing storylines read every
  // member's outlet, seconds for a storyline of tens of thousands of articles. And the speaker triggers look up the
  // article's other quotes by the article (the unary + keeps SQLite from walking every quote of a frequent speaker instead).
  `DROP TRIGGER quotes_ai;
   DROP TRIGGER quotes_ad;
   CREATE TRIGGER quotes_ai AFTER INSERT ON quotes WHEN new.speaker_entity IS NOT NULL BEGIN
     INSERT INTO speaker_stats (name, quotes, articles) VALUES (new.speaker_entity, 1, 1)
       ON CONFLICT(name) DO UPDATE SET quotes = quotes + 1,
         articles = articles + NOT EXISTS (SELECT 1 FROM quotes WHERE article_id = new.article_id AND +speaker_entity = new.speaker_entity AND idx <> new.idx); END;
   CREATE TRIGGER quotes_ad AFTER DELETE ON quotes WHEN old.speaker_entity IS NOT NULL BEGIN
     UPDATE speaker_stats SET quotes = quotes - 1,
       articles = articles - NOT EXISTS (SELECT 1 FROM quotes WHERE article_id = old.article_id AND +speaker_entity = old.speaker_entity)
       WHERE name = old.speaker_entity; END;
   CREATE TABLE group_outlets (kind TEXT NOT NULL, grp TEXT NOT NULL, outlet TEXT NOT NULL, articles INTEGER NOT NULL,
     PRIMARY KEY (kind, grp, outlet)) WITHOUT ROWID;
   ${BACKFILL_OUTLETS}
   CREATE TRIGGER event_members_ai AFTER INSERT ON event_members BEGIN ${BY_ID.enters} END;
   CREATE TRIGGER event_members_ad AFTER DELETE ON event_members BEGIN ${BY_ID.leaves} END;
   CREATE TRIGGER event_members_au AFTER UPDATE OF event, storyline ON event_members BEGIN ${BY_ID.leaves} ${BY_ID.enters} END;
   CREATE TRIGGER articles_outlet_au AFTER UPDATE OF outlet ON articles WHEN coalesce(old.outlet, '') <> coalesce(new.outlet, '') BEGIN
     ${BY_ID.outletChanges} END;`,
  // 8: a full-text index of titles alone: finding the title matches among a search's newest matches through the main
  // index walks every article holding all the words anywhere (milliseconds when one of them is common)
  `CREATE VIRTUAL TABLE titles_fts USING fts5(title, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
   INSERT INTO titles_fts(titles_fts) VALUES ('rebuild');
   CREATE TRIGGER articles_titles_ai AFTER INSERT ON articles BEGIN
     INSERT INTO titles_fts(rowid, title) VALUES (new.seq, coalesce(new.title, '')); END;
   CREATE TRIGGER articles_titles_ad AFTER DELETE ON articles BEGIN
     INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', old.seq, coalesce(old.title, '')); END;
   CREATE TRIGGER articles_titles_au AFTER UPDATE OF title ON articles BEGIN
     INSERT INTO titles_fts(titles_fts, rowid, title) VALUES ('delete', old.seq, coalesce(old.title, ''));
     INSERT INTO titles_fts(rowid, title) VALUES (new.seq, coalesce(new.title, '')); END;`,
  // 9: the title of each seen feed item, so an item whose page cannot be read and whose feed has no text is kept as a stub
  // (title and link) to fetch again, instead of failing
  `ALTER TABLE watch_seen ADD COLUMN title TEXT;`,
  // 10: the weave's state as rows (events, storylines, terms, posting lists, recent articles), written as they change
  // instead of one snapshot rewritten whole at each save
  `CREATE TABLE weave_rows (kind TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;`,
  // 11: the analysis's language and its honest-degradation note; and entity names by a key that holds across scripts and
  // spellings (src/link/name-key.ts: "Selenskyj", "Зеленский" -> "slnsk"), for linking events reported in other languages.
  // newsloom_name_key is the JS function the connection registers.
  `ALTER TABLE analyses ADD COLUMN language TEXT;
   ALTER TABLE analyses ADD COLUMN note TEXT;
   CREATE TABLE entity_keys (key TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (key, name)) WITHOUT ROWID;
   INSERT OR IGNORE INTO entity_keys (key, name) SELECT newsloom_name_key(name), name FROM entity_stats WHERE newsloom_name_key(name) IS NOT NULL;`,
  // 12: new articles are indexed for full-text search once per batch by the store (fts-backlog.ts), not by a trigger per
  // article (each article then became an FTS5 segment of its own); updates and deletes keep their triggers. And the
  // rejections by original, which every stored article clears (a scan of every rejection per article without it)
  `DROP TRIGGER articles_ai;
   DROP TRIGGER articles_titles_ai;
   CREATE INDEX rejections_raw_id ON rejections(raw_id) WHERE raw_id IS NOT NULL;`,
  // 13: the entity and speaker statistics are added up per batch by the store (stats-backlog.ts), one statement per name,
  // not by a trigger per mention and quote row (each moved a row of two ranking indexes: most of an analysis's write cost)
  `DROP TRIGGER entity_mentions_ai;
   DROP TRIGGER entity_mentions_au;
   DROP TRIGGER entity_mentions_ad;
   DROP TRIGGER quotes_ai;
   DROP TRIGGER quotes_ad;`,
  // 14: the event and storyline summaries readers list, one row each, written as they change (instead of one meta value
  // 'weave.summaries' holding every summary, rewritten whole at each save)
  // (rowid tables: a summary's JSON is often larger than a WITHOUT ROWID row should be)
  `CREATE TABLE event_summaries (id TEXT PRIMARY KEY, storyline TEXT NOT NULL, first_date TEXT, last_date TEXT, articles INTEGER NOT NULL,
     data TEXT NOT NULL, saved_at TEXT NOT NULL);
   CREATE INDEX event_summaries_storyline ON event_summaries(storyline);
   CREATE TABLE storyline_summaries (id TEXT PRIMARY KEY, storyline TEXT, first_date TEXT, last_date TEXT, articles INTEGER NOT NULL,
     data TEXT NOT NULL, saved_at TEXT NOT NULL);`,
  // 15: indexes no query reads, each written on every article: quotes by speaker_entity in binary order (every reader
  // compares it COLLATE NOCASE: quotes_speaker_entity_nocase answers), fingerprints by exact hash and by group (the copy
  // index is rebuilt from every fingerprint in memory), and by copy_of over all rows (fingerprints_copies, partial over
  // the copies, answers copy_of = ?). Also marks the articles' paragraphs column as possibly holding the separator the
  // text splits into them (write-rules.ts: paragraphsColumn), which an older newsloom could not read.
  `DROP INDEX IF EXISTS quotes_speaker;
   DROP INDEX IF EXISTS fingerprints_exact;
   DROP INDEX IF EXISTS fingerprints_grp;
   DROP INDEX IF EXISTS fingerprints_copy_of;`,
  // 16: fingerprints by seq, as PostgreSQL has had since its first schema: opening a store reads every fingerprint in
  // pages of 2,000 in seq order (allFingerprints, the copy index), and without it each page was a scan and sort of the
  // whole table (quadratic in the store's size)
  `CREATE INDEX IF NOT EXISTS fingerprints_seq ON fingerprints(seq);`,
  // 17: nothing to change; marks the analyses' entities, mentions and quotes columns as possibly holding a list as a table
  // (keys once, values by row: analysis-json.ts listJson), which an older newsloom could not read. Older rows read as they are.
  `SELECT 1;`,
  // 18: analyses, quotes and entity mentions keyed by their article's seq (arrival order), not its id (a hash): each new
  // article's rows are appended at the b-trees' right edge instead of dirtying a leaf at a random place of a primary key
  // index, which grew toward a page per article per table as the store grew (bench/wal-pages.ts). One b-tree each (the
  // analyses by rowid, the lists WITHOUT ROWID); readers reach the article through articles.seq, its rowid.
  `CREATE TABLE analyses_by_seq (article_seq INTEGER PRIMARY KEY REFERENCES articles(seq), entities TEXT NOT NULL, mentions TEXT NOT NULL,
     quotes TEXT NOT NULL, language TEXT, note TEXT);
   INSERT INTO analyses_by_seq SELECT a.seq, x.entities, x.mentions, x.quotes, x.language, x.note FROM analyses x JOIN articles a ON a.id = x.article_id ORDER BY a.seq;
   DROP TABLE analyses;
   ALTER TABLE analyses_by_seq RENAME TO analyses;
   CREATE TABLE quotes_by_seq (
     article_seq INTEGER NOT NULL REFERENCES articles(seq), idx INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, cue TEXT,
     speaker TEXT, speaker_entity TEXT, reporter TEXT, qstart INTEGER NOT NULL, qend INTEGER NOT NULL, PRIMARY KEY (article_seq, idx)) WITHOUT ROWID;
   INSERT INTO quotes_by_seq SELECT a.seq, q.idx, q.text, q.kind, q.cue, q.speaker, q.speaker_entity, q.reporter, q.qstart, q.qend
     FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.seq, q.idx;
   DROP TABLE quotes;
   ALTER TABLE quotes_by_seq RENAME TO quotes;
   CREATE INDEX quotes_speaker_entity_nocase ON quotes(speaker_entity COLLATE NOCASE);
   CREATE INDEX quotes_speaker_nocase ON quotes(speaker COLLATE NOCASE) WHERE speaker_entity IS NULL;
   CREATE TABLE entity_mentions_by_seq (article_seq INTEGER NOT NULL REFERENCES articles(seq), name TEXT NOT NULL, type TEXT NOT NULL,
     mentions INTEGER NOT NULL, PRIMARY KEY (article_seq, name)) WITHOUT ROWID;
   INSERT INTO entity_mentions_by_seq SELECT a.seq, m.name, m.type, m.mentions FROM entity_mentions m JOIN articles a ON a.id = m.article_id ORDER BY a.seq, m.name;
   DROP TABLE entity_mentions;
   ALTER TABLE entity_mentions_by_seq RENAME TO entity_mentions;
   CREATE INDEX entity_mentions_name ON entity_mentions(name);`,
  // 19: the articles mentioning a name found through a full-text index of each article's names (name-token.ts), not a
  // b-tree index on the name: that one took each new mention at a random leaf (~31 an article), the most pages any
  // index wrote per article in a large store; FTS5 writes a batch's names as one segment and merges in the background.
  // newsloom_name_token is the JS function the connection registers.
  `CREATE VIRTUAL TABLE mention_names USING fts5(names, content='', contentless_delete=1, tokenize='ascii');
   INSERT INTO mention_names (rowid, names)
     SELECT article_seq, group_concat(newsloom_name_token(name), ' ') FROM entity_mentions GROUP BY article_seq ORDER BY article_seq;
   DROP INDEX entity_mentions_name;`,
  // 20: fingerprints and event members keyed by their article's seq too (migration 18's reason: their primary keys on the
  // article's id took each new article at a random leaf). The index of articles by id with outlet and date stays: the
  // copy flows between outlets read each copy's origin through it (13 times slower at 50k without it, reading the
  // articles' rows; docs/BENCHMARKS.md, session 24). A fingerprint keeps its own seq (the copy index's order, which a
  // re-fingerprint numbers apart from the articles'). The triggers counting outlets per event and storyline follow the
  // members' new key.
  `DROP TRIGGER articles_outlet_au;
   CREATE TABLE fingerprints_by_article (
     article_seq INTEGER PRIMARY KEY REFERENCES articles(seq), article_id TEXT NOT NULL, seq INTEGER NOT NULL, exact TEXT NOT NULL,
     minhash BLOB NOT NULL, shingles INTEGER NOT NULL, published TEXT, copy_of TEXT, similarity REAL, grp TEXT);
   INSERT INTO fingerprints_by_article SELECT a.seq, f.article_id, f.seq, f.exact, f.minhash, f.shingles, f.published, f.copy_of, f.similarity, f.grp
     FROM fingerprints f JOIN articles a ON a.id = f.article_id ORDER BY a.seq;
   DROP TABLE fingerprints;
   ALTER TABLE fingerprints_by_article RENAME TO fingerprints;
   CREATE INDEX fingerprints_seq ON fingerprints(seq);
   CREATE INDEX fingerprints_copies ON fingerprints(copy_of, article_id) WHERE copy_of IS NOT NULL;
   CREATE TABLE event_members_by_article (
     article_seq INTEGER PRIMARY KEY REFERENCES articles(seq), event TEXT NOT NULL, storyline TEXT NOT NULL, score REAL NOT NULL,
     new_event INTEGER NOT NULL, reasons TEXT NOT NULL, at TEXT NOT NULL);
   INSERT INTO event_members_by_article SELECT a.seq, m.event, m.storyline, m.score, m.new_event, m.reasons, m.at
     FROM event_members m JOIN articles a ON a.id = m.article_id ORDER BY a.seq;
   DROP TABLE event_members;
   ALTER TABLE event_members_by_article RENAME TO event_members;
   CREATE INDEX event_members_event ON event_members(event);
   CREATE INDEX event_members_storyline ON event_members(storyline);
   CREATE TRIGGER event_members_ai AFTER INSERT ON event_members BEGIN ${BY_SEQ.enters} END;
   CREATE TRIGGER event_members_ad AFTER DELETE ON event_members BEGIN ${BY_SEQ.leaves} END;
   CREATE TRIGGER event_members_au AFTER UPDATE OF event, storyline ON event_members BEGIN ${BY_SEQ.leaves} ${BY_SEQ.enters} END;
   CREATE TRIGGER articles_outlet_au AFTER UPDATE OF outlet ON articles WHEN coalesce(old.outlet, '') <> coalesce(new.outlet, '') BEGIN
     ${BY_SEQ.outletChanges} END;`,
  // 21: each article's date and outlet by its seq, so a name's timeline (coverage) reads them for the articles the index
  // of names gives without reading every article's row (a page each: rows hold the text; 9 s for a name in 300k
  // articles at 700k). Appended at the right edge like the rows: one entry per article, no random leaf.
  `CREATE INDEX IF NOT EXISTS articles_seq_day ON articles(seq, published, outlet);`,
];
