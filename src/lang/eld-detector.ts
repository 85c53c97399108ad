// eld's 'medium' language detection from eld's own n-gram data kept as flat arrays (cached under node_modules/.cache), not compiled from its 2 MB object literal in every thread.
// Importing `eld/medium` compiles and runs a 2 MB object literal: ~0.9-1.4 s of CPU in every process and every prepare
// thread, even in one that never detects a language (the writer). So this module loads only eld's small modules at start,
// and on the first detection reads the n-grams as a table of flat arrays (`eld-table.ts`, scored by `eld-scorer.ts`: eld's
// answers at a fraction of its cost) from a file made once from eld's own (by evaluating it) and kept under the
// node_modules/.cache folder beside eld, named by eld's version and the file's size and time. If eld's files are not laid
// out as expected, `eld/medium` is imported and detects as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import { threadId } from 'node:worker_threads';
import { packageRoot } from '../util/data-files.js';
import { type EldAnswer, type EldPieces, EldScorer } from './eld-scorer.js';
import { decodeTable, encodeTable, type NgramsData, type NgramTable, tableOf } from './eld-table.js';

/** The detector as eld's static entries export it. */
export type Eld = typeof import('eld/medium')['eld'];

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

/** eld's folder with its detector factory, the pieces its scoring reads and its medium n-gram file, or null (then `eld/medium` is imported whole). */
async function eldParts(): Promise<{ folder: string; createEld: CreateEld; pieces: EldPieces; ngramsFile: string } | null> {
  try {
    const folder = eldFolder();
    if (!folder) return null;
    const ngramsFile = join(folder, 'src', 'ngrams', 'medium.js');
    if (!existsSync(ngramsFile)) return null;
    const load = async (file: string) => (await import(pathToFileURL(join(folder, 'src', file)).href)) as Record<string, unknown>;
    const { createEld } = (await load('languageDetector.js')) as { createEld?: CreateEld };
    const { separators } = await load('regexPatterns.js');
    const { dictionary } = await load('dictionary.js');
    const { avgScore } = await load('avgScore.js');
    if (typeof createEld !== 'function' || !(separators instanceof RegExp) || !Array.isArray(dictionary) || typeof avgScore !== 'object' || !avgScore)
      return null;
    return { folder, createEld, pieces: { separators, dictionary, avgScore } as EldPieces, ngramsFile };
  } catch {
    return null;
  }
}

const parts = await eldParts();
/** Named through a variable, so that a bundle of the threads' code (src/parallel/worker-boot.ts) leaves eld's 2 MB entry out. */
const MEDIUM_ENTRY = 'eld/medium';
let detector: Eld | null = parts ? null : ((await import(MEDIUM_ENTRY)) as typeof import('eld/medium')).eld;

/** eld's own medium detector (its data evaluated from eld's file when not imported whole): the reference `detectEld` answers as. */
export function languageDetector(): Eld {
  if (!detector) {
    const { instance, loadData } = parts!.createEld();
    loadData(evaluatedNgrams(parts!.ngramsFile));
    detector = instance;
  }
  return detector;
}

let scorer: EldScorer | null | undefined;

/** eld's medium detection of `text`: by `EldScorer` over eld's own data and pieces, else (eld laid out otherwise) by eld's detect. */
export function detectEld(text: string): EldAnswer {
  if (scorer === undefined) {
    const table = parts ? ngramTable(parts.folder, parts.ngramsFile) : null;
    scorer = table && parts ? new EldScorer(table, parts.pieces) : null;
  }
  if (scorer) return scorer.detect(text);
  const r = languageDetector().detect(text);
  return { language: r.language, score: (r.getScores() as Record<string, number>)[r.language] ?? 0, reliable: r.isReliable() };
}

const isNgrams = (d: unknown): d is NgramsData => {
  const x = d as NgramsData | null;
  return !!x && typeof x.type === 'string' && typeof x.languages === 'object' && !!x.languages && typeof x.ngrams === 'object' && !!x.ngrams;
};

/** The table file made from eld's n-gram file, kept by `ngramTable`: named by eld's version and the file's size and time. */
export function ngramsCachePath(folder: string, ngramsFile: string): string {
  const version = (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
  const st = statSync(ngramsFile);
  const key = createHash('sha256').update(`${ngramsFile} ${version} ${st.size} ${st.mtimeMs}`).digest('hex').slice(0, 16);
  return join(dirname(folder), '.cache', 'newsloom-eld', `medium-${key}.table`);
}

/** eld's medium n-grams as a table: from the cached file, or made from eld's file (and the file written for the next time); null when they do not fit one. */
function ngramTable(folder: string, ngramsFile: string): NgramTable | null {
  const cache = ngramsCachePath(folder, ngramsFile);
  try {
    const t = decodeTable(readFileSync(cache));
    if (t) return t;
  } catch {
    // no file yet, or a broken one: made again below
  }
  const table = tableOf(evaluatedNgrams(ngramsFile));
  if (!table) return null;
  try {
    mkdirSync(dirname(cache), { recursive: true });
    // written whole under another name first: other threads and processes may read or write the same file
    const part = `${cache}.${process.pid}.${threadId}.part`;
    writeFileSync(part, encodeTable(table));
    renameSync(part, cache);
  } catch {
    // a read-only install: the table is made again next time
  }
  return table;
}

/** eld's medium n-grams, evaluated from its file (its object literal alone, not the module). */
function evaluatedNgrams(ngramsFile: string): NgramsData {
  const source = readFileSync(ngramsFile, 'utf8');
  const at = /export\s+const\s+ngramsData\s*=\s*/.exec(source);
  if (!at) throw new Error(`newsloom: eld's n-gram file ${ngramsFile} does not hold 'export const ngramsData'; reinstall eld`);
  const data: unknown = runInThisContext(`(${source.slice(at.index + at[0].length).replace(/;\s*$/, '')})`, { filename: ngramsFile });
  if (!isNgrams(data)) throw new Error(`newsloom: eld's n-gram file ${ngramsFile} is not eld's n-gram data; reinstall eld`);
  return data;
}
