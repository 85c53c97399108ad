// A generated stream from text committed here (the bundled seed articles and the weave fixtures), for weave tests that
// need a weave of some hundreds of articles when ../shared/data is absent: events of one to six reports over days.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WeaveInput } from '../../src/weave/index.js';
import { rng } from '../../lib/random.js';
import { FAMOUS_NAME_PAIR, SAME_EVENT_PAIR, UNRELATED_DAY } from './weave-fixtures.js';

const SEEDS = fileURLToPath(new URL('../../examples/seeds/', import.meta.url));

/** Sentences of each committed text, with its title. */
function bases(): { title: string; sentences: string[] }[] {
  const split = (t: string) => t.split(/(?<=[.!?]["”’]?)\s+/).filter((s) => s.length > 25);
  const seeds = readdirSync(SEEDS).map((f) => {
    const lines = readFileSync(SEEDS + f, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    return { title: lines[1] ?? lines[0] ?? 'News', sentences: split(lines.slice(2).join(' ')) };
  });
  const written = [...UNRELATED_DAY.map(([title, text]) => ({ title, text })), ...FAMOUS_NAME_PAIR, ...SAME_EVENT_PAIR].map((r) => ({
    title: r.title ?? 'News',
    sentences: split(r.text),
  }));
  // a seed article's paragraphs are its own small happenings: each run of sentences is a base
  const cut = seeds.flatMap((s) =>
    Array.from({ length: Math.ceil(s.sentences.length / 4) }, (_, k) => ({ title: `${s.title} (${k + 1})`, sentences: s.sentences.slice(k * 4, k * 4 + 6) })),
  );
  return [...cut, ...written].filter((b) => b.sentences.length > 0);
}

/** `n` articles: events drawn from the bases (each report a shuffled part of its base and a sentence of another), dated over a month. */
export function writtenCorpus(n: number, seed = 1): WeaveInput[] {
  const all = bases();
  const r = rng(seed);
  const out: WeaveInput[] = [];
  for (let ev = 0; out.length < n; ev++) {
    const base = all[Math.floor(r() * all.length)]!;
    const other = all[Math.floor(r() * all.length)]!;
    const size = 1 + Math.floor(r() * r() * 6);
    const day = Math.floor(r() * 30);
    for (let k = 0; k < size && out.length < n; k++) {
      const picked = base.sentences.filter(() => r() < 0.7);
      const text = [...(picked.length ? picked : base.sentences), other.sentences[Math.floor(r() * other.sentences.length)]!].join(' ');
      const d = new Date(Date.UTC(2026, 2, 1 + day + Math.floor(r() * 3), 8 + Math.floor(r() * 10)));
      out.push({ id: `w${ev}-${k}`, title: k === 0 ? base.title : `${base.title}: report ${k + 1}`, text, published: d.toISOString() });
    }
  }
  return out;
}
