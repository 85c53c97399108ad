// Starting a worker thread on one of this package's modules: built, the JavaScript file as it is; run from source, one
// esbuild bundle of the module and all it imports, so a thread compiles one file instead of loading ~480 through tsx.
// Under tsx each thread registers its own loader (a hooks thread of its own, a round trip per module): about 1.3 s of CPU
// per thread more than the same code bundled, measured 2026-12-03 (docs/SCALING.md). Without esbuild (it comes with tsx,
// so it is there whenever tsx is), or if the bundle fails, the thread registers tsx as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

type Esbuild = typeof import('esbuild');

/**
 * Where bundles and their notes are kept: the project's own `node_modules/.cache/newsloom-workers/`, not the shared
 * temporary folder, where another user could plant a note or a bundle that the threads would then run.
 */
export const BUNDLE_DIR = fileURLToPath(new URL('../../node_modules/.cache/newsloom-workers/', import.meta.url));

/** Whether `path` is a file of the bundle folder (a note naming anything else is not trusted). */
const inBundleDir = (path: string): boolean => resolve(path).startsWith(BUNDLE_DIR.endsWith(sep) ? BUNDLE_DIR : BUNDLE_DIR + sep);

/** The bundle made for each source module this process started threads on (null: bundling failed, use tsx). */
const bundles = new Map<string, string | null>();

/** A function starting one worker thread on `moduleUrl` (a `.ts` module when run from source, `.js` when built), with `options` (e.g. resourceLimits). */
export function workerStarter(moduleUrl: URL, options: WorkerOptions = {}): () => Worker {
  if (extname(fileURLToPath(moduleUrl)) !== '.ts') return () => new Worker(moduleUrl, options);
  return () => {
    const bundle = sourceBundle(moduleUrl);
    if (bundle) return new Worker(bundle, options);
    const tsx = import.meta.resolve('tsx/esm/api');
    return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(moduleUrl.href)}); })`, {
      ...options,
      eval: true,
    });
  };
}

/** The path of a bundle of the source module (written once under BUNDLE_DIR, named by its content), or null. */
export function sourceBundle(moduleUrl: URL): string | null {
  const key = moduleUrl.href;
  const known = bundles.get(key);
  // made again if it went away (the cache folder cleaned during a long run)
  if (known === undefined || (known !== null && !existsSync(known))) bundles.set(key, makeBundle(moduleUrl));
  return bundles.get(key) ?? null;
}

function makeBundle(moduleUrl: URL): string | null {
  if (process.env.NEWSLOOM_WORKER_BUNDLE === '0') return null;
  const entry = fileURLToPath(moduleUrl);
  const cached = cachedBundle(entry);
  if (cached) return cached;
  let esbuild: Esbuild;
  try {
    esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
  } catch {
    return null;
  }
  // the metafile names inputs relative to this folder
  const cwd = process.cwd();
  const options: import('esbuild').BuildOptions & { write: false } = {
    absWorkingDir: cwd,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    write: false,
    logLevel: 'silent',
    metafile: true,
    // a CommonJS dependency's require() of a Node module needs a real require in an ES module bundle
    banner: { js: `import { createRequire as __newsloomRequire } from 'node:module'; const require = __newsloomRequire(${JSON.stringify(moduleUrl.href)});` },
  };
  try {
    let out = esbuild.buildSync(options);
    // A module's import.meta.url must stay its own source file's URL (data/ is found from there), not the bundle's: one
    // such module is given its URL (a define applies to the whole bundle, and plugins need the asynchronous API); more
    // than one, and the threads use tsx.
    const inputs = Object.keys(out.metafile!.inputs).map((f) => resolve(cwd, f));
    const users = inputs.filter((f) => !f.endsWith('.json') && readFileSync(f, 'utf8').includes('import.meta'));
    if (users.length > 1) return null;
    if (users.length === 1) out = esbuild.buildSync({ ...options, define: { 'import.meta.url': JSON.stringify(pathToFileURL(users[0]!).href) } });
    const code = out.outputFiles[0]!.contents;
    mkdirSync(BUNDLE_DIR, { recursive: true, mode: 0o700 });
    const path = join(BUNDLE_DIR, `newsloom-worker-${createHash('sha256').update(code).digest('hex').slice(0, 20)}.mjs`);
    if (!existsSync(path)) {
      // written whole under another name first: another process may be starting threads on the same bundle
      const part = `${path}.${process.pid}.part`;
      writeFileSync(part, code);
      renameSync(part, path);
    }
    remember(entry, path, inputs);
    return path;
  } catch {
    return null;
  }
}

/** Where the bundle of `entry` and the files it was made from are noted, with their sizes and modification times. */
function notePath(entry: string): string {
  return join(BUNDLE_DIR, `newsloom-worker-${createHash('sha256').update(`${entry} ${process.version}`).digest('hex').slice(0, 20)}.json`);
}

/** The bundle made earlier from `entry` if none of the files it was made from changed since (then no esbuild run). */
function cachedBundle(entry: string): string | null {
  try {
    const note = JSON.parse(readFileSync(notePath(entry), 'utf8')) as { bundle: string; inputs: [string, number, number][] };
    if (!inBundleDir(note.bundle) || !existsSync(note.bundle)) return null;
    for (const [file, size, mtime] of note.inputs) {
      const st = statSync(file);
      if (st.size !== size || st.mtimeMs !== mtime) return null;
    }
    return note.bundle;
  } catch {
    return null;
  }
}

function remember(entry: string, bundle: string, inputs: string[]): void {
  const files = inputs.map((f) => {
    const st = statSync(f);
    return [f, st.size, st.mtimeMs];
  });
  const path = notePath(entry);
  dropOlderBundle(path, bundle);
  const part = `${path}.${process.pid}.part`;
  writeFileSync(part, JSON.stringify({ bundle, inputs: files }));
  renameSync(part, path);
}

/** The bundle an earlier note named, once replaced, is removed when it is over an hour old (a process still starting threads on it has long since loaded it): a bundle per edit of the sources would otherwise pile up. */
function dropOlderBundle(note: string, bundle: string): void {
  try {
    const old = (JSON.parse(readFileSync(note, 'utf8')) as { bundle: string }).bundle;
    if (old !== bundle && inBundleDir(old) && Date.now() - statSync(old).mtimeMs > 3_600_000) unlinkSync(old);
  } catch {
    // no earlier note, or its bundle is gone already
  }
}
