// Loading the tunables kept as JSON under data/ (boilerplate rules, outlets, cue verbs...), from source or built code alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The package root: the nearest folder above this module that holds package.json and data/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error(`newsloom: cannot find its data/ folder above ${fileURLToPath(import.meta.url)}; reinstall the package`);
    dir = up;
  }
}

const cache = new Map<string, unknown>();

/** Parse data/<name> once and return it. */
export function loadData<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(join(packageRoot(), 'data', name), 'utf8')));
  return cache.get(name) as T;
}
