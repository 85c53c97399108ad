// A bench's input files written by a child process, so the bench's own memory (its RSS and heap figures) holds none of
// the generator's data sets and garbage: `writeFilesApart('scale' | 'polnear', dir, n)`; run as a script, it writes them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writePolnearFiles } from './polnear-files.js';
import { writeScaleFiles } from './scale-files.js';

type Kind = 'scale' | 'polnear';

/**
 * Writes N files of the kind into `dir` in a child process (of the scale corpus: only those from `from` on); their total
 * size in bytes, or null (said) when a data set is absent.
 */
export function writeFilesApart(kind: Kind, dir: string, n: number, from = 0): number | null {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), kind, dir, String(n), String(from)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`writing the bench's files failed (exit ${child.status})`);
  const lines = child.stdout.trimEnd().split('\n');
  for (const said of lines.slice(0, -1)) console.log(said);
  return JSON.parse(lines.at(-1)!) as number | null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind, dir, n, from] = process.argv.slice(2) as [Kind, string, string, string];
  console.log(JSON.stringify(kind === 'scale' ? writeScaleFiles(dir, Number(n), Number(from)) : writePolnearFiles(dir, Number(n))));
}
