// Readable reasons for weave decisions: which terms, entities, numbers, dates and quotes an article shares with an event.
import type { Reason } from '../model.js';
import { entityDisplayName } from './entity-case.js';

/** One feature shared by an article and an event, with its share of their dot product. */
export interface SharedFeature {
  key: string;
  contribution: number;
}

/** Labels made so far (the same names recur in every reason); emptied when it reaches LABELS_KEPT keys. */
const LABELS = new Map<string, string>();
const LABELS_KEPT = 50_000;

/** A feature key ("e:tara reid", "d:12-13", "w:rehab") as a reader would write it. */
export function featureLabel(key: string): string {
  let label = LABELS.get(key);
  if (label === undefined) {
    if (LABELS.size >= LABELS_KEPT) LABELS.clear();
    label = labelOf(key);
    LABELS.set(key, label);
  }
  return label;
}

function labelOf(key: string): string {
  const ns = key.charAt(0);
  const value = key.slice(2);
  if (ns === 'e') return entityDisplayName(value);
  if (ns === 'd') {
    const md = /^(\d+)-(\d+)$/.exec(value);
    if (md) return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(md[1]) - 1]} ${md[2]}`;
  }
  if (ns === 'q') return `"…${value}…"`;
  if (ns === 'w') return value.replace(/_/g, ' ');
  return value;
}

/** An article's weight per feature id (undefined where it has none). */
export type WeightLookup = Pick<Map<number, number>, 'get' | 'has'>;

/** Features an article vector shares with an event centroid, strongest contribution first. */
export function sharedContributions(
  v: { byId: WeightLookup },
  centroidIds: ArrayLike<number>,
  centroidWeights: ArrayLike<number>,
  idf: (id: number) => number,
  keys: readonly string[],
): SharedFeature[] {
  const out: SharedFeature[] = [];
  let norm = 0;
  for (let i = 0; i < centroidIds.length; i++) {
    const w = centroidWeights[i] * idf(centroidIds[i]);
    norm += w * w;
    const a = v.byId.get(centroidIds[i]);
    if (a !== undefined) out.push({ key: keys[centroidIds[i]], contribution: a * w });
  }
  const n = Math.sqrt(norm) || 1;
  for (const s of out) s.contribution /= n;
  return out.sort((x, y) => y.contribution - x.contribution || (x.key < y.key ? -1 : 1));
}

const GROUPS: [string, string, string, number][] = [
  ['e', 'shared-entities', 'shared entities', 8],
  ['q', 'shared-quotes', 'shared quoted words', 2],
  ['d', 'shared-dates', 'shared dates', 4],
  ['n', 'shared-numbers', 'shared numbers', 4],
  ['w', 'shared-terms', 'shared terms', 8],
];

/** Group shared features into readable reasons, one per kind, each weighted by its share of the score. */
export function describeShared(shared: SharedFeature[]): Reason[] {
  const out: Reason[] = [];
  for (const [ns, kind, label, k] of GROUPS) {
    const mine = shared.filter((s) => s.key.charAt(0) === ns);
    if (mine.length === 0) continue;
    const total = mine.reduce((t, s) => t + s.contribution, 0);
    const shown = mine.slice(0, k).map((s) => featureLabel(s.key));
    const more = mine.length > k ? ` (+${mine.length - k} more)` : '';
    out.push({ kind, detail: `${label}: ${shown.join(', ')}${more}`, weight: Math.round(total * 1000) / 1000 });
  }
  return out;
}
