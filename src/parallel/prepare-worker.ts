// The worker-thread side of the prepare pool: runs the engine's pure per-article step (extract, analyze, fingerprint, the
// weave's features) on the raw documents it is sent (one, or a batch in one message); what came in one turn of the event
// loop is prepared as one batch, stage by stage (prepare-staged.ts), each answer sent as soon as it is made.
import { parentPort } from 'node:worker_threads';
import type { RawDoc } from '../model.js';
import { prepareStaged } from './prepare-staged.js';
import { type PreparedWire, toWire } from './prepared-wire.js';

export type PrepareRequest = { id: number; raw: RawDoc };
export type PrepareReply = { id: number; prepared: PreparedWire } | { id: number; error: string };

/** At most this many documents a batch (the pool sends at most BATCH_MAX, prepare-pool.ts). */
const BATCH_MAX = 16;

const port = parentPort;
const queue: PrepareRequest[] = [];
let scheduled = false;

/** Prepare what queued (the messages that came in one turn of the event loop), then look again. */
function drain(): void {
  scheduled = false;
  const batch = queue.splice(0, BATCH_MAX);
  prepareStaged(
    batch.map((m) => m.raw),
    (i, answer) => {
      const id = batch[i]!.id;
      let reply: PrepareReply;
      try {
        reply = answer instanceof Error ? { id, error: answer.message } : { id, prepared: toWire(answer) };
      } catch (e) {
        reply = { id, error: (e as Error).message };
      }
      port?.postMessage(reply);
    },
  );
  if (queue.length && !scheduled) {
    scheduled = true;
    setImmediate(drain);
  }
}

port?.on('message', (m: PrepareRequest | PrepareRequest[]) => {
  if (Array.isArray(m)) queue.push(...m);
  else queue.push(m);
  if (!scheduled) {
    scheduled = true;
    setImmediate(drain);
  }
});
