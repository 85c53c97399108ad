// Builds the copy-detection evaluation set from real articles (PolNeAR, WCXB, ECB+) with labelled synthetic copies; fixed seed.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import furniture from './dedup-boilerplate.json' with { type: 'json' };
import { rng } from './random.js';
export { rng };

export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data');

export function readJsonlGz<T>(name: string): T[] | null {
  const p = resolve(DATA_DIR, name);
  if (!existsSync(p)) return null;
  return gunzipSync(readFileSync(p))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export type Source = 'polnear' | 'wcxb' | 'ecbplus';
export interface BaseDoc {
  key: string;
  source: Source;
  text: string;
  title: string;
  subtopic?: string;
}

const wordCount = (t: string): number => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const normKey = (t: string): string => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Real articles: PolNeAR `text` and WCXB `main_content` (bases for synthetic copies), ECB+ `text` (same-event negatives). Null if the data is absent. */
export function loadBases(): { bases: BaseDoc[]; ecb: BaseDoc[] } | null {
  const pol = readJsonlGz<{ article: string; title: string; text: string }>('polnear-dev.jsonl.gz');
  const wc = readJsonlGz<{ id: string; title: string; main_content: string | null }>('wcxb-dev.jsonl.gz');
  const ecb = readJsonlGz<{ doc_id: string; subtopic: string; text: string }>('ecbplus-dev.jsonl.gz');
  if (!pol || !wc || !ecb) return null;
  const seen = new Set<string>();
  const bases: BaseDoc[] = [];
  const push = (d: BaseDoc, minWords: number): void => {
    const k = normKey(d.text);
    if (wordCount(d.text) < minWords || seen.has(k)) return; // PolNeAR has several annotations of one article: keep one.
    seen.add(k);
    bases.push(d);
  };
  for (const r of pol) push({ key: `pol:${r.article}`, source: 'polnear', text: r.text, title: r.title ?? '' }, 60);
  for (const r of wc) if (r.main_content) push({ key: `wcxb:${r.id}`, source: 'wcxb', text: r.main_content, title: r.title ?? '' }, 60);
  const ecbDocs: BaseDoc[] = ecb.map((r) => ({ key: `ecb:${r.doc_id}`, source: 'ecbplus', text: r.text, title: '', subtopic: r.subtopic }));
  return { bases, ecb: ecbDocs };
}

/** Transformations. `copy` says whether the result counts as a copy of its base. */
export const TRANSFORMS = {
  'exact-reformat': { copy: true, what: 'same words; spacing, line breaks, case of the first word and quote style changed' },
  reprint: { copy: true, what: 'new header and footer (bylines, share bars, copyright, related links), 10-80 words added' },
  'light-rewrite': { copy: true, what: '3-8% of words replaced, sometimes one sentence dropped' },
  truncated: { copy: true, what: 'leading 50-90% kept, cut at a sentence end, sometimes "Read more"' },
  reordered: { copy: true, what: 'paragraphs (or sentences) shuffled' },
  mixed: { copy: true, what: 'reprint furniture + leading 60-95% + 2-4% words replaced' },
  'heavy-rewrite': {
    copy: false,
    what: 'every sentence has 30-45% of words replaced, 20% of sentences dropped, order shuffled: a new article on the same facts',
  },
} as const;
export type TransformName = keyof typeof TRANSFORMS;

export interface EvalDoc {
  id: string;
  text: string;
  published: string | null;
  /** Base key this doc was made from (itself for a base). */
  base: string;
  transform: TransformName | 'base' | 'ecbplus';
  subtopic?: string;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]['"’”]?)\s+(?=[A-Z“"‘'`])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
function paragraphs(text: string): string[] {
  const ps = text
    .split(/\n\s*\n|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return ps;
}
function shuffle<T>(a: T[], r: () => number): T[] {
  const b = [...a];
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [b[i], b[j]] = [b[j]!, b[i]!];
  }
  return b;
}
const pick = <T>(a: readonly T[], r: () => number): T => a[Math.floor(r() * a.length)]!;

/** Replaces a fraction of words with words drawn from the corpus vocabulary (keeps punctuation and spacing). */
function replaceWords(text: string, frac: number, vocab: string[], r: () => number): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (w) => (r() < frac ? pick(vocab, r) : w));
}

function furnitureLine(lines: readonly string[], r: () => number, titles: string[], date: string): string {
  return pick(lines, r)
    .replaceAll('{outlet}', pick(furniture.outlets, r))
    .replaceAll('{author}', pick(furniture.authors, r))
    .replaceAll('{date}', date)
    .replaceAll('{title}', pick(titles, r));
}

function addFurniture(text: string, r: () => number, titles: string[], date: string): string {
  const head: string[] = [];
  const foot: string[] = [];
  const nh = 1 + Math.floor(r() * 3);
  const nf = 1 + Math.floor(r() * 4);
  for (let i = 0; i < nh; i++) head.push(furnitureLine(furniture.headers, r, titles, date));
  for (let i = 0; i < nf; i++) foot.push(furnitureLine(furniture.footers, r, titles, date));
  return `${head.join('\n')}\n\n${text}\n\n${foot.join('\n')}`;
}

function truncate(text: string, keep: number, r: () => number): string {
  const ss = sentences(text);
  const total = wordCount(text);
  const out: string[] = [];
  let n = 0;
  for (const s of ss) {
    if (n >= keep * total && out.length > 0) break;
    out.push(s);
    n += wordCount(s);
  }
  return out.join(' ') + (r() < 0.5 ? ' Read more...' : '');
}

export function transform(name: TransformName, base: BaseDoc, r: () => number, vocab: string[], titles: string[], date: string): string {
  const t = base.text;
  switch (name) {
    case 'exact-reformat': {
      let s = t.replace(/\n+/g, r() < 0.5 ? '\n\n' : ' ').replace(/ +/g, r() < 0.5 ? '  ' : ' ');
      s = s.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’');
      return r() < 0.5 ? s.toUpperCase() : s;
    }
    case 'reprint':
      return addFurniture(t, r, titles, date);
    case 'light-rewrite': {
      const ss = sentences(t);
      if (ss.length > 6 && r() < 0.5) ss.splice(Math.floor(r() * ss.length), 1);
      return replaceWords(ss.join(' '), 0.03 + r() * 0.05, vocab, r);
    }
    case 'truncated':
      return truncate(t, 0.5 + r() * 0.4, r);
    case 'reordered': {
      const ps = paragraphs(t);
      if (ps.length >= 3) return shuffle(ps, r).join('\n\n');
      return shuffle(sentences(t), r).join(' ');
    }
    case 'mixed':
      return addFurniture(replaceWords(truncate(t, 0.6 + r() * 0.35, r), 0.02 + r() * 0.02, vocab, r), r, titles, date);
    case 'heavy-rewrite': {
      const ss = sentences(t).filter(() => r() >= 0.2);
      const rewritten = ss.map((s) => replaceWords(s, 0.3 + r() * 0.15, vocab, r));
      return addFurniture(shuffle(rewritten, r).join(' '), r, titles, date);
    }
  }
}

const ALL: TransformName[] = Object.keys(TRANSFORMS) as TransformName[];

/**
 * The evaluation set: every base article, two transformed versions of each (distinct transformations, picked
 * at random), and every ECB+ document. Bases are dated; copies are dated 1-72 hours later (or undated, 20%),
 * so the expected origin of a copy group is its base. Documents are returned in a shuffled arrival order.
 */
export function buildEvalSet(seed = 20261122): { docs: EvalDoc[]; bases: BaseDoc[] } | null {
  const loaded = loadBases();
  if (!loaded) return null;
  const r = rng(seed);
  const { bases, ecb } = loaded;
  const vocab = Array.from(new Set(bases.flatMap((b) => b.text.match(/[\p{L}]{3,}/gu) ?? [])));
  const titles = bases.map((b) => b.title).filter((t) => t.length > 10);
  const docs: EvalDoc[] = [];
  const t0 = Date.parse('2016-01-01T00:00:00Z');
  for (const b of bases) {
    const bt = t0 + Math.floor(r() * 365 * 24) * 3600_000;
    docs.push({ id: b.key, text: b.text, published: new Date(bt).toISOString(), base: b.key, transform: 'base' });
    const chosen = shuffle(ALL, r).slice(0, 2);
    for (const name of chosen) {
      const when = r() < 0.2 ? null : new Date(bt + (1 + Math.floor(r() * 72)) * 3600_000).toISOString();
      const text = transform(name, b, r, vocab, titles, (when ?? new Date(bt).toISOString()).slice(0, 10));
      docs.push({ id: `${b.key}#${name}`, text, published: when, base: b.key, transform: name });
    }
  }
  for (const e of ecb) docs.push({ id: e.key, text: e.text, published: null, base: e.key, transform: 'ecbplus', subtopic: e.subtopic });
  return { docs: shuffle(docs, r), bases };
}
