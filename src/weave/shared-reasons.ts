// The reasons naming what an article shares with an event (terms, entities, numbers, dates, quotes), read straight from the woven article and the event's centroid: no object per shared feature, one sort per kind.
import type { Reason } from '../model.js';
import type { WeaveCore } from './core.js';
import { featureLabel } from './explain.js';
import type { ArticleVector } from './records.js';
import { NAMESPACE_ORDER } from './vocabulary.js';

/** Per kind of feature, in the order reasons are given: namespace letter, reason kind, its label, how many are named. */
const KINDS: [string, string, string, number][] = [
  ['e', 'shared-entities', 'shared entities', 8],
  ['q', 'shared-quotes', 'shared quoted words', 2],
  ['d', 'shared-dates', 'shared dates', 4],
  ['n', 'shared-numbers', 'shared numbers', 4],
  ['w', 'shared-terms', 'shared terms', 8],
];

/** Scratch: the shared features' ids and contributions (grown as needed, read within one call). */
let IDS = new Int32Array(1024);
let SHARES = new Float64Array(1024);

/**
 * One reason per kind of feature the article shares with the centroid: the strongest named (their share of the dot product
 * with the centroid, over its IDF-weighted norm; ties by key), how many more, and the kind's total share as its weight.
 */
export function sharedReasons(core: WeaveCore, v: ArticleVector, cIds: ArrayLike<number>, cWeights: ArrayLike<number>): Reason[] {
  const vocab = core.vocab;
  const prior = core.config.idfPrior;
  if (IDS.length < cIds.length) {
    IDS = new Int32Array(2 * cIds.length);
    SHARES = new Float64Array(2 * cIds.length);
  }
  const ids = IDS;
  const shares = SHARES;
  let m = 0;
  let norm = 0;
  const weightOf = core.view(v).byId;
  for (let i = 0; i < cIds.length; i++) {
    const id = cIds[i];
    const w = cWeights[i] * vocab.idf(id, prior);
    norm += w * w;
    const a = weightOf.get(id);
    if (a === undefined) continue;
    ids[m] = id;
    shares[m++] = a * w;
  }
  const n = Math.sqrt(norm) || 1;
  for (let k = 0; k < m; k++) shares[k] /= n;
  const keys = vocab.keys;
  const ns = vocab.ns;
  const out: Reason[] = [];
  for (const [letter, kind, label, shown] of KINDS) {
    const space = NAMESPACE_ORDER.indexOf(letter);
    const mine: number[] = [];
    for (let k = 0; k < m; k++) if (ns[ids[k]] === space) mine.push(k);
    if (mine.length === 0) continue;
    mine.sort((x, y) => shares[y] - shares[x] || (keys[ids[x]] < keys[ids[y]] ? -1 : 1));
    let total = 0;
    for (const k of mine) total += shares[k];
    const names = mine.slice(0, shown).map((k) => featureLabel(keys[ids[k]]));
    const more = mine.length > shown ? ` (+${mine.length - shown} more)` : '';
    out.push({ kind, detail: `${label}: ${names.join(', ')}${more}`, weight: Math.round(total * 1000) / 1000 });
  }
  return out;
}
