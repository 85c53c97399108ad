// Fixtures of the Store conformance suite: documents, quotes, assignments and fingerprints to write, and add() to store one article.
import type { Article, Assignment, Quote, RawDoc } from '../../src/model.js';
import type { FingerprintRecord, Store } from '../../src/store/store.js';

export const NO_FIELD = { value: null, source: 'none', confidence: 0 };

export function provenance(): Article['provenance'] {
  return { title: NO_FIELD, authors: NO_FIELD, published: NO_FIELD, outlet: NO_FIELD, dateline: NO_FIELD, language: NO_FIELD, url: NO_FIELD };
}

/** A raw original and the article made from it; `id` must be hex so prefix lookups apply. */
export function doc(id: string, title: string | null, text: string, extra: Partial<Article> = {}): { raw: RawDoc; article: Article } {
  const body = `${title ?? ''}\n\n${text}`;
  const raw: RawDoc = {
    id: `raw-${id}`,
    origin: { kind: 'file', path: `${id}.txt` },
    format: 'text',
    bytes: Buffer.from(body, 'utf8'),
    body,
    fetchedAt: '2026-03-01T10:00:00Z',
    hints: {},
  };
  const article: Article = {
    id,
    rawId: raw.id,
    sourceId: null,
    url: null,
    outlet: null,
    title,
    authors: [],
    published: null,
    dateline: null,
    language: 'en',
    text,
    paragraphs: text.split(/\n\n+/),
    removed: [],
    provenance: provenance(),
    ...extra,
  };
  return { raw, article };
}

export async function add(store: Store, id: string, title: string | null, text: string, extra: Partial<Article> = {}): Promise<number> {
  const { raw, article } = doc(id, title, text, extra);
  await store.putRaw(raw);
  return store.putArticle(article);
}

export function quote(text: string, speaker: string | null, entity: string | null, start: number, kind: Quote['kind'] = 'direct'): Quote {
  return {
    text,
    start,
    end: start + text.length,
    kind,
    cue: 'said',
    speaker: speaker ? { name: speaker, start: 0, end: speaker.length, entity, via: entity ? 'name' : 'role' } : null,
    reporter: null,
  };
}

export function assignment(event: string, storyline: string, score = 0.5, newEvent = false): Assignment {
  return { event, storyline, score, newEvent, newStoryline: false, reasons: [{ kind: 'entities', detail: 'shares Ursula von der Leyen', weight: 0.4 }] };
}

export function fp(articleId: string, seq: number, extra: Partial<FingerprintRecord> = {}): FingerprintRecord {
  const minhash = new Uint8Array(16).map((_, i) => (i * 37 + seq) & 0xff);
  return { articleId, seq, exact: `exact-${articleId}`, minhash, shingles: 40 + seq, published: null, copyOf: null, similarity: 0, group: articleId, ...extra };
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export const FARM = 'The European Commission proposed new rules on farm subsidies on Tuesday, and ministers from Poland and France criticised the plan.';
export const CENTRAL_BANK =
  'The central bank kept its key interest rate unchanged at 4.5 percent, citing persistent inflation in services and a tight labour market.';
export const STORM =
  'A powerful storm brought heavy rain and flooding to the coast of Valencia, where emergency services evacuated hundreds of residents overnight.';
export const ELECTION =
  'Polling stations opened across the country as voters chose a new parliament after a campaign dominated by housing costs and migration.';

/** Run every conformance test against stores made by `open` (each call must give a fresh, empty store). */
