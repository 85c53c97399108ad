// The statement ledger: groups the same quoted statement across articles by fuzzy matching of its words.
import { createHash } from 'node:crypto';
import type { Quote } from '../model.js';

/** One quote as the ledger sees it. */
export interface StatementInput {
  articleId: string;
  quote: Quote;
  published: string | null;
  outlet: string | null;
  event?: string | null;
}

/** A statement made once and reported by one or more articles (defined here; not in model.ts). */
export interface Statement {
  /** stable id: hash of speaker and the normalised words of the earliest wording */
  id: string;
  /** canonical speaker entity, or the speaker words when unresolved, or null */
  speaker: string | null;
  /** the earliest (then longest) wording */
  text: string;
  firstDate: string | null;
  articles: string[];
  outlets: string[];
  events: string[];
}

const SHINGLE = 3;
/** Longest posting list of one shingle that is scanned for candidates. */
const MAX_POSTINGS = 200;
/** share of the shorter quote's shingles that must appear in the other */
const CONTAINMENT = 0.6;

function words(s: string): string[] {
  return (
    s
      .toLowerCase()
      .replace(/[’']/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function shingles(ws: string[]): Set<string> {
  const out = new Set<string>();
  if (ws.length < SHINGLE) {
    if (ws.length > 0) out.add(ws.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.add(ws.slice(i, i + SHINGLE).join(' '));
  return out;
}

function speakerKey(q: Quote): string | null {
  return q.speaker?.entity ?? q.speaker?.name ?? null;
}

/**
 * Groups quotes that report the same statement: same (or unknown) speaker and at least 60% of the
 * shorter quote's word 3-grams found in the other. Quotes under 4 words only join exact repeats.
 * Output is ordered by first date, then size; input order breaks ties, so ids and order are stable.
 */
export function groupStatements(items: StatementInput[]): Statement[] {
  const sh = items.map((it) => shingles(words(it.quote.text)));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const index = new Map<string, number[]>();
  // The same words by the same speaker are one statement at once (the common case: a quote reprinted by many outlets);
  // only the first of each exact wording enters the fuzzy index below.
  const exact = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const key = `${speakerKey(items[i]!.quote) ?? ''}\u0000${words(items[i]!.quote.text).join(' ')}`;
    const first = exact.get(key);
    if (first !== undefined) {
      const a = find(i);
      const b = find(first);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      continue;
    }
    exact.set(key, i);
    const counts = new Map<number, number>();
    for (const g of sh[i]!) {
      const prior = index.get(g);
      // A shingle shared by very many quotes ("in the united") says little and would make this quadratic: skip its list.
      if (prior && prior.length <= MAX_POSTINGS) for (const j of prior) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    const si = speakerKey(items[i]!.quote);
    for (const [j, c] of counts) {
      const sj = speakerKey(items[j]!.quote);
      if (si && sj && si !== sj) continue;
      const small = Math.min(sh[i]!.size, sh[j]!.size);
      if (small === 0 || c / small < CONTAINMENT) continue;
      if (small < 2 && sh[i]!.size !== sh[j]!.size) continue;
      const a = find(i);
      const b = find(j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
    for (const g of sh[i]!) {
      const arr = index.get(g);
      if (arr) arr.push(i);
      else index.set(g, [i]);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < items.length; i++) {
    const r = find(i);
    const arr = groups.get(r);
    if (arr) arr.push(i);
    else groups.set(r, [i]);
  }
  const out: (Statement & { order: number })[] = [];
  for (const [root, members] of groups) {
    const sorted = [...members].sort((a, b) => {
      const da = items[a]!.published ?? '\uffff';
      const db = items[b]!.published ?? '\uffff';
      return da < db ? -1 : da > db ? 1 : items[b]!.quote.text.length - items[a]!.quote.text.length || a - b;
    });
    const first = items[sorted[0]!]!;
    const speaker = members.map((m) => speakerKey(items[m]!.quote)).find((s) => s !== null) ?? null;
    const uniq = (xs: (string | null | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];
    const text = first.quote.text;
    const id = createHash('sha1')
      .update(`${speaker ?? ''}\u0000${words(text).join(' ')}`)
      .digest('hex')
      .slice(0, 16);
    out.push({
      id,
      speaker,
      text,
      firstDate: first.published ?? null,
      articles: uniq(sorted.map((m) => items[m]!.articleId)),
      outlets: uniq(sorted.map((m) => items[m]!.outlet)),
      events: uniq(sorted.map((m) => items[m]!.event)),
      order: root,
    });
  }
  out.sort((a, b) => {
    const da = a.firstDate ?? '\uffff';
    const db = b.firstDate ?? '\uffff';
    return da < db ? -1 : da > db ? 1 : b.articles.length - a.articles.length || a.order - b.order;
  });
  return out.map(({ order: _o, ...s }) => s);
}
