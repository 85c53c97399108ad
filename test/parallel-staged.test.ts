// Prepare threads' batches: prepareStaged gives per document exactly prepareDoc's answer (errors too), and the pool that
// holds documents for a batch answers every caller, inside orderedWindow or not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Prepared, prepareDoc } from '../src/engine/prepare.js';
import { readSources } from '../src/ingest/sources.js';
import type { RawDoc } from '../src/model.js';
import { BATCH_MAX, orderedWindow, preparer } from '../src/parallel/prepare-pool.js';
import { prepareStaged } from '../src/parallel/prepare-staged.js';
import { SEEDS } from './helpers/tmp.js';

async function seedDocs(): Promise<RawDoc[]> {
  const raws: RawDoc[] = [];
  for await (const item of readSources([SEEDS], {})) if (item.raw) raws.push(item.raw);
  assert.ok(raws.length >= 5);
  return raws;
}

const plain = (id: string, body: string): RawDoc => ({
  id,
  origin: { kind: 'file', path: `${id}.txt` },
  format: 'text',
  bytes: Buffer.from(body),
  body,
  fetchedAt: '2026-01-01T00:00:00Z',
  hints: {},
});

/** What prepareDoc makes of `raw`, or the error it throws; a rejection's time is the clock's, so it is left out. */
function serial(raw: RawDoc): Prepared | Error {
  try {
    return prepareDoc(raw);
  } catch (e) {
    return e as Error;
  }
}
const comparable = (p: Prepared | Error): unknown =>
  p instanceof Error ? { error: p.message } : p.kind === 'rejected' ? { ...p, rejection: { ...p.rejection, at: '' } } : p;

test('prepareStaged answers each document of a batch as prepareDoc does: articles, rejections and errors, once each', async () => {
  const seeds = await seedDocs();
  // a rejection (nothing left after cleaning) and a document prepareDoc throws on (no origin) among the articles
  const broken = { ...plain('broken', 'Title\n\nSome text of a broken document.'), origin: undefined } as unknown as RawDoc;
  const raws = [seeds[0]!, plain('empty', ''), ...seeds.slice(1, 3), broken, ...seeds.slice(3)];
  for (const size of [1, 3, raws.length]) {
    const got: (Prepared | Error)[] = [];
    const calls: number[] = [];
    for (let from = 0; from < raws.length; from += size)
      prepareStaged(raws.slice(from, from + size), (i, p) => {
        calls.push(from + i);
        got[from + i] = p;
      });
    assert.deepEqual(
      [...calls].sort((a, b) => a - b),
      raws.map((_, i) => i),
      `batches of ${size}: one answer per document`,
    );
    for (const [i, raw] of raws.entries()) assert.deepEqual(comparable(got[i]!), comparable(serial(raw)), `batches of ${size}: ${raw.id} differs`);
    assert.ok(got[1] && !(got[1] instanceof Error) && got[1].kind === 'rejected');
    assert.ok(got[4] instanceof Error, 'the broken document is an error');
  }
});

test('a pool of 2 threads, held documents sent in batches: orderedWindow gets prepareDoc answers in order', async () => {
  const seeds = await seedDocs();
  // more documents than a batch, the seeds repeated under other ids (each is prepared anew)
  const raws = Array.from({ length: BATCH_MAX * 2 + 5 }, (_, i) => ({ ...seeds[i % seeds.length]!, id: `seed-${i}` }));
  const pool = preparer(2);
  try {
    const got: string[] = [];
    async function* each(): AsyncGenerator<RawDoc> {
      for (const r of raws) yield r;
    }
    // a window smaller than a batch: the window must have the pool send what it holds before it waits
    for await (const { item, result } of orderedWindow(each(), (r) => pool.prepare(r), 5)) {
      assert.deepEqual(result, prepareDoc(item), `${item.id} differs`);
      got.push(item.id);
    }
    assert.deepEqual(
      got,
      raws.map((r) => r.id),
    );
    // outside orderedWindow a held document is sent after a short hold
    assert.deepEqual(await pool.prepare(raws[0]!), prepareDoc(raws[0]!));
    // one held when the pool closes is refused, not left pending
    const late = assert.rejects(pool.prepare(raws[1]!), /closed before preparing/);
    await pool.close();
    await late;
  } finally {
    await pool.close();
  }
});
