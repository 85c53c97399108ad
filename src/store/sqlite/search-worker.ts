// A search thread: its own read-only connection to a SQLite newsloom database, answering search and count requests.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { countArticleMatches, searchArticles } from './search.js';
import type { SearchRequest, SearchReply } from './search-pool.js';

const { path, pragmas } = workerData as { path: string; pragmas: string[] };
const db = new Database(path, { readonly: true, fileMustExist: true });
for (const p of pragmas) db.pragma(p);
const statements = new Map<string, Database.Statement>();
const prepare = (sql: string): Database.Statement => {
  let st = statements.get(sql);
  if (!st) statements.set(sql, (st = db.prepare(sql)));
  return st;
};

// Warm up before the first request: a few searches compile the hot paths and page in the index's most used parts.
for (const word of ['the', 'said', 'government', 'people', 'new']) {
  try {
    searchArticles(prepare, word, { limit: 20 });
    countArticleMatches(prepare, word, 1000);
  } catch {
    // a database without an index yet: nothing to warm
  }
}

parentPort!.on('message', (req: SearchRequest) => {
  let reply: SearchReply;
  try {
    reply = { id: req.id, result: req.op === 'search' ? searchArticles(prepare, req.query, req.page) : countArticleMatches(prepare, req.query, req.cap) };
  } catch (e) {
    reply = { id: req.id, error: (e as Error).message };
  }
  parentPort!.postMessage(reply);
});
