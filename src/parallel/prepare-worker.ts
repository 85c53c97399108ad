// The worker-thread side of the prepare pool: runs the engine's pure per-article step (extract, analyze, fingerprint, the weave's features) on each raw document it is sent.
import { parentPort } from 'node:worker_threads';
import { prepareDoc } from '../engine/prepare.js';
import type { RawDoc } from '../model.js';
import { type PreparedWire, toWire } from './prepared-wire.js';

export type PrepareRequest = { id: number; raw: RawDoc };
export type PrepareReply = { id: number; prepared: PreparedWire } | { id: number; error: string };

const port = parentPort;
port?.on('message', (m: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    reply = { id: m.id, prepared: toWire(prepareDoc(m.raw)) };
  } catch (e) {
    reply = { id: m.id, error: (e as Error).message };
  }
  port.postMessage(reply);
});
