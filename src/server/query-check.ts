// Checks on the raw query string made before Fastify parses and coerces it: a parameter given twice, and numeric
// parameters (limit, offset) that are not safe non-negative whole numbers ("1e20", "Infinity", "-1", "abc"), get a 400.
import { HttpError } from './http-error.js';

type Schema = Record<string, unknown>;

/** Digits with an optional minus: below-minimum values are left to the schema, which names the minimum. */
const WHOLE = /^-?\d+$/;

function shown(v: string): string {
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

/** The names of a querystring schema's integer properties. */
export function integerParams(querystring: Schema | undefined): string[] {
  const props = (querystring?.properties ?? {}) as Record<string, Schema>;
  return Object.entries(props)
    .filter(([, s]) => s.type === 'integer')
    .map(([name]) => name);
}

/** Throw a 400 naming the parameter when one is repeated or an integer one is not a safe whole number; else return. */
export function checkQuery(url: string, integers: readonly string[]): void {
  const at = url.indexOf('?');
  if (at < 0) return;
  const params = new URLSearchParams(url.slice(at + 1));
  const seen = new Map<string, string>();
  for (const [name, value] of params) {
    const first = seen.get(name);
    if (first !== undefined) {
      throw new HttpError(400, `query parameter '${name}' was given twice ('${shown(first)}' and '${shown(value)}'): give it once`);
    }
    seen.set(name, value);
  }
  for (const name of integers) {
    const v = seen.get(name);
    if (v === undefined) continue;
    if (!WHOLE.test(v)) throw new HttpError(400, `query parameter '${name}' must be integer, a whole number written in digits (got '${shown(v)}')`);
    if (!Number.isSafeInteger(Number(v)) && !v.startsWith('-')) {
      throw new HttpError(400, `query parameter '${name}' is too large (got '${shown(v)}'): at most ${Number.MAX_SAFE_INTEGER}`);
    }
  }
}
