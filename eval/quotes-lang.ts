// Quality eval of quotes and speakers in seven languages on passages written here (eval/data): a dev set and a check set.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { analyze } from '../src/analyze/index.js';
import { readLangBlocks } from './lib/lang-blocks.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Gold {
  prefix: string;
  /** a word of the speaker's name, or null when no one can be named */
  speaker: string | null;
}
interface Passage {
  lang: string;
  text: string;
  gold: Gold[];
}

/** Passages of one file: `lang:xx`, the text, then `=> quote start | speaker word` lines; `#` lines are comments. */
function load(file: string): Passage[] {
  return readLangBlocks(join(here, 'data', file), '=> ').map((b) => ({
    lang: b.lang,
    text: b.text,
    gold: b.gold.map(([prefix, who]) => ({ prefix, speaker: who === '-' ? null : who })),
  }));
}

interface Tally {
  gold: number;
  found: number;
  right: number;
  wrong: number;
}
const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase();

function score(file: string, verbose: boolean): void {
  const byLang = new Map<string, Tally>();
  const all: Tally = { gold: 0, found: 0, right: 0, wrong: 0 };
  for (const p of load(file)) {
    const a = analyze(p.text, { language: p.lang });
    const t = byLang.get(p.lang) ?? { gold: 0, found: 0, right: 0, wrong: 0 };
    byLang.set(p.lang, t);
    for (const g of p.gold) {
      const q = a.quotes.find((x) => fold(x.text).startsWith(fold(g.prefix)));
      // the speaker's entity, the words naming it, and the entity's other spellings in the text (`Лавров` for Sergey Lavrov)
      const aliases = q?.speaker ? (a.entities.find((e) => e.name === q.speaker!.entity)?.aliases ?? []) : [];
      const who = q?.speaker ? `${q.speaker.entity ?? ''} ${q.speaker.name} ${aliases.join(' ')}` : null;
      const ok = !!q && (g.speaker === null ? who === null : who !== null && fold(who).includes(fold(g.speaker)));
      for (const x of [t, all]) {
        x.gold++;
        if (q) x.found++;
        if (ok) x.right++;
        else if (who !== null) x.wrong++;
      }
      if (verbose && !ok) console.log(`  miss [${p.lang}] "${g.prefix}": gold ${g.speaker ?? '-'}, ours ${q ? (q.speaker?.entity ?? '-') : 'no quote'}`);
    }
  }
  const row = (name: string, x: Tally): string =>
    `${name.padEnd(4)} quotes ${x.gold}, found ${x.found}, speaker right ${x.right} (${(x.right / x.gold).toFixed(3)}), wrong speaker ${x.wrong}`;
  console.log(`== ${file}`);
  for (const [lang, x] of [...byLang].sort()) console.log(row(lang, x));
  console.log(row('all', all));
}

/** `--misses dev,check2`: print the misses of those sets (a check set read this way is no longer held out). */
const argv = process.argv.slice(2);
const missesOf = new Set(argv.includes('--misses') ? (argv[argv.indexOf('--misses') + 1] ?? 'dev').split(',') : []);
console.log(
  'Quotes with speakers in seven languages, passages written here (eval/data); a quote counts when found with the right speaker (or none where no one can be named).',
);
/** The sets: dev, check, then check2 .. check213 (each file's header says who wrote it and when). */
const SETS = ['dev', 'check', ...Array.from({ length: 212 }, (_, k) => `check${k + 2}`)];
for (const set of SETS) score(`lang-quotes-${set}.txt`, missesOf.has(set));
