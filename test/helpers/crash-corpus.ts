// Test helper: a seeded corpus of realistic articles (outlets, dates, copies, shared events) built from the repo's example seeds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../lib/random.js';
import { SEEDS } from './tmp.js';

const OUTLETS = [
  'Daily Ledger',
  'The Morning Post',
  'Harbour Times',
  'Valley Courier',
  'Metro Wire',
  'Northern Herald',
  'Coastal News',
  'Capital Report',
  'The Observer Desk',
  'City Gazette',
  'Union Press',
  'Evening Standard Line',
];
const PLACES = ['Oslo', 'Lagos', 'Lima', 'Hanoi', 'Quito', 'Riga', 'Accra', 'Perth', 'Porto', 'Turin', 'Dakar', 'Leeds', 'Cusco', 'Bergen', 'Malmo', 'Split'];
const PEOPLE = [
  'Maria Lindqvist',
  'Kofi Mensah',
  'Ana Torres',
  'Nguyen Van Long',
  'Elena Petrova',
  'James Whitfield',
  'Aisha Bello',
  'Tomas Novak',
  'Priya Raman',
  'Lucas Moreau',
];
const TOPICS = [
  'port strike',
  'bridge closure',
  'election recount',
  'flood warning',
  'budget vote',
  'rail merger',
  'hospital expansion',
  'fishing quota',
  'court ruling',
  'wildfire evacuation',
  'teachers walkout',
  'power outage',
];

/** Sentences of the example seeds (their bodies, without the headline). */
function seedSentences(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(SEEDS).sort()) {
    const body = readFileSync(join(SEEDS, f), 'utf8').split('\n').slice(1).join(' ');
    for (const s of body.split(/(?<=[.!?]["”]?)\s+/)) if (s.trim().length > 30) out.push(s.trim());
  }
  return out;
}

export interface CorpusRow {
  id: string;
  title: string;
  text: string;
  outlet: string;
  published: string;
  authors: string[];
  url: string;
}

/**
 * `n` JSONL rows: events of 1-8 reports each (shared names, place and topic, reworded sentences from the seeds),
 * about one in six rows a verbatim copy of an earlier report under another outlet, dates spread over a year.
 */
export function buildCorpus(n: number, seed: number): CorpusRow[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const sentences = seedSentences();
  const rows: CorpusRow[] = [];
  let event = 0;
  while (rows.length < n) {
    event++;
    const place = pick(PLACES);
    const topic = pick(TOPICS);
    const who = pick(PEOPLE);
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 365) * 86400000);
    const count = 1 + Math.floor(r() * 8);
    const core = Array.from({ length: 4 }, () => pick(sentences));
    for (let k = 0; k < count && rows.length < n; k++) {
      const i = rows.length;
      const outlet = pick(OUTLETS);
      const published = new Date(day.getTime() + Math.floor(r() * 3 * 86400000)).toISOString();
      if (i > 0 && r() < 1 / 6) {
        const src = rows[Math.floor(r() * rows.length)] as CorpusRow;
        rows.push({ ...src, id: `a${i}`, outlet, published, url: `https://news${i % 97}.example/${i}` });
        continue;
      }
      const extra = Array.from({ length: 3 + Math.floor(r() * 5) }, () => pick(sentences));
      const lead = `${place.toUpperCase()} - ${who} said on ${day.toISOString().slice(0, 10)} that the ${topic} in ${place} (event ${event}) would last at least ${2 + (event % 9)} more days.`;
      const quote = `"We will not accept the ${topic} as it stands," ${who} told reporters in ${place}.`;
      const text = [lead, ...core, quote, ...extra, `Report ${i} for ${outlet}.`].join('\n\n');
      rows.push({
        id: `a${i}`,
        title: `${who}: ${topic} in ${place} continues (${event})`,
        text,
        outlet,
        published,
        authors: [pick(PEOPLE)],
        url: `https://news${i % 97}.example/${i}`,
      });
    }
  }
  return rows;
}

export function corpusJsonl(rows: CorpusRow[]): string {
  return `${rows.map((x) => JSON.stringify(x)).join('\n')}\n`;
}
