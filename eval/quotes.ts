// Quality eval of quote extraction and speaker attribution on PolNeAR (first annotator), against a bare regex baseline.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { analyze } from '../src/analyze/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, '..', '..', 'shared', 'data', 'polnear-dev.jsonl.gz');

interface Span {
  spans: [number, number][];
  text: string;
}
interface Attribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}
interface Row {
  article: string;
  split: string;
  text: string;
  attributions: Attribution[];
}
interface Pred {
  start: number;
  end: number;
  kind: 'direct' | 'mixed' | 'indirect';
  speakerWords: Set<string>;
  /** words of the speaker mention only (without the resolved entity name) */
  mentionWords: Set<string>;
}

const QUOTE_RE = /["“”«»]/;
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'to', 's', 'at', 'by', 'with', 'his', 'her', 'its', 'their', 'this', 'that', 'who']);

function wordsOf(s: string | null | undefined): Set<string> {
  const out = new Set<string>();
  for (const w of (s ?? '').toLowerCase().match(/\w+/g) ?? []) if (!STOP.has(w)) out.add(w);
  return out;
}

function ranges(spans: Span[]): [number, number][] {
  return spans.flatMap((s) => s.spans);
}

/** Our analyzer: direct and mixed quotes count as predicted direct quotes. */
function predictOurs(text: string): Pred[] {
  return analyze(text).quotes.map((q) => {
    const w = wordsOf(q.speaker?.name);
    for (const x of wordsOf(q.speaker?.entity)) w.add(x);
    return { start: q.start, end: q.end, kind: q.kind, speakerWords: w, mentionWords: wordsOf(q.speaker?.name) };
  });
}

/** Bare baseline: every quoted string is a direct quote; its speaker is the nearest "Name said"/"said Name". */
function predictBaseline(text: string): Pred[] {
  const saids: { pos: number; name: string }[] = [];
  const re = /([A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:said|says)\b|\b(?:said|says) ([A-Z][a-z]+(?: [A-Z][a-z]+)*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) saids.push({ pos: m.index, name: m[1] ?? m[2]! });
  const out: Pred[] = [];
  const qre = /"([^"\n]+)"|“([^”\n]+)”/g;
  while ((m = qre.exec(text)) !== null) {
    const start = m.index + 1;
    const end = m.index + m[0].length - 1;
    let best: { pos: number; name: string } | null = null;
    for (const s of saids) {
      const d = s.pos < start ? start - s.pos : s.pos - end;
      if (!best || d < (best.pos < start ? start - best.pos : best.pos - end)) best = s;
    }
    out.push({ start, end, kind: 'direct', speakerWords: wordsOf(best?.name), mentionWords: wordsOf(best?.name) });
  }
  return out;
}

interface Tally {
  goldDirect: number;
  found: number;
  pred: number;
  correct: number;
  spkTotal: number;
  spkRight: number;
  spkMentionRight: number;
  goldIndirect: number;
  indirectFound: number;
  predIndirect: number;
  indirectCorrect: number;
  articles: number;
}

function blank(): Tally {
  return {
    goldDirect: 0,
    found: 0,
    pred: 0,
    correct: 0,
    spkTotal: 0,
    spkRight: 0,
    spkMentionRight: 0,
    goldIndirect: 0,
    indirectFound: 0,
    predIndirect: 0,
    indirectCorrect: 0,
    articles: 0,
  };
}

function score(row: Row, preds: Pred[], t: Tally): void {
  const n = row.text.length;
  const goldMask = new Uint8Array(n);
  const direct: Attribution[] = [];
  const indirect: Attribution[] = [];
  for (const a of row.attributions) {
    const ct = a.content.map((c) => c.text).join(' ');
    if (QUOTE_RE.test(ct)) direct.push(a);
    else indirect.push(a);
  }
  for (const a of direct) for (const [s, e] of ranges(a.content)) goldMask.fill(1, s, e);
  const directPreds = preds.filter((p) => p.kind !== 'indirect');
  const predMask = new Uint8Array(n);
  for (const p of directPreds) predMask.fill(1, p.start, p.end);
  const anyMask = new Uint8Array(n);
  for (const p of preds) anyMask.fill(1, p.start, p.end);
  t.articles++;
  for (const p of directPreds) {
    t.pred++;
    let inside = 0;
    for (let i = p.start; i < p.end; i++) inside += goldMask[i]!;
    if (p.end > p.start && inside / (p.end - p.start) >= 0.5) t.correct++;
  }
  for (const a of direct) {
    t.goldDirect++;
    const rs = ranges(a.content);
    let len = 0;
    let cov = 0;
    for (const [s, e] of rs) {
      len += e - s;
      for (let i = s; i < e; i++) cov += predMask[i]!;
    }
    if (len === 0 || cov / len < 0.5) continue;
    t.found++;
    const src = wordsOf(a.source.map((s) => s.text).join(' '));
    if (src.size === 0) continue;
    // the most-overlapping predicted quote
    let best: Pred | null = null;
    let bestOv = 0;
    for (const p of directPreds) {
      let ov = 0;
      for (const [s, e] of rs) ov += Math.max(0, Math.min(e, p.end) - Math.max(s, p.start));
      if (ov > bestOv) {
        bestOv = ov;
        best = p;
      }
    }
    t.spkTotal++;
    if (best && [...best.speakerWords].some((w) => src.has(w))) t.spkRight++;
    if (best && [...best.mentionWords].some((w) => src.has(w))) t.spkMentionRight++;
  }
  // indirect precision: a predicted indirect quote is right when >= 50% of it lies inside any gold attribution content
  const anyGold = new Uint8Array(n);
  for (const a of row.attributions) for (const [s, e] of ranges(a.content)) anyGold.fill(1, s, e);
  for (const p of preds) {
    if (p.kind !== 'indirect') continue;
    t.predIndirect++;
    let inside = 0;
    for (let i = p.start; i < p.end; i++) inside += anyGold[i]!;
    if (p.end > p.start && inside / (p.end - p.start) >= 0.5) t.indirectCorrect++;
  }
  for (const a of indirect) {
    t.goldIndirect++;
    const rs = ranges(a.content);
    let len = 0;
    let cov = 0;
    for (const [s, e] of rs) {
      len += e - s;
      for (let i = s; i < e; i++) cov += anyMask[i]!;
    }
    if (len > 0 && cov / len >= 0.5) t.indirectFound++;
  }
}

function report(name: string, t: Tally): void {
  const p = t.pred ? t.correct / t.pred : 0;
  const r = t.goldDirect ? t.found / t.goldDirect : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const spk = t.spkTotal ? t.spkRight / t.spkTotal : 0;
  const ind = t.goldIndirect ? t.indirectFound / t.goldIndirect : 0;
  console.log(
    `${name.padEnd(26)} articles ${String(t.articles).padStart(4)}  direct P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}` +
      `  (gold ${t.goldDirect}, pred ${t.pred})  speaker acc ${spk.toFixed(3)} (${t.spkRight}/${t.spkTotal}; mention words only ${(t.spkTotal ? t.spkMentionRight / t.spkTotal : 0).toFixed(3)})  indirect recall ${ind.toFixed(3)} (${t.indirectFound}/${t.goldIndirect}) precision ${(t.predIndirect ? t.indirectCorrect / t.predIndirect : 0).toFixed(3)} (${t.indirectCorrect}/${t.predIndirect})`,
  );
}

function main(): void {
  if (!existsSync(DATA)) {
    console.log(`eval/quotes: ${DATA} not found; skipping (put PolNeAR's polnear-dev.jsonl.gz there to run this eval).`);
    return;
  }
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const line of gunzipSync(readFileSync(DATA)).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Row;
    if (seen.has(r.article)) continue; // first annotator of each article only
    seen.add(r.article);
    rows.push(r);
  }
  const args = process.argv.slice(2);
  const foldsAt = args.indexOf('--folds');
  const folds = foldsAt >= 0 ? Number(args[foldsAt + 1] ?? 5) || 5 : 0;
  const only = args.find((a, i) => !a.startsWith('--') && (foldsAt < 0 || i !== foldsAt + 1));
  const tallies = new Map<string, { ours: Tally; base: Tally }>();
  const t0 = performance.now();
  for (const r of rows) {
    if (only && r.split !== only) continue;
    const keys = [r.split, 'all', ...(folds ? [`fold ${foldOf(r.article, folds) + 1}/${folds}`] : [])];
    for (const key of keys) {
      if (!tallies.has(key)) tallies.set(key, { ours: blank(), base: blank() });
    }
    const ours = predictOurs(r.text);
    const base = predictBaseline(r.text);
    for (const key of keys) {
      score(r, ours, tallies.get(key)!.ours);
      score(r, base, tallies.get(key)!.base);
    }
  }
  const ms = performance.now() - t0;
  console.log(`PolNeAR quotes eval (first annotator per article; 'train' = tuning split, 'dev' = held-out split), ${(ms / 1000).toFixed(1)} s`);
  console.log('data: PolNeAR v1.0.0, Newell, Margolin & Ruths, LREC 2018. Predicted direct = kinds direct + mixed; speaker words = mention + resolved entity.');
  for (const [key, { ours, base }] of tallies) {
    if (key.startsWith('fold ')) continue;
    report(`newsloom  [${key}]`, ours);
    report(`baseline  [${key}]`, base);
  }
  if (folds) {
    const fs = [...tallies].filter(([k]) => k.startsWith('fold ')).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
    for (const [key, { ours }] of fs) report(`newsloom  [${key}]`, ours);
    const f1s = fs.map(([, { ours }]) => directF1(ours));
    const spks = fs.map(([, { ours }]) => (ours.spkTotal ? ours.spkRight / ours.spkTotal : 0));
    console.log(`article folds (${folds}, by a hash of the article id): direct F1 ${meanSd(f1s)}, speaker acc ${meanSd(spks)} (mean ± sd; min-max)`);
  }
}

/** Which of `k` folds an article is in: a hash of its id, so the split does not depend on the order of the file. */
function foldOf(article: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < article.length; i++) h = Math.imul(h ^ article.charCodeAt(i), 16777619);
  return (h >>> 0) % k;
}

function directF1(t: Tally): number {
  const p = t.pred ? t.correct / t.pred : 0;
  const r = t.goldDirect ? t.found / t.goldDirect : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function meanSd(xs: number[]): string {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
  return `${m.toFixed(3)} ± ${sd.toFixed(3)} (${Math.min(...xs).toFixed(3)}-${Math.max(...xs).toFixed(3)})`;
}

main();
