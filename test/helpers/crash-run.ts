// Test helper for the crash suite: run the real CLI as a child, SIGKILL it at chosen moments, and read the store's state back through the CLI.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cli, ROOT } from './tmp.js';

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

/** Run a CLI command to completion; throws with its stderr when it fails. */
export async function run(args: string[]): Promise<string> {
  const r = await cli(args);
  if (r.code !== 0) throw new Error(`newsloom ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
  return r.stdout;
}

export interface StoreState {
  articles: string[];
  events: string[];
  storylines: string[];
}

/** Everything a user sees of the store: every exported article (with its copies), every event and storyline, sorted. */
export async function storeState(db: string): Promise<StoreState> {
  const articles = (await run(['--db', db, 'export'])).split('\n').filter(Boolean).sort();
  const items = (s: string) => ((JSON.parse(s) as { items: unknown[] }).items ?? []).map((x) => JSON.stringify(x)).sort();
  const events = items(await run(['--db', db, 'events', '--json', '--limit', '1000000']));
  const storylines = items(await run(['--db', db, 'storylines', '--json', '--limit', '1000000']));
  return { articles, events, storylines };
}
