// Shared by the weave evals: reading JSONL(.gz) data files, the production input path (extract + analyze) and config overrides from argv.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../../src/analyze/index.js';
import { articleFromRow } from '../../src/extract/batch.js';
import { type WeaveConfig, type WeaveInput, weaveInputOf } from '../../src/weave/index.js';

/** Rows of a JSONL file, gunzipped when it is gzip data (make_stream.py writes gzip whatever the name). */
export function readJsonl<T>(path: string): T[] {
  const buf = readFileSync(path);
  const text = buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** The production path of `newsloom cluster` and ingest: a row is extracted, analysed and turned into the weaver's input. */
export function productionInput(row: Record<string, unknown>, line: number): WeaveInput {
  const a = articleFromRow(row, line);
  const id = String(row.id ?? row.doc_id ?? a.id);
  return weaveInputOf({ ...a, id }, analyze(a.text, { title: a.title }));
}

/** Numeric overrides `--key=value` (and `--config=file.json` for nested ones) from the command line. */
export function parseOverrides(argv: string[] = process.argv.slice(2)): Partial<WeaveConfig> {
  const overrides: Record<string, unknown> = {};
  for (const arg of argv) {
    const m = /^--(\w+)=(-?[\d.]+)$/.exec(arg);
    if (m) overrides[m[1]] = Number(m[2]);
    const c = /^--config=(.+)$/.exec(arg);
    if (c) Object.assign(overrides, JSON.parse(readFileSync(c[1], 'utf8')));
  }
  return overrides as Partial<WeaveConfig>;
}

/** The value of `--name VALUE` or `--name=VALUE`, or null. */
export function argValue(name: string, argv: string[] = process.argv.slice(2)): string | null {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}` && i + 1 < argv.length) return argv[i + 1];
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return null;
}

export function fmt(x: number): string {
  return x.toFixed(4);
}
