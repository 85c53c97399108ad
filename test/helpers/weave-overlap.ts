// A stream of overlapping small happenings (few names, shared words, close days): events found apart merge, split and empty.
import type { WeaveInput } from '../../src/weave/index.js';
import { rng } from '../../lib/random.js';

const RIVO = Array.from({ length: 24 }, (_, i) => `Rivo${'xyzqk'[i % 5]}${i} Dalen${i % 7}`);

/** n articles from seed; names: the actors drawn two per article; perDay: articles per day (from 2026-01-01). */
export function overlapStream(seed: number, n: number, names: readonly string[] = RIVO, perDay = 25): WeaveInput[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const a = names[Math.floor(r() * names.length)];
    const b = names[Math.floor(r() * names.length)];
    const words = Array.from({ length: 14 }, () => `word${Math.floor(r() * 40)}`).join(' ');
    const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / perDay) * 86_400_000).toISOString().slice(0, 10);
    return { id: `m${i}`, title: `${a} meets ${b}`, text: `${a} and ${b} spoke about ${words}. ${words} again.`, published: date };
  });
}
