// The IDF that ranks key terms and chooses names: a snapshot of the vocabulary's document counts taken at fixed points of
// the stream, each power of two of the woven-document count (1, 2, 4, ..., 512, 1,024, ..., 1,048,576 ...), so an event's or
// storyline's summary is a function of its content and the snapshot in force, never of when it was computed or flushed.
//
// The points start at one document, so there is no "before the first point" with events in it (no live IDF anywhere). At
// each point every summary is due again; the snapshot costs O(vocabulary) and the rewrite O(summaries) per doubling:
// amortised O(1) per article. A weave loaded without the snapshot of its point (an older store, or a one-blob snapshot)
// takes it from its vocabulary when loaded (its N: the documents then). A snapshot holds, per feature id, the df then and
// the key's hash then: an id retired and reused by another key since counts as a key unseen at the snapshot (df 0).
import type { Vocabulary } from './vocabulary.js';

/** The first snapshot point (woven documents); each doubling of it is the next. */
export const KEY_IDF_BASE = 1;

/** The last snapshot point at or below `docs` woven documents (null: below the first). */
export function keyIdfPoint(docs: number): number | null {
  if (docs < KEY_IDF_BASE) return null;
  let p = KEY_IDF_BASE;
  while (p * 2 <= docs) p *= 2;
  return p;
}

/** One snapshot: the point it stands for, the document count its df were read at (the point, but for a late one), df and key hash by id. */
export interface KeyIdfState {
  point: number;
  docs: number;
  df: Uint32Array;
  hash: Int32Array;
}

/** The snapshot of the vocabulary now, standing for `point`. */
export function takeKeyIdf(vocab: Vocabulary, point: number): KeyIdfState {
  const n = vocab.size;
  const df = new Uint32Array(n);
  const hash = new Int32Array(n);
  for (let id = 0; id < n; id++) {
    if (!vocab.isLive(id)) continue;
    df[id] = vocab.df[id]!;
    hash[id] = vocab.hashesOf(id)[0];
  }
  return { point, docs: vocab.docs, df, hash };
}

/** The key-term IDF of one weave: the snapshot in force, and what it owes its summaries and its rows. */
export class KeyIdf {
  /** The snapshot in force (null below the first point: the live IDF). */
  state: KeyIdfState | null = null;
  /** Taken since its rows were last handed out (keyIdfToSave). */
  unsaved = false;
  /** A point was passed (or the weave loaded without its snapshot): every summary is due again. */
  allDue = false;
  constructor(vocab: Vocabulary, stored: KeyIdfState | null = null) {
    const point = keyIdfPoint(vocab.docs);
    if (point === null) return;
    if (stored && stored.point === point && stored.docs >= point && stored.docs <= vocab.docs) {
      this.state = stored;
      return;
    }
    // loaded without the snapshot of its point: taken now, written with the next rows, every summary rewritten
    this.state = takeKeyIdf(vocab, point);
    this.unsaved = true;
    this.allDue = true;
  }

  /** After each woven article: at a point, take the snapshot. */
  afterAdd(vocab: Vocabulary): void {
    const next = this.state ? 2 * this.state.point : KEY_IDF_BASE;
    if (vocab.docs < next) return;
    this.state = takeKeyIdf(vocab, keyIdfPoint(vocab.docs)!);
    this.unsaved = true;
    this.allDue = true;
  }

  /** The IDF of a feature for key terms and names: ln((N + prior) / (df + 1)) with the snapshot's N and df (no snapshot yet, no document: the live one). */
  idf(vocab: Vocabulary, id: number, prior: number): number {
    const s = this.state;
    if (!s) return vocab.idf(id, prior);
    const df = id < s.df.length && s.hash[id] === vocab.hashesOf(id)[0] ? s.df[id]! : 0;
    return Math.log((s.docs + prior) / (df + 1));
  }

  /** Whether the next flush of summaries must hand out all of them; marks them handed out. */
  takeAllDue(): boolean {
    const due = this.allDue;
    this.allDue = false;
    return due;
  }

  /** The snapshot to write with the weave's rows (all: every row is written), or null; marks it saved. */
  toSave(all: boolean): KeyIdfState | null {
    const out = this.state && (all || this.unsaved) ? this.state : null;
    this.unsaved = false;
    return out;
  }
}
