// Loads the WCXB dev pages (gzip JSONL) for extraction evals and benchmarks; returns null when the file is absent.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export interface WcxbRow {
  id: string;
  url: string;
  html: string;
  title: string;
  author: string | null;
  publish_date: string | null;
  main_content: string | null;
  with: string[];
  without: string[];
}

export const WCXB_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/wcxb-dev.jsonl.gz');

export function loadWcxb(limit?: number): WcxbRow[] | null {
  if (!existsSync(WCXB_PATH)) return null;
  const lines = gunzipSync(readFileSync(WCXB_PATH))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const rows = lines.map((l) => JSON.parse(l) as WcxbRow);
  return limit !== undefined ? rows.slice(0, limit) : rows;
}

export function argLimit(argv: string[]): number | undefined {
  const i = argv.indexOf('--limit');
  if (i >= 0 && argv[i + 1]) {
    const n = Number(argv[i + 1]);
    if (Number.isFinite(n) && n > 0) return n;
  }
  return undefined;
}
