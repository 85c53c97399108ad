// eld's 'medium' language detector, built on first use from eld's own n-gram data read as JSON (cached under node_modules/.cache), not compiled from its 2 MB object literal in every thread.
// Importing `eld/medium` compiles and runs a 2 MB object literal: ~0.9-1.4 s of CPU in every process and every prepare
// thread, even in one that never detects a language (the writer). The same data as JSON.parse costs ~0.27 s. So this
// module loads only eld's small detector module at start, and on the first detection reads the n-grams from a JSON copy
// of eld's own file (made once, by evaluating that file, and kept under the node_modules/.cache folder beside eld, named by
// eld's version and the file's size and time). If eld's files are not laid out as expected, `eld/medium` is imported as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import { threadId } from 'node:worker_threads';
import { packageRoot } from '../util/data-files.js';

/** The detector as eld's static entries export it. */
export type Eld = typeof import('eld/medium')['eld'];

interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

type CreateEld = () => { instance: Eld; loadData: (data: NgramsData) => string };

/** The folder of the installed eld package: the first `node_modules/eld` above this package's root, as Node resolves it. */
function eldFolder(): string | null {
  let dir = packageRoot();
  for (;;) {
    const at = join(dir, 'node_modules', 'eld');
    if (existsSync(join(at, 'package.json'))) return realpathSync(at);
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** eld's folder with its detector factory and medium n-gram file, or null (then `eld/medium` is imported whole). */
async function eldParts(): Promise<{ folder: string; createEld: CreateEld; ngramsFile: string } | null> {
  try {
    const folder = eldFolder();
    if (!folder) return null;
    const ngramsFile = join(folder, 'src', 'ngrams', 'medium.js');
    if (!existsSync(ngramsFile)) return null;
    const mod = (await import(pathToFileURL(join(folder, 'src', 'languageDetector.js')).href)) as { createEld?: CreateEld };
    return typeof mod.createEld === 'function' ? { folder, createEld: mod.createEld, ngramsFile } : null;
  } catch {
    return null;
  }
}

const parts = await eldParts();
/** Named through a variable, so that a bundle of the threads' code (src/parallel/worker-boot.ts) leaves eld's 2 MB entry out. */
const MEDIUM_ENTRY = 'eld/medium';
let detector: Eld | null = parts ? null : ((await import(MEDIUM_ENTRY)) as typeof import('eld/medium')).eld;

/** eld's medium detector, the same answers as `eld/medium`'s; its data is loaded on the first call. */
export function languageDetector(): Eld {
  if (!detector) {
    const { instance, loadData } = parts!.createEld();
    loadData(ngramsData(parts!.folder, parts!.ngramsFile));
    detector = instance;
  }
  return detector;
}

const isNgrams = (d: unknown): d is NgramsData => {
  const x = d as NgramsData | null;
  return !!x && typeof x.type === 'string' && typeof x.languages === 'object' && !!x.languages && typeof x.ngrams === 'object' && !!x.ngrams;
};

/** The JSON copy of eld's n-gram file that `ngramsData` keeps: named by eld's version and the file's size and time. */
export function ngramsCachePath(folder: string, ngramsFile: string): string {
  const version = (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
  const st = statSync(ngramsFile);
  const key = createHash('sha256').update(`${ngramsFile} ${version} ${st.size} ${st.mtimeMs}`).digest('hex').slice(0, 16);
  return join(dirname(folder), '.cache', 'newsloom-eld', `medium-${key}.json`);
}

/** eld's medium n-grams: from the JSON copy, or evaluated from eld's file (and the copy written for the next time). */
function ngramsData(folder: string, ngramsFile: string): NgramsData {
  const cache = ngramsCachePath(folder, ngramsFile);
  try {
    const d: unknown = JSON.parse(readFileSync(cache, 'utf8'));
    if (isNgrams(d)) return d;
  } catch {
    // no copy yet, or a broken one: made again below
  }
  const source = readFileSync(ngramsFile, 'utf8');
  const at = /export\s+const\s+ngramsData\s*=\s*/.exec(source);
  if (!at) throw new Error(`newsloom: eld's n-gram file ${ngramsFile} does not hold 'export const ngramsData'; reinstall eld`);
  const data: unknown = runInThisContext(`(${source.slice(at.index + at[0].length).replace(/;\s*$/, '')})`, { filename: ngramsFile });
  if (!isNgrams(data)) throw new Error(`newsloom: eld's n-gram file ${ngramsFile} is not eld's n-gram data; reinstall eld`);
  try {
    mkdirSync(dirname(cache), { recursive: true });
    // written whole under another name first: other threads and processes may read or write the same copy
    const part = `${cache}.${process.pid}.${threadId}.part`;
    writeFileSync(part, JSON.stringify(data));
    renameSync(part, cache);
  } catch {
    // a read-only install: the data is evaluated again next time
  }
  return data;
}
