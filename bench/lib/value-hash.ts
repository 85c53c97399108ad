// A sha256 over any value the pure step returns, exactly: key order and Map/Set order as the code made them, typed arrays
// by kind and contents, undefined told from absent and from null, numbers by their bits (-0, NaN).
import { createHash, type Hash } from 'node:crypto';

const f64 = new Float64Array(1);
const u8 = new Uint8Array(f64.buffer);

function feed(h: Hash, v: unknown): void {
  if (v === undefined) return void h.update('u;');
  if (v === null) return void h.update('n;');
  switch (typeof v) {
    case 'string':
      h.update(`s${v.length}:`);
      h.update(v);
      return;
    case 'number':
      f64[0] = v;
      h.update('f');
      h.update(u8);
      return;
    case 'boolean':
      return void h.update(v ? 'T;' : 'F;');
    case 'bigint':
      return void h.update(`b${v};`);
    case 'object':
      break;
    default:
      throw new TypeError(`value-hash: cannot hash a ${typeof v}`);
  }
  if (ArrayBuffer.isView(v)) {
    h.update(`${v.constructor.name}${v.byteLength}:`);
    h.update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    return;
  }
  if (Array.isArray(v)) {
    h.update(`[${v.length}:`);
    for (const x of v) feed(h, x);
    h.update(']');
    return;
  }
  if (v instanceof Map) {
    h.update(`M${v.size}:`);
    for (const [k, x] of v) {
      feed(h, k);
      feed(h, x);
    }
    return;
  }
  if (v instanceof Set) {
    h.update(`S${v.size}:`);
    for (const x of v) feed(h, x);
    return;
  }
  const keys = Object.keys(v as object);
  h.update(`{${keys.length}:`);
  for (const k of keys) {
    h.update(`${k.length}:${k}`);
    feed(h, (v as Record<string, unknown>)[k]);
  }
  h.update('}');
}

/** Feeds a value into a running hash (see the file's comment for what counts). */
export function hashValue(h: Hash, v: unknown): void {
  feed(h, v);
}

/** The sha256 hex of one value. */
export function valueSha(v: unknown): string {
  const h = createHash('sha256');
  feed(h, v);
  return h.digest('hex');
}
