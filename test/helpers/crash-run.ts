// Test helper for the crash suite: run the real CLI as a child, SIGKILL it at chosen moments, and read the store's state back through the CLI.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { weaveOwnSummaries } from './store-state.js';
import { ROOT } from './tmp.js';

/** Start `newsloom --db DB ingest FILE` and SIGKILL it after `ms`; true when it was killed (false when it ended first). */
export function ingestKilledAfter(db: string, file: string, ms: number): Promise<boolean> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--db', db, 'ingest', file], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', rej);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      res(signal === 'SIGKILL');
    });
  });
}

/**
 * Run a CLI command to completion; throws with its stderr when it fails. Output bytes are joined before decoding
 * (decoding each pipe chunk alone would split multi-byte characters at chunk edges, as tmp.ts's cli() does).
 */
export function run(args: string[]): Promise<string> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', rej);
    child.on('close', (code) => {
      if (code === 0) res(Buffer.concat(out).toString('utf8'));
      else rej(new Error(`newsloom ${args.join(' ')} exited ${code}: ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`));
    });
  });
}

export interface StoreState {
  articles: string[];
  events: string[];
  storylines: string[];
  /** The events and storylines the stored weave gives now (with key terms and names ranked by its IDF snapshot). */
  weave: string;
}

/** Everything a user sees of the store: every exported article (with its copies), every event and storyline, sorted. */
export async function storeState(db: string): Promise<StoreState> {
  const articles = (await run(['--db', db, 'export'])).split('\n').filter(Boolean).sort();
  // as listed, key terms and names included (ranked by the IDF snapshot in force, whenever the flushes fell)
  const items = (s: string) => ((JSON.parse(s) as { items: unknown[] }).items ?? []).map((x) => JSON.stringify(x)).sort();
  const events = items(await run(['--db', db, 'events', '--json', '--limit', '1000000']));
  const storylines = items(await run(['--db', db, 'storylines', '--json', '--limit', '1000000']));
  const store = await openStore(db);
  try {
    return { articles, events, storylines, weave: await weaveOwnSummaries(store) };
  } finally {
    await store.close();
  }
}
