// Ingest with a progress bar on an interactive terminal (cli-progress), silent otherwise.
import cliProgress from 'cli-progress';
import type { Engine, IngestOptions, IngestReport } from '../engine/index.js';

export async function ingestWithProgress(engine: Engine, inputs: string[], opts: IngestOptions): Promise<IngestReport> {
  if (!process.stderr.isTTY) return engine.ingest(inputs, opts);
  const bar = new cliProgress.SingleBar(
    {
      format: 'ingest {value} docs | {added} added | {unchanged} unchanged | {rejected} rejected | {label}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { added: 0, unchanged: 0, rejected: 0, label: '' });
  try {
    return await engine.ingest(inputs, {
      ...opts,
      onProgress: (r, label) => bar.update(r.read, { added: r.added.length, unchanged: r.unchanged, rejected: r.rejected.length, label: label.slice(-50) }),
    });
  } finally {
    bar.stop();
  }
}
