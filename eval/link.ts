// Cross-lingual links: quality on the hand-written article pairs (test/link-pairs.ts) and the read-time cost of finding an
// event's reports in other languages on a synthetic store of N articles (names in Latin and Cyrillic, four languages, a year).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze/index.js';
import { alsoReportedOf } from '../src/engine/read-links.js';
import { digestOf, linkEvents } from '../src/link/cross-lingual.js';
import type { Analysis, Article, Assignment, RawDoc } from '../src/model.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { EventSummary } from '../src/weave/index.js';
import { DIFFERENT, SAME, type PairArticle } from '../test/link-pairs.js';

const N = process.argv.includes('--articles') ? Number(process.argv[process.argv.indexOf('--articles') + 1]) : 100_000;
const READS = 300;

function pairs(): void {
  const d = (id: string, a: PairArticle) =>
    digestOf(
      { id, language: a.language, firstDate: a.published, lastDate: a.published },
      [a],
      analyze(`${a.title}\n\n${a.text}`, { language: a.language }).entities,
    );
  const linked = SAME.filter((p) => linkEvents(d('a', p.a), d('b', p.b))).length;
  const wrong = DIFFERENT.filter((p) => linkEvents(d('a', p.a), d('b', p.b))).length;
  console.log(`pairs: ${linked}/${SAME.length} reports of one happening linked; ${wrong}/${DIFFERENT.length} different happenings linked`);
}

/** A deterministic pseudo-random sequence (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLL = ['ka', 'lo', 'mi', 'ser', 'gei', 'vo', 'ran', 'tel', 'dor', 'bas', 'nik', 'pet', 'rov', 'zel', 'sky', 'fin', 'dan', 'mur'];
const CYR: Record<string, string> = {
  ka: 'ка',
  lo: 'ло',
  mi: 'ми',
  ser: 'сер',
  gei: 'гей',
  vo: 'во',
  ran: 'ран',
  tel: 'тель',
  dor: 'дор',
  bas: 'бас',
  nik: 'ник',
  pet: 'пет',
  rov: 'ров',
  zel: 'зел',
  sky: 'ский',
  fin: 'фин',
  dan: 'дан',
  mur: 'мур',
};

async function speed(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsloom-link-'));
  const store = SqliteStore.open(join(dir, 'link.db'));
  const r = rng(7);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const names = Array.from({ length: 20_000 }, () => {
    const parts = [0, 1].map(() => Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(SYLL)));
    const latin = parts.map((p) => p.join('').replace(/^./, (c) => c.toUpperCase())).join(' ');
    const cyr = parts
      .map((p) =>
        p
          .map((s) => CYR[s])
          .join('')
          .replace(/^./, (c) => c.toUpperCase()),
      )
      .join(' ');
    return { latin, cyr };
  });
  const langs = ['en', 'de', 'fr', 'ru'];
  const events = new Map<string, EventSummary>();
  const t0 = performance.now();
  await store.beginBatch();
  for (let i = 0; i < N; i++) {
    const id = String(1e15 + i);
    const language = pick(langs);
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 365) * 86_400_000).toISOString().slice(0, 10);
    const text = `Report ${i} with ${Math.floor(r() * 5000)} people and ${Math.floor(r() * 90) + 10} vehicles.`;
    const raw: RawDoc = {
      id: `raw-${id}`,
      origin: { kind: 'file', path: 'synthetic' },
      format: 'text',
      bytes: new Uint8Array(),
      body: text,
      fetchedAt: day,
      hints: {},
    };
    const prov = { value: null, source: 'none', confidence: 0 };
    const article: Article = {
      id,
      rawId: raw.id,
      sourceId: null,
      url: null,
      outlet: `Outlet ${language} ${i % 40}`,
      title: `Title ${i}`,
      authors: [],
      published: `${day}T10:00:00Z`,
      dateline: null,
      language,
      text,
      paragraphs: [text],
      removed: [],
      provenance: { title: prov, authors: prov, published: prov, outlet: prov, dateline: prov, language: prov, url: prov },
    };
    await store.putRaw(raw);
    await store.putArticle(article);
    const ents = Array.from({ length: 3 }, () => pick(names)).map((n) => ({
      name: language === 'ru' ? n.cyr : n.latin,
      type: 'person' as const,
      aliases: [],
      mentions: 1,
    }));
    const analysis: Analysis = { entities: ents, mentions: [], quotes: [] };
    await store.putAnalysis(id, analysis);
    const ev = `e_${Math.floor(i / 3)}`;
    const a: Assignment = { event: ev, storyline: `s_${Math.floor(i / 30)}`, score: 1, newEvent: i % 3 === 0, newStoryline: false, reasons: [] };
    await store.putAssignment(id, a);
    const e = events.get(ev) ?? { id: ev, storyline: a.storyline, members: [], label: '', topTerms: [], firstDate: day, lastDate: day, reasons: [] };
    e.members.push(id);
    if (day < e.firstDate!) e.firstDate = day;
    if (day > e.lastDate!) e.lastDate = day;
    events.set(ev, e);
    if (i % 5000 === 4999) {
      await store.endBatch();
      await store.beginBatch();
    }
  }
  await store.endBatch();
  console.log(`store: ${N} articles, ${events.size} events written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const ids = [...events.keys()];
  const times: number[] = [];
  let found = 0;
  for (let k = 0; k < READS; k++) {
    const e = events.get(ids[Math.floor((k * 7919) % ids.length)]!)!;
    const s = performance.now();
    found += (await alsoReportedOf(store, e, events)).length;
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  console.log(`alsoReported, uncached, ${READS} events: p50 ${q(0.5)} ms, p90 ${q(0.9)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms (${found} links found)`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

pairs();
await speed();
