// A generator of realistic news articles for the scale benchmark, from the real texts in ../shared/data: outlets, a year
// of dates, events of heavy-tailed sizes (most one or two reports, a few of a hundred), copies (wire reprints), PolNeAR-sized texts.
import { rng } from '../../lib/random.js';
import { loadDataset } from './datasets.js';

export interface ScaleRow {
  id: string;
  title: string;
  text: string;
  outlet: string;
  published: string;
  url: string;
}

const OUTLETS = Array.from(
  { length: 60 },
  (_, i) =>
    `${['Daily', 'Evening', 'Morning', 'Weekly', 'Metro', 'National'][i % 6]} ${['Ledger', 'Post', 'Times', 'Courier', 'Herald', 'Wire', 'Gazette', 'Report', 'Press', 'Observer'][Math.floor(i / 6)]}`,
);
const BOILERPLATE = ['Share this article', 'Sign up for our newsletter', 'Comments are closed', 'Follow us on social media', 'Advertisement'];

/** Sentences of each real article (PolNeAR, the news stream, ECB+), with its title. */
function realArticles(): { title: string; sentences: string[] }[] | null {
  const polnear = loadDataset<{ title: string; text: string }>('polnear-dev.jsonl.gz');
  const stream = loadDataset<{ title: string; text: string }>('stream-dev.jsonl.gz');
  const ecb = loadDataset<{ text: string }>('ecbplus-dev.jsonl.gz');
  if (!polnear || !stream || !ecb) return null;
  const split = (t: string) => t.split(/(?<=[.!?]["”’]?)\s+/).filter((s) => s.length > 25);
  return [
    ...polnear.map((r) => ({ title: r.title ?? 'News', sentences: split(r.text) })),
    ...stream.map((r) => ({ title: r.title ?? r.text.split('\n')[0]?.slice(0, 90) ?? 'News', sentences: split(r.text) })),
    ...ecb.map((r) => ({ title: r.text.split('\n')[0]?.slice(0, 90) ?? 'News', sentences: split(r.text) })),
  ].filter((a) => a.sentences.length >= 4);
}

/**
 * `n` rows in arrival order. An event is two real articles' sentences mixed (its core, unique to it); each report of it
 * takes part of the core, some sentences of an unrelated article, its outlet's boilerplate and a date within days of the
 * event's; one report in seven is a copy of an earlier report under another outlet. Deterministic for a seed.
 */
export function* scaleCorpus(n: number, seed = 1): Generator<ScaleRow> {
  const arts = realArticles();
  if (!arts) return;
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const recent: ScaleRow[] = [];
  const start = Date.UTC(2024, 0, 1);
  let i = 0;
  let event = 0;
  while (i < n) {
    event++;
    const a = pick(arts);
    const b = pick(arts);
    const core = [...a.sentences.slice(0, 36), ...b.sentences.slice(0, 12)];
    // heavy-tailed event sizes: P(size >= k) ~ 1/k, capped at 150
    const size = Math.min(150, Math.floor(1 / Math.max(r(), 1 / 150)));
    const day = start + Math.floor(r() * 365) * 86_400_000;
    for (let k = 0; k < size && i < n; k++, i++) {
      const outlet = pick(OUTLETS);
      const published = new Date(day + Math.floor(r() * 4 * 86_400_000)).toISOString();
      if (recent.length && r() < 1 / 7) {
        const src = pick(recent);
        yield {
          ...src,
          id: `g${i}`,
          outlet,
          published,
          url: `https://${outlet.replace(/\W/g, '').toLowerCase()}.example/${i}`,
          text: `${src.text}\n\n${pick(BOILERPLATE)}`,
        };
        continue;
      }
      const own = core.filter(() => r() < 0.75);
      const other = pick(arts).sentences;
      const o = Math.floor(r() * Math.max(1, other.length - 4));
      const body = [...(own.length >= 3 ? own : core.slice(0, 3)), ...other.slice(o, o + 3 + Math.floor(r() * 6))];
      const paragraphs: string[] = [];
      for (let p = 0; p < body.length; p += 3) paragraphs.push(body.slice(p, p + 3).join(' '));
      const row: ScaleRow = {
        id: `g${i}`,
        title: k === 0 ? a.title : `${a.title.split(/[:;,.]/)[0]}: ${pick(['update', 'what we know', 'reactions', 'latest', 'analysis'])}`,
        text: `${paragraphs.join('\n\n')}\n\n${pick(BOILERPLATE)}`,
        outlet,
        published,
        url: `https://${outlet.replace(/\W/g, '').toLowerCase()}.example/${event}/${i}`,
      };
      recent.push(row);
      if (recent.length > 2000) recent.splice(0, 1000);
      yield row;
    }
  }
}
