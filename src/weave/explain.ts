// Readable labels for weave reasons: a feature key (term, entity, number, date, quote) as a reader would write it.
import { entityDisplayName } from './entity-case.js';

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
