// Typed arrays indexed by growing ids: one array of the same kind with room for at least n entries, grown by doubling.
type Typed = Int32Array | Uint32Array | Uint8Array | Float32Array | Float64Array;

/**
 * `arr` itself when it holds n entries; else a new array of the same kind, its length doubled until it does, with the
 * old entries copied (`keep`) and the new ones set to `fill` (default 0).
 */
export function withRoom<T extends Typed>(arr: T, n: number, keep: boolean, fill = 0): T {
  if (arr.length >= n) return arr;
  let size = Math.max(arr.length, 1);
  while (size < n) size *= 2;
  const grown = new (arr.constructor as new (length: number) => T)(size);
  if (fill !== 0) grown.fill(fill);
  if (keep) grown.set(arr);
  return grown;
}
