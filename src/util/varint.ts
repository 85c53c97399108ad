// Unsigned LEB128 varints: seven bits a byte, small numbers in one byte (the weave's stored term counts: most are small).

/** The values (each an integer in 0..2^32-1) as varints, one after another. */
export function toVarints(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * 5);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    let v = values[i]!;
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`varint: ${v} is not an integer in 0..2^32-1`);
    while (v >= 0x80) {
      out[at++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    out[at++] = v;
  }
  return out.slice(0, at);
}

/** `n` varints read from the start of `bytes`; null when they are truncated, too long or the bytes do not end there. */
export function fromVarints(bytes: Uint8Array, n: number): Uint32Array | null {
  const out = new Uint32Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    let v = 0;
    let scale = 1;
    for (let k = 0; ; k++) {
      if (at >= bytes.length || k === 5) return null;
      const b = bytes[at++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 128;
    }
    if (v > 0xffffffff) return null;
    out[i] = v;
  }
  return at === bytes.length ? out : null;
}
