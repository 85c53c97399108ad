// Quality eval of names outside English against gold: news items in pt, de, es, fr with every name listed (eval/data).
//
// node --import tsx eval/entities-gold.ts [--misses dev]
//
// Items of eval/data/lang-entities-gold-{dev,check,check2..check100}.txt (written by a helper who never read the entity finder): `lang:xx`,
// the text, then `@ name | type` for every distinct written form of a name (person, org, place or other). A found name
// is a mention's text; it counts when it is a gold form (exactly, so `Konkurrent Google` and `Scholz Aussagen` do not).
// Per language: precision (found forms that are gold), recall (gold forms found) and, of the forms found, the share
// with the gold type. The dev set is for reading misses; the check set is the held-out figure.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/index.js';
import { readLangBlocks } from './lib/lang-blocks.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Item {
  lang: string;
  text: string;
  gold: Map<string, string>;
}

/** Items of one file: `lang:xx`, the text, then `@ name | type` lines; `#` lines are comments. */
function load(file: string): Item[] {
  return readLangBlocks(join(here, 'data', file), '@ ').map((b) => ({ lang: b.lang, text: b.text, gold: new Map(b.gold) }));
}

interface Tally {
  gold: number;
  found: number;
  right: number;
  typed: number;
}
const zero = (): Tally => ({ gold: 0, found: 0, right: 0, typed: 0 });

function score(set: string, verbose: boolean): void {
  const byLang = new Map<string, Tally>();
  const all = zero();
  for (const item of load(`lang-entities-gold-${set}.txt`)) {
    const a = analyze(item.text, { language: item.lang });
    const found = new Map<string, string>();
    for (const m of a.mentions) if (!found.has(m.text)) found.set(m.text, m.type);
    const t = byLang.get(item.lang) ?? zero();
    byLang.set(item.lang, t);
    for (const x of [t, all]) {
      x.gold += item.gold.size;
      x.found += found.size;
    }
    for (const [name, type] of found) {
      const g = item.gold.get(name);
      if (g === undefined) {
        if (verbose) console.log(`  extra [${item.lang}] ${name} (${type})`);
        continue;
      }
      for (const x of [t, all]) {
        x.right++;
        if (g === type) x.typed++;
      }
      if (verbose && g !== type) console.log(`  type  [${item.lang}] ${name}: gold ${g}, ours ${type}`);
    }
    if (verbose) for (const [name, type] of item.gold) if (!found.has(name)) console.log(`  lost  [${item.lang}] ${name} (${type})`);
  }
  const row = (name: string, x: Tally): string => {
    const p = x.right / Math.max(1, x.found);
    const r = x.right / Math.max(1, x.gold);
    const f = (2 * p * r) / Math.max(1e-9, p + r);
    return `${name.padEnd(4)} gold ${x.gold}, found ${x.found}, right ${x.right}: precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${f.toFixed(3)}, type right ${(x.typed / Math.max(1, x.right)).toFixed(3)}`;
  };
  console.log(`== ${set}`);
  for (const [lang, x] of [...byLang].sort()) console.log(row(lang, x));
  console.log(row('all', all));
}

const argv = process.argv.slice(2);
const missesOf = new Set(argv.includes('--misses') ? (argv[argv.indexOf('--misses') + 1] ?? 'dev').split(',') : []);
console.log('Names outside English against gold forms (eval/data/lang-entities-gold-*.txt, written by a helper); exact written forms.');
/** The sets: dev, check, then check2 .. check100. */
const SETS = ['dev', 'check', ...Array.from({ length: 99 }, (_, k) => `check${k + 2}`)];
for (const set of SETS) score(set, missesOf.has(set));
