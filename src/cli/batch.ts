// The batch command contract: JSONL in (file or stdin), one JSONL row out per input row in order, bad rows as {id, error}.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface BatchResult {
  rows: number;
  errors: number;
}

/** Run `fn` over every JSONL row of `input` ("-" = stdin), writing its result (or an error row) to `out` in input order. */
export async function runBatch(
  input: string,
  fn: (row: Record<string, unknown>, line: number) => unknown | Promise<unknown>,
  io: { stdin?: Readable; out?: Writable } = {},
): Promise<BatchResult> {
  const out = io.out ?? process.stdout;
  const stream = input === '-' ? (io.stdin ?? process.stdin) : createReadStream(input);
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  const result: BatchResult = { rows: 0, errors: 0 };
  let line = 0;
  for await (const text of rl) {
    line++;
    if (!text.trim()) continue;
    result.rows++;
    let id: unknown = null;
    let output: unknown;
    try {
      const row = JSON.parse(text) as unknown;
      if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new Error('row must be a JSON object');
      id = (row as Record<string, unknown>).id ?? null;
      output = await fn(row as Record<string, unknown>, line);
    } catch (e) {
      result.errors++;
      output = { id, error: `line ${line}: ${(e as Error).message}` };
    }
    if (!out.write(`${JSON.stringify(output)}\n`)) await new Promise((r) => out.once('drain', r));
  }
  return result;
}

/** Like runBatch, for commands whose answer for a row depends on later rows (dedup, cluster): all rows are read first. */
export async function runBatchAll(
  input: string,
  prepare: (row: Record<string, unknown>, line: number) => unknown,
  finish: (prepared: { line: number; id: unknown; value?: unknown; error?: string }[]) => unknown[],
  io: { stdin?: Readable; out?: Writable } = {},
): Promise<BatchResult> {
  const out = io.out ?? process.stdout;
  const stream = input === '-' ? (io.stdin ?? process.stdin) : createReadStream(input);
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  const prepared: { line: number; id: unknown; value?: unknown; error?: string }[] = [];
  let line = 0;
  for await (const text of rl) {
    line++;
    if (!text.trim()) continue;
    let id: unknown = null;
    try {
      const row = JSON.parse(text) as unknown;
      if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new Error('row must be a JSON object');
      id = (row as Record<string, unknown>).id ?? null;
      prepared.push({ line, id, value: prepare(row as Record<string, unknown>, line) });
    } catch (e) {
      prepared.push({ line, id, error: `line ${line}: ${(e as Error).message}` });
    }
  }
  const outputs = finish(prepared);
  let errors = 0;
  for (const o of outputs) {
    if (o && typeof o === 'object' && 'error' in o) errors++;
    if (!out.write(`${JSON.stringify(o)}\n`)) await new Promise((r) => out.once('drain', r));
  }
  return { rows: prepared.length, errors };
}
