// A weave row as compact bytes: a JSON head and typed arrays (the host's byte order; 4-byte aligned unless a byte array of
// odd length comes before), marked by a first byte no JSON text starts with.
import { WeaveError } from '../weave/config.js';

/** First byte of a packed row (a JSON row is text and starts with '{' or '['). */
const MARK = 0x01;
/** mark, 3 bytes of padding, the head's length, then the head. */
const HEAD_AT = 8;

export type PackedArray = Int32Array | Uint32Array | Float32Array | Uint8Array;
type ArrayKind = new (n: number) => PackedArray;

const align4 = (n: number): number => (n + 3) & ~3;

/** A row's bytes: `head` as JSON (null: none), then each array as its length and its elements. */
export function packRow(head: unknown, arrays: PackedArray[]): Uint8Array {
  const json = head === null ? null : Buffer.from(JSON.stringify(head));
  let size = align4(HEAD_AT + (json?.length ?? 0));
  for (const a of arrays) size += 4 + a.byteLength;
  const out = Buffer.alloc(size);
  out[0] = MARK;
  out.writeUInt32LE(json?.length ?? 0, 4);
  json?.copy(out, HEAD_AT);
  let at = align4(HEAD_AT + (json?.length ?? 0));
  for (const a of arrays) {
    out.writeUInt32LE(a.length, at);
    at += 4;
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return out;
}

/** True for the bytes of packRow() (a row written as JSON text is not). */
export function isPacked(data: string | Uint8Array): data is Uint8Array {
  return typeof data !== 'string' && data.length >= HEAD_AT && data[0] === MARK;
}

/** The head and arrays of packRow()'s bytes, the arrays of the kinds given (in order); corrupt bytes are a WeaveError. */
export function unpackRow<H>(data: Uint8Array, kinds: ArrayKind[]): { head: H; arrays: PackedArray[] } {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const corrupt = () => new WeaveError('weave rows: a packed row is truncated or corrupt; re-cluster the articles to rebuild them');
  if (!isPacked(bytes)) throw corrupt();
  const headLen = bytes.readUInt32LE(4);
  if (HEAD_AT + headLen > bytes.length) throw corrupt();
  const head = (headLen === 0 ? null : JSON.parse(bytes.toString('utf8', HEAD_AT, HEAD_AT + headLen))) as H;
  let at = align4(HEAD_AT + headLen);
  const arrays = kinds.map((Kind) => {
    if (at + 4 > bytes.length) throw corrupt();
    const n = bytes.readUInt32LE(at);
    at += 4;
    const out = new Kind(n);
    if (at + out.byteLength > bytes.length) throw corrupt();
    // copied: the stored bytes need not be aligned for a typed view
    new Uint8Array(out.buffer).set(bytes.subarray(at, at + out.byteLength));
    at += out.byteLength;
    return out;
  });
  return { head, arrays };
}
