// Worker thread of bench/weave.ts --pure-thread: makes the weave features of each batch of articles (the pure step, as ingest's prepare threads do) and says its own CPU time.
import { parentPort } from 'node:worker_threads';
import { type WeaveInput, weaveFeaturesOf } from '../src/weave/index.js';
import { threadCpuMs } from './lib/thread-cpu.js';

parentPort?.on('message', (batch: { seq: number; inputs: WeaveInput[] }) => {
  const c0 = threadCpuMs() ?? 0;
  const features = batch.inputs.map((x) => weaveFeaturesOf(x));
  parentPort?.postMessage({ seq: batch.seq, features, cpu: (threadCpuMs() ?? 0) - c0 });
});
